// Build-time settings, read from the environment that next.config.mjs normalised.

export const SITE_NAME = 'Enrollment Error KB';
export const SITE_TAGLINE = 'Fix Intune and Microsoft Entra ID device-enrollment errors';

export const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
export const siteUrl = process.env.NEXT_PUBLIC_SITE_URL ?? '';
/** Where readers report a problem with a page (a repository issues URL or a mailto:); empty hides the link. */
export const reportUrl = process.env.NEXT_PUBLIC_REPORT_URL ?? '';

/** A site path (`/errors/x/`) as the browser must request it, base path included. */
export function withBase(path: string, base = basePath): string {
  if (!path.startsWith('/')) return path;
  return `${base}${path}`;
}

/** Absolute URL when SITE_URL is set at build time, otherwise the base-path-relative URL. */
export function absoluteUrl(path: string, site = siteUrl, base = basePath): string {
  return `${site}${withBase(path, base)}`;
}
