import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContent, ContentError, readContentDir, type ContentProblem, type RawContent } from './content';

const fixture = readContentDir(path.join(__dirname, '__fixtures__', 'valid'));

/** Replaces one file of the valid fixture and returns the problems the build reports. */
function problemsWith(edit: (raw: RawContent) => void): ContentProblem[] {
  const raw: RawContent = structuredClone(fixture);
  edit(raw);
  try {
    buildContent(raw);
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as ContentError).problems;
  }
  throw new Error('expected the content to be rejected');
}

function editError(raw: RawContent, slug: string, change: (source: string) => string) {
  const f = raw.errors.find((e) => e.file.endsWith(`${slug}.mdx`))!;
  f.source = change(f.source);
}

describe('loading valid content', () => {
  it('loads articles, guides and triage questions with slugs, urls and anchors', () => {
    const content = buildContent(fixture);
    expect(content.errors.map((e) => e.slug)).toEqual(['alpha-error', 'beta-error']);
    const alpha = content.errors[0]!;
    expect(alpha.url).toBe('/errors/alpha-error/');
    expect(alpha.reviewed).toBe('2026-11-24'); // an unquoted YAML date stays as written
    expect(alpha.anchors).toEqual(expect.arrayContaining(['what-is-going-on', 'first-cause', 'first-fix']));
    expect(alpha.misprints).toEqual([]);
    expect(content.guides[0]?.anchors).toEqual(['a-section']);
    expect(content.triage.questions.map((q) => q.id)).toContain('platform');
  });

  it('the real content directory loads', () => {
    const content = readContentDir(path.join(__dirname, '..', 'content'));
    expect(() => buildContent(content)).not.toThrow();
  });
});

