/**
 * Error-code spellings: parse what people paste, print one canonical form, list the
 * other spellings, and find codes inside pasted text. No tables here, so the pages
 * that only need spellings (ticket notes, badges) don't ship the decoding tables.
 *
 * Pure and total: no Node or DOM APIs, and nothing here throws. Bad numbers are
 * clamped, bad strings give null or [].
 */
export type CodeKind = 'hresult' | 'aadsts';

export interface Code {
  kind: CodeKind;
  /** uint32 for an HRESULT, the plain integer for AADSTS. */
  value: number;
  canonical: string;
}

export interface FoundCode {
  /** Null for a token that looks like a code but is not a valid value (e.g. 9 hex digits). */
  code: Code | null;
  raw: string;
  index: number;
}


const UINT32_MAX = 0xffffffff;
const TWO_POW_32 = 0x1_0000_0000;
const INT32_MIN = -0x8000_0000;
export const SIGN_BIT = 0x8000_0000;
// AADSTS codes are 2 to 7 digits long; anything else is not a sign-in code.
const AADSTS_MIN = 10;
const AADSTS_MAX = 9_999_999;


/* ------------------------------------------------------------------ numbers */

/**
 * Coerces any number to a uint32. Negative values down to -2^31 are taken as a
 * signed int32 because that is how HRESULTs appear in .NET, PowerShell and
 * Intune; everything else outside the range is clamped.
 */
export function toUint32(value: number): number {
  if (typeof value !== 'number' || Number.isNaN(value)) return 0;
  if (value >= UINT32_MAX) return UINT32_MAX;
  if (value < INT32_MIN) return 0;
  const n = Math.trunc(value) || 0; // `|| 0` folds -0 into 0
  return n < 0 ? n + TWO_POW_32 : n;
}

export function toAadstsNumber(value: number): number {
  if (typeof value !== 'number' || Number.isNaN(value)) return AADSTS_MIN;
  // Clamped so the result is always a code that isCanonicalCode accepts.
  return Math.min(AADSTS_MAX, Math.max(AADSTS_MIN, Math.trunc(value)));
}

export function formatHresult(value: number): string {
  return '0x' + toUint32(value).toString(16).toUpperCase().padStart(8, '0');
}

export function formatAadsts(value: number): string {
  return 'AADSTS' + String(toAadstsNumber(value));
}

export function toSigned(value: number): number {
  return toUint32(value) | 0;
}

const CANONICAL_HRESULT = /^0x[0-9A-F]{8}$/;
const CANONICAL_AADSTS = /^AADSTS[1-9][0-9]{1,6}$/;

export function isCanonicalCode(s: string): boolean {
  return typeof s === 'string' && (CANONICAL_HRESULT.test(s) || CANONICAL_AADSTS.test(s));
}

function hresultCode(value: number): Code {
  const v = toUint32(value);
  return { kind: 'hresult', value: v, canonical: formatHresult(v) };
}

function aadstsCode(value: number): Code {
  const v = toAadstsNumber(value);
  return { kind: 'aadsts', value: v, canonical: formatAadsts(v) };
}

/** Value of a hex digit run, or null when it has more than 8 significant digits. */
function hexDigitsValue(digits: string): number | null {
  const significant = digits.replace(/^0+/, '');
  if (significant.length > 8) return null;
  return significant === '' ? 0 : parseInt(significant, 16);
}

/* ------------------------------------------------------------------ parsing */

const RE_AADSTS = /^aadsts\s?[-:]?\s?([0-9]{2,7})$/i;
// C literal suffixes (L, UL, LL, U) appear when codes are copied out of headers.
const RE_0X = /^0x([0-9a-f]+)(?:u?l{1,2}|l{1,2}u|u)?$/i;
const RE_VB = /^&h([0-9a-f]+)&?$/i;
const RE_NEGATIVE = /^-([0-9]{1,10})$/;
const RE_DEC_10 = /^[0-9]{10}$/;
const RE_HEX_8 = /^[0-9a-f]{8}$/i;
const RE_DEC_5_7 = /^[0-9]{5,7}$/;
const RE_DEC_3_4 = /^[0-9]{3,4}$/;
const RE_SHORT_HEX = /^[0-9a-f]{3,7}$/i;
const RE_HEX_LETTER = /[a-f]/i;

