// Validates every content file (schema, slugs, related, causes, links, anchors)
// and, when the source documents are beside the repo, flags prose copied from them.
// Exit 1 on any problem, so it can gate a build or a commit.
import fs from 'node:fs';
import path from 'node:path';
import { ContentError, getContent } from '../lib/content';
import { ngrams, sharedRuns, words } from '../lib/prose';

let failed = false;
try {
  const { errors, guides } = getContent();
  console.log(`content ok: ${errors.length} error articles, ${guides.length} guides`);
} catch (e) {
  if (!(e instanceof ContentError)) throw e;
  console.error(e.message);
  failed = true;
}

const seeds = path.resolve(process.env.SEEDS_DIR ?? '../shared/seeds');
// The build only needs valid content; the copy check runs in the test suite and on demand.
if (!process.argv.includes('--no-prose') && fs.existsSync(seeds)) {
  const grams = new Set<string>();
  for (const f of fs.readdirSync(seeds)) {
    for (const g of ngrams(words(fs.readFileSync(path.join(seeds, f), 'utf8')), 12)) grams.add(g);
  }
  for (const dir of ['content/errors', 'content/guides']) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir)) {
      const runs = sharedRuns(grams, fs.readFileSync(path.join(dir, f), 'utf8'));
      if (runs.length) {
        failed = true;
        console.error(`${dir}/${f}: shares ${runs.length} run(s) of 12 words with the sources; rewrite in your own words:`);
        for (const r of runs.slice(0, 5)) console.error(`    "${r}"`);
      }
    }
  }
}
process.exit(failed ? 1 : 0);
