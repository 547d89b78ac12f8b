import type { ErrorArticle } from './content';
import { absoluteUrl } from './site';

/** schema.org description of an article: a technical article whose causes are how-tos. */
export function articleJsonLd(article: ErrorArticle, site?: string, base?: string): Record<string, unknown> {
  const url = absoluteUrl(article.url, site, base);
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: article.title,
    description: article.summary,
    url,
    dateModified: article.reviewed,
    keywords: [...article.codes, ...article.searchTerms].join(', '),
    about: article.platforms.map((p) => ({ '@type': 'Thing', name: p })),
    citation: article.sources.map((s) => ({ '@type': 'CreativeWork', name: s.title, url: s.url })),
    hasPart: article.causes.map((c) => ({ '@type': 'HowTo', name: c.title, url: `${url}#${c.id}` })),
  };
}

/** JSON for a <script> element: `<` escaped so no value can close the element early. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
