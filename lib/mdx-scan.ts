import GithubSlugger from 'github-slugger';

// Static reading of an MDX body: which anchors it will render and which links it
// holds. Done on the source text so the build can refuse a broken link before
// any page is rendered.

const FENCE = /^(```|~~~)/;

/** The body with fenced code blocks blanked out (line count preserved). */
function withoutCode(body: string): string[] {
  let inFence = false;
  return body.split('\n').map((line) => {
    if (FENCE.test(line.trim())) {
      inFence = !inFence;
      return '';
    }
    return inFence ? '' : line.replace(/`[^`]*`/g, '');
  });
}

/** Heading text as rehype-slug will see it once the markdown is rendered. */
function headingText(markdown: string): string {
  return markdown
    .replace(/\s*\{#[^}]*\}\s*$/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[*_~]/g, '')
    .trim();
}

export interface BodyScan {
  anchors: string[];
  links: { href: string; line: number }[];
  /** ids given to <Cause id="…"> elements, in order. */
  causeIds: string[];
}

export function scanBody(body: string): BodyScan {
  const slugger = new GithubSlugger();
  const anchors: string[] = [];
  const links: BodyScan['links'] = [];
  const causeIds: string[] = [];
  withoutCode(body).forEach((line, i) => {
    const heading = /^#{1,6}\s+(.+)$/.exec(line);
    if (heading?.[1]) anchors.push(slugger.slug(headingText(heading[1])));
    for (const m of line.matchAll(/\bid="([^"]+)"/g)) anchors.push(m[1]!);
    for (const m of line.matchAll(/<Cause\b[^>]*\bid="([^"]+)"/g)) causeIds.push(m[1]!);
    if (/<ForUser>/.test(line)) anchors.push('for-you'); // the section's heading id, set by the component
    for (const m of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push({ href: m[1]!, line: i + 1 });
    for (const m of line.matchAll(/\bhref="([^"]+)"/g)) links.push({ href: m[1]!, line: i + 1 });
  });
  return { anchors, links, causeIds };
}
