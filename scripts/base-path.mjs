/** BASE_PATH as the site uses it: `/kb` for `kb`, `/kb/` or `/kb`; '' for none. Shared by the build, the
 * post-build alias writer and the local server so they can never disagree. */
export function normalizeBasePath(raw = '') {
  const trimmed = raw.trim().replace(/\/+$/, '');
  return trimmed && !trimmed.startsWith('/') ? `/${trimmed}` : trimmed;
}
