import { describe, expect, it } from 'vitest';
import { articleNote } from './article-note';

const article = {
  title: 'This user is not authorized to enroll',
  codes: ['0x80180003'],
  messages: ['Something went wrong. This user is not authorized to enroll.'],
  causes: [
    { id: 'device-limit-reached', title: 'The user has reached the device enrollment limit' },
    { id: 'windows-home-edition', title: 'The PC runs Windows Home' },
  ],
};

describe('articleNote', () => {
  it('carries the code in every spelling, the exact message and the link', () => {
    const note = articleNote(article, 'https://kb.example.com/kb/errors/x/');
    expect(note).toContain('Code: 0x80180003 / 80180003');
    expect(note).toContain('-2145910781');
    expect(note).toContain('2149056515');
    expect(note).toContain('"Something went wrong. This user is not authorized to enroll."');
    expect(note).toContain('Possible causes: The user has reached the device enrollment limit; The PC runs Windows Home');
    expect(note.split('\n').at(-1)).toBe('Article: https://kb.example.com/kb/errors/x/');
  });

  it('names the chosen cause and deep-links it', () => {
    const note = articleNote(article, 'https://kb.example.com/errors/x/#old', 'windows-home-edition');
    expect(note).toContain('Likely cause: The PC runs Windows Home');
    expect(note).toContain('Article: https://kb.example.com/errors/x/#windows-home-edition');
  });

  it('ignores an anchor that is not a cause', () => {
    expect(articleNote(article, 'u', 'sources')).toContain('Possible causes:');
  });
});
