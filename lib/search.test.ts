import zlib from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spellings } from './codes';
import { getContent } from './content';
import { createSearcher, stem, toSearchDocs, type SearchDoc, type SearchResponse } from './search';
import { SYNONYM_GROUPS } from './synonyms';

/* --------------------------------------------------------------- fixtures */

type ErrorLike = Parameters<typeof toSearchDocs>[0][number];

// The real articles, through the same loader as the site: broken content fails here too.
const realErrors = getContent().errors;
const realDocs = toSearchDocs(realErrors);
const real = createSearcher(realDocs);
const has = (slug: string) => realDocs.some((d) => d.slug === slug);

function doc(partial: Partial<SearchDoc> & { slug: string }): SearchDoc {
  return {
    title: partial.slug.replace(/-/g, ' '),
    codes: [],
    misprints: [],
    messages: [],
    summary: 'A hand-made article for a search rule.',
    terms: [],
    platforms: ['windows'],
    stage: 'mdm-enrollment',
    ...partial,
  };
}

const slugs = (r: SearchResponse) => r.hits.map((h) => h.slug);
const kinds = (r: SearchResponse) => r.hits.map((h) => h.kind);

/** Invariants every response keeps, whatever the query. */
function checkShape(r: SearchResponse) {
  const tier = { code: 0, text: 1, 'similar-code': 2 } as const;
  for (let i = 1; i < r.hits.length; i++) {
    expect(tier[r.hits[i]!.kind]).toBeGreaterThanOrEqual(tier[r.hits[i - 1]!.kind]);
    expect(r.hits[i]!.score).toBeLessThanOrEqual(r.hits[i - 1]!.score);
  }
  expect(new Set(slugs(r)).size).toBe(r.hits.length);
  for (const h of r.hits) {
    let last = 0;
    for (const [a, b] of h.snippet.highlights) {
      expect(a).toBeGreaterThanOrEqual(last);
      expect(b).toBeGreaterThan(a);
      expect(b).toBeLessThanOrEqual(h.snippet.text.length);
      last = b;
    }
    if (h.kind !== 'text') expect(h.matchedCode).toBeTruthy();
  }
  for (const c of r.unknownCodes) expect(r.codes).toContain(c);
}

/* -------------------------------------------------------------- the index */

describe('toSearchDocs', () => {
  it('keeps the fields search needs and leaves article bodies out', () => {
    expect(realDocs.length).toBeGreaterThan(0);
    for (const d of realDocs) {
      expect(Object.keys(d).sort()).toEqual(
        ['codes', 'messages', 'misprints', 'platforms', 'slug', 'stage', 'summary', 'terms', 'title'].sort(),
      );
    }
  });

  it('stays within the 30 KB gzip budget for the real knowledge base', () => {
    expect(zlib.gzipSync(JSON.stringify(realDocs)).length).toBeLessThanOrEqual(30 * 1024);
  });

  it('drops search terms that are only a code spelling (the code path covers them)', () => {
    const [d] = toSearchDocs([
      { ...doc({ slug: 'x' }), searchTerms: ['8018002b', '-2145910781', 'Event ID 76', 'ESP'] } as unknown as ErrorLike,
    ]);
    expect(d!.terms).toEqual(['Event ID 76', 'ESP']);
  });

  it('survives a JSON index with missing or mistyped fields', () => {
    const broken = [{ slug: 'broken', title: 42, codes: null }] as unknown as SearchDoc[];
    const s = createSearcher(broken);
    expect(() => s.search('broken 0x80180003')).not.toThrow();
  });
});

/* --------------------------------------------------- codes, real articles */

