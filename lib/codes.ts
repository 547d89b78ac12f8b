/**
 * Error codes: everything in ./code-spellings plus decoding against Microsoft's
 * published tables (facility, family, symbol, Win32 error).
 *
 * Pure and total: no Node or DOM APIs, and nothing here throws. Bad numbers are
 * clamped, bad strings give null or [].
 */
import {
  AADSTS_ERRORS,
  FACILITIES,
  HRESULT_FAMILIES,
  HRESULT_SYMBOLS,
  WIN32_ERRORS,
  type AadstsEntry,
  type HresultSymbolEntry,
  type Win32ErrorEntry,
} from './hresult-tables';

export { HRESULT_TABLE_SOURCES } from './hresult-tables';
export * from './code-spellings';
import { formatAadsts, formatHresult, SIGN_BIT, toAadstsNumber, toUint32 } from './code-spellings';

export interface HresultInfo {
  canonical: string;
  unsigned: number;
  signed: number;
  severity: 'failure' | 'success';
  facility: number;
  facilityName: string | null;
  code: number;
  family: { name: string; prefix: string | null; note: string } | null;
  symbol: string | null;
  meaning: string | null;
  win32: { code: number; name: string; meaning: string } | null;
}

const AADSTS_REFERENCE_URL = 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes';

/* ----------------------------------------------------------------- decoding */

const FACILITY_BY_CODE = new Map(FACILITIES.map((f) => [f.code, f]));
const FAMILY_BY_HIGH = new Map(HRESULT_FAMILIES.map((f) => [f.high, f]));
const SYMBOL_BY_VALUE = new Map(HRESULT_SYMBOLS.map((e) => [e.value >>> 0, e]));
const WIN32_BY_CODE = new Map(WIN32_ERRORS.map((e) => [e.code, e]));
const AADSTS_BY_CODE = new Map(AADSTS_ERRORS.map((e) => [e.code, e]));

const CUSTOMER_BIT = 0x2000_0000;

/** The full table row for an HRESULT (aliases and source included), if known. */
export function hresultSymbolEntry(value: number): HresultSymbolEntry | null {
  return SYMBOL_BY_VALUE.get(toUint32(value)) ?? null;
}

export function win32ErrorEntry(code: number): Win32ErrorEntry | null {
  return typeof code === 'number' ? (WIN32_BY_CODE.get(code) ?? null) : null;
}

export function aadstsEntry(value: number): AadstsEntry | null {
  return typeof value === 'number' ? (AADSTS_BY_CODE.get(value) ?? null) : null;
}

export function decodeHresult(value: number): HresultInfo {
  const v = toUint32(value);
  const facility = (v >>> 16) & 0x7ff;
  const code = v & 0xffff;
  // With the customer bit set the facility number is vendor-defined, so a
  // Microsoft facility name would be wrong.
  const facilityEntry = v & CUSTOMER_BIT ? undefined : FACILITY_BY_CODE.get(facility);
  const familyEntry = FAMILY_BY_HIGH.get(v >>> 16);
  const symbolEntry = SYMBOL_BY_VALUE.get(v);
  const win32Entry = v >>> 16 === 0x8007 ? WIN32_BY_CODE.get(code) : undefined;
  return {
    canonical: formatHresult(v),
    unsigned: v,
    signed: v | 0,
    severity: v >= SIGN_BIT ? 'failure' : 'success',
    facility,
    facilityName: facilityEntry?.name ?? null,
    code,
    family: familyEntry ? { name: familyEntry.name, prefix: familyEntry.prefix, note: familyEntry.note } : null,
    symbol: symbolEntry?.symbol ?? null,
    meaning: symbolEntry?.meaning ?? null,
    win32: win32Entry ? { code: win32Entry.code, name: win32Entry.name, meaning: win32Entry.meaning } : null,
  };
}

export function describeAadsts(value: number): { canonical: string; name: string | null; note: string } {
  const canonical = formatAadsts(value);
  const entry = AADSTS_BY_CODE.get(toAadstsNumber(value));
  const about =
    `${canonical} is a sign-in error from Microsoft Entra ID (formerly Azure AD). ` +
    `Microsoft lists every AADSTS code at ${AADSTS_REFERENCE_URL}; ` +
    `the sign-in logs in the Entra admin center show the failure reason for a specific attempt.`;
  if (!entry) return { canonical, name: null, note: about };
  const label = entry.name ? `${canonical} (${entry.name})` : canonical;
  return { canonical, name: entry.name, note: `${label}: ${entry.meaning} ${about}` };
}
