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

import fs from 'node:fs';
import path from 'node:path';

const seedsDir = path.join(__dirname, '..', '..', 'shared', 'seeds');
const haveSeeds = fs.existsSync(seedsDir);

describe.skipIf(!haveSeeds)('the knowledge base is written in our own words', () => {
  it('no article or guide shares a 12-word run with the source documents', () => {
    const grams = new Set<string>();
    for (const f of fs.readdirSync(seedsDir)) {
      for (const g of ngrams(words(fs.readFileSync(path.join(seedsDir, f), 'utf8')), 12)) grams.add(g);
    }
    const offenders: string[] = [];
    for (const dir of ['errors', 'guides']) {
      const abs = path.join(__dirname, '..', 'content', dir);
      for (const f of fs.readdirSync(abs)) {
        const runs = sharedRuns(grams, fs.readFileSync(path.join(abs, f), 'utf8'));
        if (runs.length) offenders.push(`${dir}/${f}: "${runs[0]}"`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