describe('codes in the real articles', () => {
  const withCodes = realDocs.filter((d) => d.codes.length);

  it('has articles with codes to test', () => {
    expect(withCodes.length).toBeGreaterThan(0);
  });

  for (const d of withCodes) {
    for (const code of d.codes) {
      it(`${code} finds ${d.slug} first in every spelling`, () => {
        for (const spelling of spellings(code)) {
          const r = real.search(spelling);
          checkShape(r);
          expect(r.hits[0]?.kind, spelling).toBe('code');
          const codeHits = r.hits.filter((h) => h.kind === 'code');
          expect(slugs({ ...r, hits: codeHits }), spelling).toContain(d.slug);
          // An article that alone owns the code comes first outright.
          const owners = realDocs.filter((o) => o.codes.includes(code));
          if (owners.length === 1) expect(r.hits[0]!.slug, spelling).toBe(d.slug);
          expect(r.codes, spelling).toContain(code);
          expect(r.unknownCodes, spelling).toEqual([]);
        }
      });
    }
  }
});

describe('code spellings (hand-made articles)', () => {
  const s = createSearcher([
    doc({ slug: 'not-authorized', codes: ['0x80180003'], title: 'This user is not authorized to enroll' }),
    doc({ slug: 'already-enrolled', codes: ['0x8018000A'], title: 'The device is already enrolled' }),
    doc({ slug: 'bulk-token', codes: ['AADSTS240001'], title: 'BulkAADJTokenUnauthorized' }),
    doc({ slug: 'win-version', codes: ['0x80180014'], title: 'Windows version not supported' }),
  ]);

  it.each([
    ['80180003', 'not-authorized'],
    ['0X80180003', 'not-authorized'],
    ['-2145910781', 'not-authorized'],
    ['2149056515', 'not-authorized'],
    ['0x80180003L', 'not-authorized'],
    ['AADSTS 240001', 'bulk-token'],
    ['aadsts240001', 'bulk-token'],
    ['240001', 'bulk-token'],
    ['8018000a', 'already-enrolled'],
    ['  0x8018000A  ', 'already-enrolled'],
    ['error 0x80180003 while enrolling', 'not-authorized'],
  ])('%s → %s', (q, slug) => {
    const r = s.search(q);
    checkShape(r);
    expect(r.hits[0]).toMatchObject({ slug, kind: 'code' });
  });
});

/* ------------------------------------------------------ digits never fuzzy */

describe('near-miss codes', () => {
  const docs = [
    doc({
      slug: 'not-authorized',
      codes: ['0x80180003'],
      title: 'This user is not authorized to enroll',
      messages: ['This user is not authorized to enroll (80180003)'],
    }),
    doc({ slug: 'not-allowed', codes: ['0x801C0003'], title: 'This user is not allowed to enroll' }),
    doc({ slug: 'reboot', codes: ['0x80070BC2'], title: 'A restart is pending' }),
    doc({ slug: 'unrelated', title: 'Company Portal temporarily unavailable' }),
  ];
  const s = createSearcher(docs);

  it('0x80180013 is not a code hit on the 0x80180003 article; it may show below as similar-code', () => {
    const r = s.search('0x80180013');
    checkShape(r);
    expect(r.hits.filter((h) => h.kind === 'code')).toEqual([]);
    expect(r.unknownCodes).toEqual(['0x80180013']);
    const near = r.hits.find((h) => h.slug === 'not-authorized');
    expect(near).toMatchObject({ kind: 'similar-code', matchedCode: '0x80180003' });
  });

  it('also with the real articles', () => {
    const r = real.search('0x80180013');
    checkShape(r);
    const owners = realDocs.filter((d) => d.codes.includes('0x80180003')).map((d) => d.slug);
    for (const h of r.hits) if (owners.includes(h.slug)) expect(h.kind).toBe('similar-code');
    expect(r.hits.some((h) => h.kind === 'code')).toBe(false);
  });

  it('keeps near misses below exact and text hits', () => {
    const r = s.search('0x80180013 company portal');
    checkShape(r);
    expect(r.hits[0]).toMatchObject({ slug: 'unrelated', kind: 'text' });
    expect(r.hits.at(-1)).toMatchObject({ kind: 'similar-code' });
  });

  it('does not offer near misses for a code the knowledge base knows', () => {
    const r = createSearcher([...docs, doc({ slug: 'thirteen', codes: ['0x80180013'] })]).search('0x80180013');
    expect(r.hits.map((h) => [h.slug, h.kind])).toEqual([['thirteen', 'code']]);
  });

  it('reads "801c3" as 0x801C0003 with the zeros dropped', () => {
    const r = s.search('801c3');
    expect(r.hits[0]).toMatchObject({ slug: 'not-allowed', kind: 'similar-code', matchedCode: '0x801C0003' });
    expect(r.hits.some((h) => h.slug === 'not-authorized' && h.kind === 'code')).toBe(false);
  });

  it('matches a Win32 error number to its HRESULT as a near miss', () => {
    expect(s.search('3010').hits[0]).toMatchObject({ slug: 'reboot', kind: 'similar-code' });
  });

  it('never lets a code reach word matching', () => {
    // The message text holds 80180003; a query one digit off must not match it as a word.
    for (const q of ['80180013', '0x80180013', 'error 80180013', 'error 0x80180013']) {
      const r = s.search(q);
      expect(r.hits.filter((h) => h.slug === 'not-authorized' && h.kind !== 'similar-code'), q).toEqual([]);
    }
  });

  it('does not take plain words made of hex letters for codes', () => {
    for (const q of ['add', 'cafe', 'decade', 'a bad face']) {
      expect(s.search(q).codes, q).toEqual([]);
      expect(s.search(q).unknownCodes, q).toEqual([]);
    }
  });
});