function readings(s: string): Code[] {
  let m = RE_AADSTS.exec(s);
  if (m) {
    const n = Number(m[1]);
    return n >= AADSTS_MIN ? [aadstsCode(n)] : [];
  }
  m = RE_0X.exec(s) ?? RE_VB.exec(s);
  if (m) {
    const v = hexDigitsValue(m[1] ?? '');
    return v === null ? [] : [hresultCode(v)];
  }
  m = RE_NEGATIVE.exec(s);
  if (m) {
    const n = Number(m[1]);
    return n >= 1 && n <= SIGN_BIT ? [hresultCode(TWO_POW_32 - n)] : [];
  }
  if (RE_DEC_10.test(s)) {
    const n = Number(s);
    return n >= SIGN_BIT && n <= UINT32_MAX ? [hresultCode(n)] : [];
  }
  // Eight digits are hex even when all decimal: that is how Windows prints HRESULTs
  // without the prefix, and no AADSTS code has eight digits.
  if (RE_HEX_8.test(s)) return [hresultCode(parseInt(s, 16))];
  if (RE_DEC_5_7.test(s)) {
    const out: Code[] = [];
    // AADSTS numbers are never zero-padded, so "00012" is only a short hex code.
    if (!s.startsWith('0')) out.push(aadstsCode(Number(s)));
    out.push(hresultCode(parseInt(s, 16)));
    return out;
  }
  // Three or four decimal digits read as a Win32 / installer error number
  // (1603, 2738), which is how those are usually quoted.
  if (RE_DEC_3_4.test(s)) return [hresultCode(Number(s))];
  if (RE_SHORT_HEX.test(s) && RE_HEX_LETTER.test(s)) return [hresultCode(parseInt(s, 16))];
  return [];
}

export function parseCodeCandidates(input: string): Code[] {
  if (typeof input !== 'string') return [];
  const s = input.trim();
  if (!s) return [];
  const seen = new Set<string>();
  return readings(s).filter((c) => !seen.has(c.canonical) && (seen.add(c.canonical), true));
}

export function parseCode(input: string): Code | null {
  return parseCodeCandidates(input)[0] ?? null;
}

/* ---------------------------------------------------------------- spellings */

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/**
 * Each spelling here reads back to the same code through parseCode. Decimal
 * forms are listed only where that holds: 10-digit values (>= 0x80000000) and
 * 3-4 digit Win32 numbers. Other decimals would be read as something else
 * (5-7 digits as AADSTS, 8 digits as hex), so listing them would send an alias
 * page or a search to the wrong code.
 */
export function spellings(canonical: string): string[] {
  if (!isCanonicalCode(canonical)) return [];
  if (canonical.startsWith('AADSTS')) {
    const digits = canonical.slice(6);
    const out = [canonical, 'aadsts' + digits, 'AADSTS ' + digits];
    if (RE_DEC_5_7.test(digits)) out.push(digits);
    return unique(out);
  }
  const hex = canonical.slice(2);
  const lower = hex.toLowerCase();
  const v = parseInt(hex, 16);
  const out = [canonical, '0x' + lower, '0X' + hex, hex, lower];
  if (v >= SIGN_BIT) out.push(String(v), String(v - TWO_POW_32));
  const short = hex.replace(/^0+/, '') || '0';
  if (short.length < 8) {
    out.push('0x' + short, '0x' + short.toLowerCase());
    if (short.length >= 3 && RE_HEX_LETTER.test(short)) out.push(short, short.toLowerCase());
    if (v >= 100 && v <= 9999) out.push(String(v));
  }
  return unique(out);
}

const RE_URL_SAFE = /^[0-9A-Za-z-]+$/;

/** Spellings usable as a /code/<x>/ path segment. */
export function urlSpellings(canonical: string): string[] {
  // '0X…' is left out: it differs from the canonical segment only by the case of the x.
  return spellings(canonical).filter((s) => RE_URL_SAFE.test(s) && !s.startsWith('0X'));
}

