import { describe, expect, it } from 'vitest';
import { normalizeBasePath } from './base-path.mjs';

describe('normalizeBasePath', () => {
  it('gives one spelling for every way people write a sub-path', () => {
    expect(['kb', '/kb', '/kb/', ' /kb// '].map((s) => normalizeBasePath(s))).toEqual(['/kb', '/kb', '/kb', '/kb']);
    expect(normalizeBasePath('intranet/kb/')).toBe('/intranet/kb');
  });

  it('means no sub-path when unset or empty', () => {
    expect(normalizeBasePath()).toBe('');
    expect(normalizeBasePath('  ')).toBe('');
    expect(normalizeBasePath('/')).toBe('');
  });
});
