import { describe, expect, it } from 'vitest';
import { ngrams, proseOf, sharedRuns, words } from './prose';

const source = 'The user has already enrolled the maximum number of devices allowed in Intune, so enrollment fails.';

describe('sharedRuns', () => {
  const grams = ngrams(words(source), 12);

  it('flags a sentence copied into the body', () => {
    const article = '---\ntitle: x\n---\nThe user has already enrolled the maximum number of devices allowed in Intune today.';
    expect(sharedRuns(grams, article)).toHaveLength(2);
  });

  it('ignores prose written fresh', () => {
    const article = '---\ntitle: x\n---\nEvery account may enroll only a handful of devices; this one is full.';
    expect(sharedRuns(grams, article)).toEqual([]);
  });

  it('lets facts stand: frontmatter and quoted on-screen messages', () => {
    const article = `---\nsummary: ${source}\n---\nThe screen says "${source}" and nothing else.`;
    expect(sharedRuns(grams, article)).toEqual([]);
    expect(proseOf(article)).not.toContain('maximum');
  });
});
