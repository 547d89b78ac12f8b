import { describe, expect, it } from 'vitest';
import { aliasRedirects, buildCodeRoutes } from './code-routes';

const articles = [
  { slug: 'a', codes: ['0x80180003', '0x801C0003'] },
  { slug: 'b', codes: ['0x801C0003'] },
  { slug: 'c', codes: ['AADSTS240001'] },
];

describe('code routes', () => {
  const routes = buildCodeRoutes(articles);
  const seg = (s: string) => routes.find((r) => r.segment === s);

  it('publishes each code in the spellings people type', () => {
    for (const s of ['0x80180003', '80180003', '-2145910781', '2149056515', '0x801C0003', '0x801c0003', '801c0003', '0X801C0003', 'AADSTS240001', 'aadsts240001', '240001']) {
      expect(seg(s), s).toBeDefined();
    }
    expect(seg('0x801c0003')?.slugs).toEqual(['a', 'b']);
  });

  it('forwards aliases: one article straight to it, a shared code to its canonical listing', () => {
    const redirects = new Map(aliasRedirects(routes, (slug) => `/errors/${slug}/`).map((r) => [r.segment, r.target]));
    expect(redirects.get('80180003')).toBe('/errors/a/');
    expect(redirects.get('aadsts240001')).toBe('/errors/c/');
    expect(redirects.get('801c0003')).toBe('/code/0x801C0003/');
    // canonical spellings are real pages, not redirects
    expect(redirects.has('0x80180003')).toBe(false);
    expect(redirects.has('AADSTS240001')).toBe(false);
  });
});