/* --------------------------------------------------------------- extraction */

// Word characters for boundaries; '_' counts so identifiers like ERROR_80180003 stay whole.
const TOKEN_RE = new RegExp(
  [
    String.raw`(?<![0-9A-Za-z_])(?<aad>AADSTS\s?[-:]?\s?[0-9]{2,7})(?![0-9])`,
    String.raw`(?<![0-9A-Za-z_])(?<hex>(?:0x|&h)[0-9a-f]+(?:u?l{1,2}|l{1,2}u|u)?)(?![0-9A-Za-z_])`,
    // Negative numbers: 10 digits covers 0x80000000-0xC4653600, 9 digits the rest of
    // the failure range (ADAL's 0xCAA… codes print as -89xxxxxxx).
    String.raw`(?<![0-9A-Za-z_.\-])(?<neg>-[0-9]{9,10})(?![0-9A-Za-z_]|\.[0-9])`,
    String.raw`(?<![0-9A-Za-z_.\-])(?<dec>[0-9]{10})(?![0-9A-Za-z_]|\.[0-9])`,
    String.raw`(?<![0-9A-Za-z_])(?<bare>[0-9a-f]{8})(?![0-9A-Za-z_])`,
  ].join('|'),
  'gi',
);

// The first group of a GUID (8-4-4-4-12) is the only part that can pass for a bare
// code, and it is always followed by "-" and four characters. Checked loosely
// because docs redact GUIDs as "e92325d0-xxxx-xxxx-xxxx-94ae875d5245".
const GUID_HEAD_RE = /^-[0-9a-z]{4}(?![0-9a-z])/i;

/** Bare 8-hex words are only codes when they look like one: 8…/C… or mixed letters and digits. */
function bareLooksLikeCode(token: string): boolean {
  if (/^[8c]/i.test(token)) return true;
  return RE_HEX_LETTER.test(token) && (token.match(/[0-9]/g)?.length ?? 0) >= 4;
}

function classifyToken(groups: Record<string, string | undefined>): { code: Code | null } | null {
  if (groups.aad !== undefined) {
    const code = parseCode(groups.aad);
    return code ? { code } : null;
  }
  if (groups.hex !== undefined) {
    const digits = /^(?:0x|&h)([0-9a-f]+)/i.exec(groups.hex)?.[1] ?? '';
    const significant = digits.replace(/^0+/, '').length;
    // (0x1), 0x00, 0x5: flags and booleans in log lines, not error codes.
    if (significant < 3) return null;
    const v = hexDigitsValue(digits);
    return { code: v === null ? null : hresultCode(v) };
  }
  if (groups.neg !== undefined) {
    const n = Number(groups.neg.slice(1));
    return n >= 1 && n <= SIGN_BIT ? { code: hresultCode(TWO_POW_32 - n) } : null;
  }
  if (groups.dec !== undefined) {
    const n = Number(groups.dec);
    return n >= SIGN_BIT && n <= UINT32_MAX ? { code: hresultCode(n) } : null;
  }
  if (groups.bare !== undefined) {
    return bareLooksLikeCode(groups.bare) ? { code: hresultCode(parseInt(groups.bare, 16)) } : null;
  }
  return null;
}

export function extractCodes(text: string): FoundCode[] {
  if (typeof text !== 'string' || !text) return [];
  const found: FoundCode[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const index = m.index ?? 0;
    const groups = m.groups ?? {};
    if (groups.bare !== undefined && GUID_HEAD_RE.test(text.slice(index + 8, index + 14))) continue;
    const result = classifyToken(groups);
    if (!result) continue;
    const key = result.code ? result.code.canonical : 'raw:' + raw.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ code: result.code, raw, index });
  }
  if (found.length) return found;

  // A bare number (or a flag-sized 0x5) is too noisy to pick out of prose, but a
  // text that is nothing else is clearly meant as a code.
  const code = parseCode(text);
  if (!code) return [];
  const raw = text.trim();
  return [{ code, raw, index: text.indexOf(raw) }];
}

