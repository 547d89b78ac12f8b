import { normalizeBasePath } from './scripts/base-path.mjs';

// BASE_PATH lets the same build live under a sub-path (e.g. /kb on an intranet host).
// It is handed to the app as NEXT_PUBLIC_BASE_PATH.
const basePath = normalizeBasePath(process.env.BASE_PATH);

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  // EXPORT_DIR builds a second copy (e.g. the /kb sub-path variant the tests crawl) without touching out/.
  ...(process.env.EXPORT_DIR ? { distDir: process.env.EXPORT_DIR } : {}),
  trailingSlash: true,
  basePath,
  images: { unoptimized: true },
  poweredByHeader: false,
  env: {
    NEXT_PUBLIC_BASE_PATH: basePath,
    NEXT_PUBLIC_SITE_URL: (process.env.SITE_URL ?? '').replace(/\/+$/, ''),
    NEXT_PUBLIC_REPORT_URL: process.env.REPORT_URL ?? '',
  },
};

export default nextConfig;
