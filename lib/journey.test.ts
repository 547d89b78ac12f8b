import { describe, expect, it } from 'vitest';
import { buildJourney } from './journey';
import { STAGES } from './taxonomy';

describe('buildJourney', () => {
  it('keeps the stages in journey order and places each error exactly once', () => {
    const errors = [
      { slug: 'b', url: '/errors/b/', title: 'B', codes: [], stage: 'esp' as const },
      { slug: 'a', url: '/errors/a/', title: 'A', codes: ['0x80180003'], stage: 'esp' as const },
      { slug: 'c', url: '/errors/c/', title: 'C', codes: [], stage: 'sign-in' as const },
    ];
    const journey = buildJourney(errors);
    expect(journey.map((s) => s.id)).toEqual([...STAGES]);
    expect(journey.find((s) => s.id === 'esp')?.errors.map((e) => e.slug)).toEqual(['a', 'b']);
    expect(journey.flatMap((s) => s.errors).map((e) => e.slug).sort()).toEqual(['a', 'b', 'c']);
    expect(journey.find((s) => s.id === 'mdm-enrollment')?.errors).toEqual([]);
  });
});