describe('build-stopping rules name the file and the field', () => {
  it('invalid frontmatter: a missing field and a wrong enum value', () => {
    const problems = problemsWith((raw) =>
      editError(raw, 'beta-error', (s) => s.replace('summary: "Another fixture error."\n', '').replace('stage: company-portal', 'stage: somewhere')),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: expect.stringContaining('beta-error.mdx'), field: 'summary' }),
        expect.objectContaining({ file: expect.stringContaining('beta-error.mdx'), field: 'stage' }),
      ]),
    );
  });

  it('an unknown field is rejected rather than ignored', () => {
    const problems = problemsWith((raw) => editError(raw, 'beta-error', (s) => s.replace('platforms:', 'platfroms: [ios]\nplatforms:')));
    expect(problems[0]?.message).toMatch(/platfroms/);
  });

  it('YAML that does not parse', () => {
    const problems = problemsWith((raw) => editError(raw, 'beta-error', (s) => s.replace('title: "Beta failed"', 'title: "Beta failed\n  bad: [')));
    expect(problems[0]).toMatchObject({ file: expect.stringContaining('beta-error.mdx'), field: '(frontmatter)' });
  });

  it('a code in a non-canonical spelling', () => {
    const problems = problemsWith((raw) => editError(raw, 'alpha-error', (s) => s.replace('"0x80180003"', '"80180003"')));
    expect(problems[0]).toEqual(
      expect.objectContaining({ file: expect.stringContaining('alpha-error.mdx'), field: 'codes.0', message: expect.stringMatching(/canonical/) }),
    );
    // The rejected article takes its pages with it, so links into it are reported too.
    expect(problems.slice(1).every((p) => p.file.endsWith('beta-error.mdx'))).toBe(true);
  });

  it('lower-case hex is not canonical either', () => {
    const problems = problemsWith((raw) => editError(raw, 'alpha-error', (s) => s.replace('"0x80180003"', '"0x8018000a"')));
    expect(problems[0]?.field).toBe('codes.0');
  });

  it('a duplicate slug', () => {
    const problems = problemsWith((raw) => raw.errors.push({ ...raw.errors[0]!, file: raw.errors[0]!.file.replace('.mdx', '.md') }));
    expect(problems).toEqual([
      expect.objectContaining({ file: expect.stringContaining('alpha-error.md'), field: 'slug', message: expect.stringMatching(/duplicate slug "alpha-error"/) }),
    ]);
  });

  it('a related slug that does not exist', () => {
    const problems = problemsWith((raw) => editError(raw, 'alpha-error', (s) => s.replace('related: [beta-error]', 'related: [gamma-error]')));
    expect(problems).toEqual([
      expect.objectContaining({ file: expect.stringContaining('alpha-error.mdx'), field: 'related.0', message: expect.stringMatching(/gamma-error/) }),
    ]);
  });

  it('an internal link to a page that does not exist', () => {
    const problems = problemsWith((raw) => editError(raw, 'beta-error', (s) => s.replace('/errors/alpha-error/#first-fix', '/errors/alfa-error/')));
    expect(problems).toEqual([
      expect.objectContaining({ file: expect.stringContaining('beta-error.mdx'), field: expect.stringMatching(/^body \(line \d+\)$/), message: expect.stringMatching(/alfa-error.*does not exist/) }),
    ]);
  });

  it('an #anchor that points nowhere, on another article and on a guide', () => {
    const problems = problemsWith((raw) =>
      editError(raw, 'alpha-error', (s) => s.replace('#only-cause', '#no-such-cause').replace('#a-section', '#missing')),
    );
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/#no-such-cause/),
      expect.stringMatching(/#missing/),
    ]);
  });

  it('a link without the trailing slash the site uses', () => {
    const problems = problemsWith((raw) => editError(raw, 'beta-error', (s) => s.replace('/code/80180003/', '/code/80180003')));
    expect(problems[0]?.message).toMatch(/trailing-slash|end with a slash/);
  });

  it('a code alias link for a code no article has', () => {
    const problems = problemsWith((raw) => editError(raw, 'beta-error', (s) => s.replace('/code/80180003/', '/code/80180013/')));
    expect(problems[0]?.message).toMatch(/does not exist/);
  });

  it('a cause listed in frontmatter but missing from the body, and the reverse', () => {
    const problems = problemsWith((raw) => editError(raw, 'beta-error', (s) => s.replace('<Cause id="only-cause">', '<Cause id="other-cause">')));
    expect(problems.map((p) => `${p.file.split('/').pop()} ${p.field}`)).toEqual([
      'beta-error.mdx causes.0.id',
      'beta-error.mdx body',
      // alpha links to #only-cause, which is gone now
      expect.stringMatching(/^alpha-error\.mdx body \(line \d+\)$/),
    ]);
  });

  it('an article without the plain-words section for the person at the device', () => {
    const problems = problemsWith((raw) => editError(raw, 'alpha-error', (s) => s.replace('<ForUser>\nPlain words.\n</ForUser>', '')));
    expect(problems).toEqual([expect.objectContaining({ file: expect.stringContaining('alpha-error.mdx'), field: 'body', message: expect.stringMatching(/ForUser/) })]);
  });

  it('triage options and checks must exist in triage.json', () => {
    const problems = problemsWith((raw) =>
      editError(raw, 'alpha-error', (s) => s.replace('where: [oobe]', 'where: [kitchen]').replace('all-users: "yes"', 'all-user: "yes"')),
    );
    expect(problems.map((p) => p.field).sort()).toEqual(['causes.0.when.all-user', 'triage.where.0']);
  });

  it('reports every problem at once, across files', () => {
    const problems = problemsWith((raw) => {
      editError(raw, 'alpha-error', (s) => s.replace('"0x80180003"', '"0x123"'));
      editError(raw, 'beta-error', (s) => s.replace('reviewed: "2026-11-20"', 'reviewed: "yesterday"'));
    });
    expect(new Set(problems.map((p) => p.file.split('/').pop()))).toEqual(new Set(['alpha-error.mdx', 'beta-error.mdx']));
    const message = new ContentError(problems).message;
    expect(message).toMatch(/alpha-error\.mdx: codes\.0: /);
    expect(message).toMatch(/beta-error\.mdx: reviewed: /);
  });
});