/* --------------------------------------------------------------- misprints */

describe('misprints', () => {
  const handMade = createSearcher([
    doc({ slug: 'auto-mdm', codes: ['0x8018002B'], misprints: ['0x80180002b'] }),
    doc({ slug: 'not-authorized', codes: ['0x80180003'], misprints: ['0x801c003'] }),
    doc({ slug: 'other', codes: ['0x0801C003'] }),
  ]);

  it.each([
    ['0x80180002b', 'auto-mdm'],
    ['0X80180002B', 'auto-mdm'],
    ['Failed (0x80180002b)', 'auto-mdm'],
    ['0x801c003', 'not-authorized'],
  ])('%s hits %s as a code', (q, slug) => {
    const r = handMade.search(q);
    checkShape(r);
    expect(r.hits[0]).toMatchObject({ slug, kind: 'code' });
    expect(r.misprintHits.length).toBe(1);
    expect(r.unknownCodes).toEqual([]);
  });

  it('a misprint that is also a real code hits both articles', () => {
    const r = handMade.search('0x801c003');
    expect(r.hits.filter((h) => h.kind === 'code').map((h) => h.slug).sort()).toEqual(['not-authorized', 'other']);
  });

  it.each([
    ['0x80180002b', 'auto-mdm-enroll-failed'],
    ['0x801c003', 'user-not-authorized-to-enroll'],
  ])('real articles: %s hits %s', (q, slug) => {
    if (!realDocs.some((d) => d.slug === slug && d.misprints.some((m) => m.toLowerCase() === q))) return;
    const r = real.search(q);
    expect(r.hits[0]).toMatchObject({ slug, kind: 'code' });
    expect(r.misprintHits).toContain(q);
  });
});

/* -------------------------------------------------------------- pasted text */

describe('pasted text', () => {
  it.skipIf(!has('auto-mdm-enroll-failed'))('an event-log line puts auto-mdm-enroll-failed first', () => {
    const r = real.search('Auto MDM Enroll: Device Credential (0x1), Failed (Unknown Win32 Error code: 0x8018002b)');
    checkShape(r);
    expect(r.hits[0]).toMatchObject({ slug: 'auto-mdm-enroll-failed', kind: 'code', matchedCode: '0x8018002B' });
    expect(r.codes).toEqual(['0x8018002B']);
    // The flag (0x1) is not an error code.
    expect(r.unknownCodes).toEqual([]);
  });

  it('reports a code the knowledge base does not have', () => {
    const r = real.search('0x80070005');
    expect(r.codes).toEqual(['0x80070005']);
    if (!realDocs.some((d) => d.codes.includes('0x80070005'))) expect(r.unknownCodes).toEqual(['0x80070005']);
    expect(r.hits.filter((h) => h.kind === 'code')).toEqual([]);
  });

  it('finds codes in text longer than the fuzzy-matching cap', () => {
    const s = createSearcher([doc({ slug: 'a', codes: ['0x80180003'] })]);
    const r = s.search('lorem ipsum '.repeat(800) + ' 0x80180003');
    expect(r.hits[0]).toMatchObject({ slug: 'a', kind: 'code' });
  });
});

