import type { MetadataRoute } from 'next';
import { getContent } from '@/lib/content';
import { absoluteUrl, siteUrl } from '@/lib/site';

export const dynamic = 'force-static';

// Sitemaps need absolute URLs; SITE_URL gives the public origin (see README).
const origin = siteUrl || 'http://localhost:3000';

export default function sitemap(): MetadataRoute.Sitemap {
  const { errors, guides } = getContent();
  const pages: MetadataRoute.Sitemap = ['/', '/errors/', '/guides/', '/triage/', '/search/'].map((p) => ({ url: absoluteUrl(p, origin) }));
  for (const a of [...errors, ...guides]) pages.push({ url: absoluteUrl(a.url, origin), lastModified: a.reviewed });
  return pages;
}