/* ---------------------------------------------------------- words, real KB */

describe('words (real articles)', () => {
  const firstFor = (q: string) => real.search(q).hits[0]?.slug;

  it.each([
    ['not authorized to enroll', 'user-not-authorized-to-enroll'],
    ['Company Portal temporarily', 'company-portal-temporarily-unavailable'],
    ['hasn\u2019t set an MDM authority', 'it-admin-has-not-set-mdm-authority'],
    ['not allowed on this phone', 'account-not-allowed-on-this-phone'],
    ['setup failure has occurred during bulk', 'bulk-enrollment-setup-failure'],
  ])('message fragment %j → %s', (q, slug) => {
    if (!has(slug)) return;
    expect(firstFor(q)).toBe(slug);
  });

  it('every message that belongs to one article finds that article first', () => {
    const owners = new Map<string, Set<string>>();
    for (const d of realDocs) for (const m of d.messages) owners.set(m, (owners.get(m) ?? new Set()).add(d.slug));
    let checked = 0;
    for (const [m, who] of owners) {
      if (who.size !== 1) continue;
      const r = real.search(m);
      checkShape(r);
      expect(r.hits[0]?.slug, m).toBe([...who][0]);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it.each([
    ['autpilot device name template', 'autopilot-profile-device-name-template'],
    ['comapny portal temporarily', 'company-portal-temporarily-unavailable'],
    ['enrolment status page', 'esp-timeout-before-sign-in'],
    ['enrolment status page timeout', 'esp-timeout-before-sign-in'],
    ['ESP timeout', 'esp-timeout-before-sign-in'],
    ['securing your hardwre', 'securing-your-hardware-failed'],
    ['device alredy enrolled', 'device-already-enrolled'],
  ])('typos and abbreviations: %j → %s', (q, slug) => {
    if (!has(slug)) return;
    expect(firstFor(q)).toBe(slug);
  });

  it('a single typo\u2019d word still finds articles about it', () => {
    for (const [q, word] of [
      ['enrolment', 'enroll'],
      ['autpilot', 'autopilot'],
      ['comapny portal', 'company portal'],
    ] as const) {
      const r = real.search(q);
      expect(r.hits.length, q).toBeGreaterThan(0);
      const top = realDocs.find((d) => d.slug === r.hits[0]!.slug)!;
      const text = [top.title, top.summary, ...top.messages, ...top.terms].join(' ').toLowerCase();
      expect(text, q).toContain(word);
    }
  });

  it('"white glove" finds Autopilot pre-provisioning articles', () => {
    const pre = realDocs.filter((d) =>
      /pre-?provision/i.test([d.title, d.summary, ...d.messages, ...d.terms].join(' ')),
    );
    if (!pre.length) return;
    const top = real.search('white glove').hits.slice(0, 3).map((h) => h.slug);
    expect(pre.some((d) => top.includes(d.slug))).toBe(true);
  });
});

/* ------------------------------------------------------ words, hand-made */

describe('synonyms', () => {
  // One article per pair, written with one name; the query uses another.
  const pairs: [doc: string, query: string][] = [
    ['The Enrollment Status Page stalls', 'ESP'],
    ['The ESP stalls', 'enrollment status page'],
    ['Sign-in to Azure Active Directory fails', 'Entra ID'],
    ['The Microsoft Entra ID tenant refuses the user', 'AAD'],
    ['The device is stuck in OOBE', 'out of box experience'],
    ['A package built with Windows Configuration Designer', 'WCD'],
    ['The DEM account hit its limit', 'device enrollment manager'],
    ['Microsoft Entra join fails at the join step', 'AADJ'],
    ['HAADJ devices never register', 'hybrid Azure AD join'],
    ['Autopilot pre-provisioning stops at the technician phase', 'white glove'],
    ['White glove deployment stops', 'pre-provisioned'],
    ['The Microsoft Intune admin center shows nothing', 'MEM'],
    ['Apple ADE devices skip the profile', 'Automated Device Enrollment'],
    ['Apple DEP devices skip the profile', 'ADE'],
    ['A personal device cannot join', 'BYOD'],
    ['The Trusted Platform Module is missing', 'TPM'],
    ['Set by a GPO in the domain', 'group policy'],
    ['The mobile device management authority is unset', 'MDM'],
    ['The Company Portal app crashes', 'CP'],
  ];
  const distractors = [
    doc({ slug: 'printer', title: 'The printer driver does not install', summary: 'Printing stops on the device.' }),
    doc({ slug: 'mailbox', title: 'The mailbox is full', summary: 'Mail stops arriving for the user.' }),
  ];

  it.each(pairs)('“%s” is found by %j', (title, q) => {
    const r = createSearcher([doc({ slug: 'target', title }), ...distractors]).search(q);
    checkShape(r);
    expect(r.hits[0]).toMatchObject({ slug: 'target', kind: 'text' });
  });

  it('has every group the brief asks for', () => {
    const flat = SYNONYM_GROUPS.map((g) => g.map((p) => p.toLowerCase()));
    const together = (a: string, b: string) => flat.some((g) => g.includes(a) && g.includes(b));
    expect(together('esp', 'enrollment status page')).toBe(true);
    expect(together('aad', 'entra id')).toBe(true);
    expect(together('azure ad', 'microsoft entra')).toBe(true);
    expect(together('oobe', 'out-of-box experience')).toBe(true);
    expect(together('wcd', 'windows configuration designer')).toBe(true);
    expect(together('dem', 'device enrollment manager')).toBe(true);
    expect(together('aadj', 'entra join')).toBe(true);
    expect(together('haadj', 'hybrid join')).toBe(true);
    expect(together('white glove', 'pre-provisioning')).toBe(true);
    expect(together('mem', 'endpoint manager')).toBe(true);
    expect(together('ade', 'dep')).toBe(true);
    expect(together('byod', 'personal device')).toBe(true);
    expect(together('gpo', 'group policy')).toBe(true);
    expect(together('mdm', 'mobile device management')).toBe(true);
    expect(together('cp', 'company portal')).toBe(true);
    expect(flat.some((g) => g.includes('tpm'))).toBe(true);
  });
});

describe('ranking', () => {
  const docs = [
    doc({ slug: 'b-shared', title: 'Beta article', codes: ['0x80180003'], summary: 'Autopilot fails.' }),
    doc({ slug: 'a-shared', title: 'Alpha article', codes: ['0x80180003'], summary: 'Nothing here.' }),
    doc({ slug: 'c-shared', title: 'Gamma article', codes: ['0x80180003'], summary: 'Nothing here.' }),
    doc({
      slug: 'autopilot-words',
      title: 'Autopilot fails with 0x80180003 in the title',
      messages: ['Autopilot fails'],
    }),
    doc({ slug: 'half', title: 'Autopilot profile device name template' }),
  ];
  const s = createSearcher(docs);

  it('lists every article with the code as a code hit, by text relevance then title', () => {
    expect(slugs(s.search('0x80180003'))).toEqual(['a-shared', 'b-shared', 'c-shared']);
    const r = s.search('0x80180003 autopilot');
    expect(slugs(r).slice(0, 3)).toEqual(['b-shared', 'a-shared', 'c-shared']);
    expect(kinds(r).slice(0, 3)).toEqual(['code', 'code', 'code']);
  });

  it('puts code hits before any text hit, however good the text match', () => {
    const r = s.search('Autopilot fails with 0x80180003');
    checkShape(r);
    expect(kinds(r).slice(0, 3)).toEqual(['code', 'code', 'code']);
    expect(r.hits[3]).toMatchObject({ slug: 'autopilot-words', kind: 'text' });
  });

  it('finds a half-typed last word', () => {
    expect(s.search('autop').hits.map((h) => h.slug)).toContain('half');
    expect(s.search('device name templ').hits[0]!.slug).toBe('half');
  });

  it('does not depend on the order of the documents', () => {
    const reversed = createSearcher([...docs].reverse());
    for (const q of ['0x80180003', 'autopilot', 'article', 'autop', 'nothing']) {
      expect(slugs(reversed.search(q)), q).toEqual(slugs(s.search(q)));
      expect(slugs(s.search(q)), q).toEqual(slugs(s.search(q)));
    }
  });

  it('respects the limit', () => {
    expect(s.search('article', { limit: 2 }).hits).toHaveLength(2);
    expect(s.search('article', { limit: 0 }).hits).toHaveLength(0);
    expect(s.search('0x80180003', { limit: 1 }).hits.map((h) => h.slug)).toEqual(['a-shared']);
  });

  it.each(['', '   ', '\n\t', '?!.,;:-', '()[]{}', '—…', '"\'`'])('no hits for %j', (q) => {
    const r = s.search(q);
    expect(r.hits).toEqual([]);
    expect(r.codes).toEqual([]);
    expect(r.query).toBe(q);
  });

  it('treats "AADSTS" on its own as a word that finds sign-in errors', () => {
    const t = createSearcher([doc({ slug: 'aad', title: 'AADSTS50020: user account does not exist', codes: ['AADSTS50020'] })]);
    expect(t.search('AADSTS').hits[0]).toMatchObject({ slug: 'aad', kind: 'text' });
    expect(t.search('AADSTS').unknownCodes).toEqual([]);
  });

  it('calls a short number an unknown code only when no article mentions it', () => {
    const t = createSearcher([doc({ slug: 'v', title: 'Needs Windows 10 version 1709 or later' })]);
    expect(t.search('1709')).toMatchObject({ unknownCodes: [], hits: [{ slug: 'v', kind: 'text' }] });
    expect(t.search('1603').unknownCodes).toEqual(['0x00000643']);
  });

  it('ignores words that carry no meaning on their own', () => {
    expect(s.search('the of and to').hits).toEqual([]);
  });
});

/* ---------------------------------------------------------------- snippets */

describe('snippets', () => {
  const long =
    'Windows shows this message after a long wait during setup, and the text goes on for a while to explain ' +
    'the context before it finally says that the Enrollment Status Page timed out waiting for the apps to arrive, ' +
    'which is where the interesting part of this sentence is.';
  const s = createSearcher([
    doc({ slug: 'long', title: 'Long message', messages: ['Short unrelated message', long], codes: ['0x80180003'] }),
    doc({ slug: 'coded', title: 'Coded', messages: ['Failed (Unknown Win32 Error code: 0x8018002b)'], codes: ['0x8018002B'] }),
  ]);

  it('picks the best matching message and highlights the matched words', () => {
    const h = s.search('status page apps').hits[0]!;
    expect(h.slug).toBe('long');
    expect(h.snippet.text.length).toBeLessThanOrEqual(162);
    const marked = h.snippet.highlights.map(([a, b]) => h.snippet.text.slice(a, b).toLowerCase());
    // Words one space apart share one mark.
    expect(marked).toEqual(['status page', 'apps']);
    expect(h.snippet.text.startsWith('\u2026')).toBe(true);
    expect(h.matchedTerms).toEqual(expect.arrayContaining(['status', 'page']));
  });

  it('highlights through typos and synonyms', () => {
    const h = s.search('ESP timout').hits[0]!;
    const marked = h.snippet.highlights.map(([a, b]) => h.snippet.text.slice(a, b));
    expect(marked).toEqual(['Enrollment Status Page timed out']);
  });

  it('highlights the code as printed', () => {
    const h = s.search('8018002B').hits[0]!;
    expect(h.snippet.highlights.map(([a, b]) => h.snippet.text.slice(a, b))).toEqual(['0x8018002b']);
  });

  it('stem keeps word families together', () => {
    expect(new Set(['enroll', 'enrolled', 'enrolling', 'enrollment', 'enrollments'].map(stem)).size).toBe(1);
    expect(stem('requires')).toBe(stem('required'));
    expect(stem('ios')).toBe('ios');
  });
});

/* ------------------------------------------------------------ hostile input */

describe('hostile input', () => {
  const s = createSearcher([
    doc({ slug: 'autopilot', title: 'Autopilot profile fails', codes: ['0x80180003'], messages: ['Something went wrong'] }),
    doc({ slug: 'other', title: 'Company Portal temporarily unavailable', misprints: ['0x801c003'] }),
  ]);
  const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });
  const fragments = fc
    .array(
      fc.constantFrom('0x', '8018', '0003', 'AADSTS', ' ', '-', '2145910781', 'L', '\u0000', '<b>', 'é', '\ud800', 'autop', 'ESP', '(', ')', '.', 'ß', 'İ', '\u0301'),
      { maxLength: 30 },
    )
    .map((xs) => xs.join(''));

  it.each([
    'x'.repeat(10_000),
    '0x80180003 '.repeat(2_000),
    '\ud800\udc00\ud800',
    '\udfff',
    '👩🏽‍💻 autopilot 🚀',
    '<script>alert(1)</script> autopilot',
    '<img src=x onerror=alert(1)>',
    '${constructor}',
    '__proto__ constructor prototype',
    'a'.repeat(600) + ' autopilot',
    'İstanbul ǅ ﬁ ß Σ',
    '\u0000\u0001\u0002',
    '-'.repeat(5_000),
    'aadsts'.repeat(1_000),
  ])('does not throw on %#', (q) => {
    const r = s.search(q);
    checkShape(r);
    expect(r.query).toBe(q);
  });

  it('never throws and keeps its invariants on any string', () => {
    for (const arb of [fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), codeUnits, fragments]) {
      fc.assert(
        fc.property(arb, (q) => {
          const r = s.search(q);
          checkShape(r);
          return r.query === q;
        }),
        { numRuns: 300 },
      );
    }
  });

  it('still finds a plain word next to any junk (no swallowed errors)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (junk) => {
        expect(slugs(s.search('autopilot ' + junk))).toContain('autopilot');
      }),
      { numRuns: 300 },
    );
  });

  it('searches the real articles without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (q) => {
        checkShape(real.search(q));
      }),
      { numRuns: 200 },
    );
  });
});

describe('a code still being typed', () => {
  const docs = [
    { slug: 'a', title: 'Alpha', codes: ['0x80180003'], misprints: [], messages: [], summary: 'alpha', terms: [], platforms: ['windows'], stage: 'mdm-enrollment' },
    { slug: 'b', title: 'Bravo', codes: ['0x801C0003'], misprints: [], messages: [], summary: 'bravo', terms: [], platforms: ['windows'], stage: 'entra-join' },
  ];
  const searcher = createSearcher(docs);

  it('offers the known codes it begins, as similar codes, never as exact hits', () => {
    const r = searcher.search('0x8018');
    expect(r.hits.map((h) => [h.slug, h.kind])).toEqual([['a', 'similar-code']]);
    expect(searcher.search('801c').hits.map((h) => h.slug)).toEqual(['b']);
  });

  it('does not fire once the code is complete or for words', () => {
    expect(searcher.search('0x80180003').hits.map((h) => h.kind)).toEqual(['code']);
    expect(searcher.search('abc').hits.filter((h) => h.kind === 'similar-code')).toEqual([]);
  });
});
