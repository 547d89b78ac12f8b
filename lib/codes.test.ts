import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  HRESULT_TABLE_SOURCES,
  decodeHresult,
  describeAadsts,
  extractCodes,
  formatAadsts,
  formatHresult,
  hresultSymbolEntry,
  isCanonicalCode,
  parseCode,
  parseCodeCandidates,
  spellings,
  toSigned,
  urlSpellings,
  type Code,
} from './codes';
import { AADSTS_ERRORS, FACILITIES, HRESULT_FAMILIES, HRESULT_SYMBOLS, WIN32_ERRORS } from './hresult-tables';

const canon = (input: string) => parseCode(input)?.canonical ?? null;
const canons = (codes: Code[]) => codes.map((c) => c.canonical);
const extracted = (text: string) => extractCodes(text).map((f) => f.code?.canonical ?? `raw:${f.raw}`);

// Uniform uint32s almost never have leading zeros, so mix in small values where
// the short spellings and the decimal rules live.
const uint32 = fc.oneof(
  fc.integer({ min: 0, max: 0xffffffff }),
  fc.integer({ min: 0, max: 0xffff }),
  fc.integer({ min: 0, max: 0xfff }),
  fc.integer({ min: 0, max: 0xff }),
  fc.integer({ min: 0x80000000, max: 0xffffffff }),
  fc.constantFrom(0, 1, 0xab2, 0x800, 0x00240005, 0x80180003, 0x80cf0437, 0xcaa70007, 0x7fffffff, 0x80000000, 0xffffffff),
);

// Lone surrogates are not produced by the unicode units, so build them from code units.
const codeUnitString = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)) });
// Fragments that sit near the parser's edges, to get past the "obviously not a code" paths.
const codeishString = fc.string({
  unit: fc.constantFrom('0', '1', '2', '8', '9', 'a', 'B', 'c', 'F', 'x', 'X', 'L', 'u', '-', ' ', ':', '&H', 'AADSTS', '{', '}', '"', '(', ')', '.', '_', '\n'),
  maxLength: 40,
});
const anyString = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), codeUnitString, codeishString);

describe('formatting', () => {
  it('prints HRESULTs as 0x + 8 upper-case hex digits', () => {
    expect(formatHresult(0x80180003)).toBe('0x80180003');
    expect(formatHresult(0x80cf0437)).toBe('0x80CF0437');
    expect(formatHresult(0xab2)).toBe('0x00000AB2');
    expect(formatHresult(0x00240005)).toBe('0x00240005');
    expect(formatAadsts(240001)).toBe('AADSTS240001');
  });

  it('treats negative int32 input as signed and clamps everything else', () => {
    expect(formatHresult(-2145910781)).toBe('0x80180003');
    expect(formatHresult(NaN)).toBe('0x00000000');
    expect(formatHresult(Infinity)).toBe('0xFFFFFFFF');
    expect(formatHresult(-Infinity)).toBe('0x00000000');
    expect(formatHresult(2 ** 40)).toBe('0xFFFFFFFF');
    expect(formatHresult(-(2 ** 40))).toBe('0x00000000');
    expect(formatHresult(0xab2 + 0.9)).toBe('0x00000AB2');
    expect(formatHresult(-0)).toBe('0x00000000');
    expect(formatAadsts(NaN)).toBe('AADSTS10');
    expect(formatAadsts(5)).toBe('AADSTS10');
    expect(formatAadsts(1e12)).toBe('AADSTS9999999');
  });

  it('converts to int32', () => {
    expect(toSigned(0x80180003)).toBe(-2145910781);
    expect(toSigned(0x7fffffff)).toBe(0x7fffffff);
    expect(toSigned(0xffffffff)).toBe(-1);
    expect(toSigned(NaN)).toBe(0);
  });

  it('recognises only the exact canonical spelling', () => {
    for (const ok of ['0x80180003', '0x80CF0437', '0x00000AB2', 'AADSTS240001', 'AADSTS50']) {
      expect(isCanonicalCode(ok)).toBe(true);
    }
    for (const bad of ['0x80cf0437', '0X80180003', '80180003', '0x8018003', 'AADSTS 240001', 'aadsts240001', 'AADSTS050076', 'AADSTS5', 'AADSTS12345678', '', ' 0x80180003']) {
      expect(isCanonicalCode(bad)).toBe(false);
    }
  });
});

describe('parseCode', () => {
  it('reads every HRESULT spelling of 0x80180003', () => {
    for (const s of ['0x80180003', '80180003', '0X80180003', '0x80180003L', '0x80180003UL', '-2145910781', '2149056515', '&H80180003', '&h80180003&', '  0x80180003\n']) {
      expect(canon(s), s).toBe('0x80180003');
    }
  });

  it('pads short hex', () => {
    expect(canon('0xAB2')).toBe('0x00000AB2');
    expect(canon('0xab2')).toBe('0x00000AB2');
    expect(canon('ab2')).toBe('0x00000AB2');
    expect(canon('801c3')).toBe('0x000801C3');
    expect(canon('0x5')).toBe('0x00000005');
    expect(canon('0x000000AB2')).toBe('0x00000AB2');
  });

  it('rejects more than 8 significant hex digits', () => {
    expect(parseCode('0x80180002b')).toBeNull();
    expect(parseCode('0x180180003')).toBeNull();
  });

  it('reads bare 8-digit hex', () => {
    expect(canon('caa70007')).toBe('0xCAA70007');
    expect(canon('8018002b')).toBe('0x8018002B');
    expect(canon('80CF0437')).toBe('0x80CF0437');
  });

  it('reads AADSTS spellings', () => {
    for (const s of ['AADSTS240001', 'AADSTS 240001', 'aadsts240001', 'aadsts-240001', 'AADSTS:240001', '240001']) {
      expect(canon(s), s).toBe('AADSTS240001');
    }
    expect(parseCode('AADSTS50076')).toEqual({ kind: 'aadsts', value: 50076, canonical: 'AADSTS50076' });
    expect(canon('7000215')).toBe('AADSTS7000215');
    expect(parseCode('AADSTS5')).toBeNull();
    expect(parseCode('AADSTS12345678')).toBeNull();
  });

  it('lists the AADSTS reading first and the hex reading second for bare 5-7 digits', () => {
    expect(canons(parseCodeCandidates('240001'))).toEqual(['AADSTS240001', '0x00240001']);
    expect(canons(parseCodeCandidates('50076'))).toEqual(['AADSTS50076', '0x00050076']);
    expect(canons(parseCodeCandidates('00012'))).toEqual(['0x00000012']);
  });

  it('gives a bare 8-digit decimal only its hex reading', () => {
    expect(canons(parseCodeCandidates('80180003'))).toEqual(['0x80180003']);
    expect(canons(parseCodeCandidates('12345678'))).toEqual(['0x12345678']);
  });

  it('reads 3-4 decimal digits as a Win32 error number', () => {
    expect(canon('2738')).toBe('0x00000AB2');
    expect(canon('1603')).toBe('0x00000643');
  });

  it('keeps signed and unsigned decimals to their ranges', () => {
    expect(canon('-1')).toBe('0xFFFFFFFF');
    expect(canon('-2147483648')).toBe('0x80000000');
    expect(parseCode('-2147483649')).toBeNull();
    expect(parseCode('-0')).toBeNull();
    expect(canon('4294967295')).toBe('0xFFFFFFFF');
    expect(parseCode('4294967296')).toBeNull();
    expect(parseCode('2147483647')).toBeNull();
  });

  it('returns null for things that are not codes', () => {
    for (const s of ['', '   ', '0x', '0xZZ', 'hello', 'enrollment failed', '0x 80180003', '12', '5', 'xyz1', '0x80180003h', 'AADSTS', '123456789', '1.5', '👍', '\ud800']) {
      expect(parseCode(s), JSON.stringify(s)).toBeNull();
      expect(parseCodeCandidates(s)).toEqual([]);
    }
  });

  it('survives non-string input from untyped callers', () => {
    expect(parseCode(undefined as unknown as string)).toBeNull();
    expect(parseCodeCandidates(42 as unknown as string)).toEqual([]);
    expect(extractCodes(null as unknown as string)).toEqual([]);
    expect(spellings({} as unknown as string)).toEqual([]);
  });
});

describe('spellings', () => {
  it('lists the spellings of a failure HRESULT, canonical first', () => {
    expect(spellings('0x80CF0437')).toEqual([
      '0x80CF0437',
      '0x80cf0437',
      '0X80CF0437',
      '80CF0437',
      '80cf0437',
      '2161050679',
      '-2133916617',
    ]);
  });

  it('adds short forms for values with leading zeros', () => {
    expect(spellings('0x00000AB2')).toEqual([
      '0x00000AB2',
      '0x00000ab2',
      '0X00000AB2',
      '00000AB2',
      '00000ab2',
      '0xAB2',
      '0xab2',
      'AB2',
      'ab2',
      '2738',
    ]);
    expect(spellings('0x00240005')).toContain('0x240005');
  });

  it('lists AADSTS spellings', () => {
    expect(spellings('AADSTS240001')).toEqual(['AADSTS240001', 'aadsts240001', 'AADSTS 240001', '240001']);
    // Two digits would not read back as AADSTS, so the bare form is left out.
    expect(spellings('AADSTS50')).toEqual(['AADSTS50', 'aadsts50', 'AADSTS 50']);
  });

  it('returns [] for anything but a canonical code', () => {
    expect(spellings('80180003')).toEqual([]);
    expect(spellings('garbage')).toEqual([]);
    expect(urlSpellings('')).toEqual([]);
  });

  it('picks URL-safe spellings', () => {
    expect(urlSpellings('0x80180003')).toEqual(['0x80180003', '80180003', '2149056515', '-2145910781']);
    expect(urlSpellings('0x00000AB2')).toEqual([
      '0x00000AB2',
      '0x00000ab2',
      '00000AB2',
      '00000ab2',
      '0xAB2',
      '0xab2',
      'AB2',
      'ab2',
      '2738',
    ]);
    expect(urlSpellings('AADSTS240001')).toEqual(['AADSTS240001', 'aadsts240001', '240001']);
  });
});

describe('extractCodes', () => {
  it('skips flag-sized hex in an event log line', () => {
    const line = 'Auto MDM Enroll: Device Credential (0x1), Failed (Unknown Win32 Error code: 0x8018002b)';
    expect(extractCodes(line)).toEqual([
      { code: { kind: 'hresult', value: 0x8018002b, canonical: '0x8018002B' }, raw: '0x8018002b', index: line.indexOf('0x8018002b') },
    ]);
  });

  it('finds a 3-significant-digit code in JSON and ignores GUIDs', () => {
    const json = JSON.stringify({
      DeviceId: 'e92325d0-7ac4-4714-88a1-94ae875d5245',
      CorrelationId: '8018abcd-1111-2222-3333-444455556666',
      DiagnosticCode: '0x00000800',
      ErrorCode: '0x80180026',
    });
    expect(extracted(json)).toEqual(['0x00000800', '0x80180026']);
  });

  it('skips GUIDs in every common shape', () => {
    const text = '{8018ABCD-1111-2222-3333-444455556666} (c0ffee12-aaaa-bbbb-cccc-dddddddddddd) e92325d0-xxxx-xxxx-xxxx-94ae875d5245';
    expect(extracted(text)).toEqual([]);
  });

  it('reads the Autopilot dialog', () => {
    expect(extracted('Registering your device for mobile management (Failed:3, 0x801C03EA).')).toEqual(['0x801C03EA']);
  });

  it('keeps invalid code-looking tokens as raw misprints', () => {
    expect(extractCodes('error 0x80180002b occurred')).toEqual([{ code: null, raw: '0x80180002b', index: 6 }]);
  });

  it('finds bare 8-digit hex codes and skips other 8-character words', () => {
    expect(extracted('error code 80180026')).toEqual(['0x80180026']);
    expect(extracted('error code 8018000a')).toEqual(['0x8018000A']);
    expect(extracted('code C1036501 and a1b2c3d4')).toEqual(['0xC1036501', '0xA1B2C3D4']);
    expect(extracted('built 20240115, tag deadbeef, id 12345678')).toEqual([]);
  });

  it('finds decimal HRESULTs but not bare 5-7 digit numbers', () => {
    expect(extracted('Exit code: -2145910781')).toEqual(['0x80180003']);
    expect(extracted('Error 2149056555 returned')).toEqual(['0x8018002B']);
    expect(extracted('ADAL error -894894057')).toEqual(['0xCAA90017']);
    expect(extracted('Event 240001 logged on 2024-01-15, build 19045')).toEqual([]);
    expect(extracted('timestamp 1718000000, -1, 3000000000.5')).toEqual([]);
  });

  it('reads a bare number when it is the whole text', () => {
    expect(extracted('240001')).toEqual(['AADSTS240001']);
    expect(extracted('  ab2 ')).toEqual(['0x00000AB2']);
    expect(extractCodes('  2738')).toEqual([{ code: expect.objectContaining({ canonical: '0x00000AB2' }), raw: '2738', index: 2 }]);
  });

  it('finds AADSTS codes in sign-in errors', () => {
    expect(extracted('Server Error Description : AADSTS50126: Error validating credentials')).toEqual(['AADSTS50126']);
    expect(extracted('AADSTS 240001 / aadsts-50076 / AADSTS:53003')).toEqual(['AADSTS240001', 'AADSTS50076', 'AADSTS53003']);
  });

  it('deduplicates by canonical and keeps the first occurrence', () => {
    const text = 'hr=0x80180003; again -2145910781, 2149056515, 80180003 and 0x80180003L';
    expect(extractCodes(text)).toEqual([
      { code: expect.objectContaining({ canonical: '0x80180003' }), raw: '0x80180003', index: 3 },
    ]);
  });

  it('reads dsregcmd output', () => {
    const out = [
      '     DRS Discovery Test : FAIL [0x801c0021/0x80072ee2]',
      '       Client ErrorCode : 0x801c03f2',
      '             Request Id : 6bff0bd9-820b-484b-ab20-2a4f7b76c58e',
      '             Thumbprint : B753A6679CE720451921302CA873794D94C6204A',
    ].join('\n');
    expect(extracted(out)).toEqual(['0x801C0021', '0x80072EE2', '0x801C03F2']);
  });

  it('returns positions that point at the raw text', () => {
    const text = 'a 0x80180003 b AADSTS 50076 c 0x80180002b';
    for (const f of extractCodes(text)) expect(text.slice(f.index, f.index + f.raw.length)).toBe(f.raw);
  });

  it('handles large input', () => {
    const big = 'x'.repeat(200_000) + ' 0x80180003 ' + '0'.repeat(200_000);
    expect(extracted(big)).toEqual(['0x80180003']);
  });
});

describe('decodeHresult', () => {
  it('decodes a wrapped Win32 timeout', () => {
    const info = decodeHresult(0x800705b4);
    expect(info).toMatchObject({
      canonical: '0x800705B4',
      unsigned: 0x800705b4,
      signed: -2147023436,
      severity: 'failure',
      facility: 7,
      facilityName: 'WIN32',
      code: 1460,
      family: { name: 'Win32 error', prefix: null },
      win32: { code: 1460, name: 'ERROR_TIMEOUT' },
    });
  });

  it('decodes an MDM enrollment code', () => {
    const info = decodeHresult(0x80180003);
    expect(info.facility).toBe(24);
    expect(info.facilityName).toBe('MDM enrollment');
    expect(info.family).toMatchObject({ name: 'MDM enrollment', prefix: 'MENROLL_E_' });
    expect(info.symbol).toBe('MENROLL_E_DEVICE_AUTHORIZATION_ERROR');
    expect(info.meaning).toBeTruthy();
    expect(info.win32).toBeNull();
  });

  it('knows the families this site cares about', () => {
    expect(decodeHresult(0x80190001).family?.prefix).toBe('MREGISTER_E_');
    expect(decodeHresult(0x801c03f2)).toMatchObject({ facility: 0x1c, family: { prefix: 'DSREG_E_' }, symbol: 'DSREG_E_DIRECTORY_FAILURE' });
    expect(decodeHresult(0x80cf0437)).toMatchObject({ facility: 0xcf, family: { name: 'Legacy Intune PC client (agent)', prefix: null }, symbol: null });
    expect(decodeHresult(0x80cf0437).meaning).toMatch(/clock/i);
    expect(decodeHresult(0x80240438)).toMatchObject({ facility: 36, facilityName: 'WINDOWSUPDATE', family: { prefix: 'WU_E_' } });
    expect(decodeHresult(0x00240005)).toMatchObject({ severity: 'success', symbol: 'WU_S_REBOOT_REQUIRED' });
    expect(decodeHresult(0x80070bc2).win32?.name).toBe('ERROR_SUCCESS_REBOOT_REQUIRED');
    expect(decodeHresult(0x80070774).win32?.name).toBe('ERROR_DOMAIN_CONTROLLER_NOT_FOUND');
    expect(decodeHresult(0x80072ee2).win32?.name).toBe('ERROR_INTERNET_TIMEOUT');
  });

  it('leaves unknown parts null', () => {
    const info = decodeHresult(0x8007fffe);
    expect(info.win32).toBeNull();
    expect(info.symbol).toBeNull();
    // The customer bit makes the facility vendor-defined.
    expect(decodeHresult(0xcaa70007).facilityName).toBeNull();
    expect(decodeHresult(0xcaa70007).family).toBeNull();
  });

  it('exposes aliases through the table entry', () => {
    expect(hresultSymbolEntry(0x80180018)?.aliases).toContain('MENROLL_E_USERLICENSE');
  });
});

describe('describeAadsts', () => {
  it('names known codes and points at the reference', () => {
    const d = describeAadsts(240001);
    expect(d.canonical).toBe('AADSTS240001');
    expect(d.name).toBe('BulkAADJTokenUnauthorized');
    expect(d.note).toContain('BulkAADJTokenUnauthorized');
    expect(d.note).toContain('Microsoft Entra ID');
    expect(d.note).toContain('https://learn.microsoft.com/entra/identity-platform/reference-error-codes');
  });

  it('still explains unknown codes', () => {
    const d = describeAadsts(99999);
    expect(d.name).toBeNull();
    expect(d.note).toContain('AADSTS99999');
  });
});

describe('tables', () => {
  it('has one row per HRESULT, each a uint32 with a known source', () => {
    const ids = new Set(HRESULT_TABLE_SOURCES.map((s) => s.id));
    const values = HRESULT_SYMBOLS.map((e) => e.value);
    expect(new Set(values).size).toBe(values.length);
    for (const e of HRESULT_SYMBOLS) {
      expect(Number.isInteger(e.value) && e.value >= 0 && e.value <= 0xffffffff).toBe(true);
      expect(ids.has(e.source), e.symbol ?? formatHresult(e.value)).toBe(true);
      expect(e.meaning.length).toBeGreaterThan(5);
    }
  });

  it('files symbols under the matching family', () => {
    const prefixFor: Record<number, string> = { 0x8018: 'MENROLL_', 0x0018: 'MENROLL_', 0x8019: 'MREGISTER_', 0x801c: 'DSREG_', 0x8024: 'WU_', 0x0024: 'WU_' };
    for (const e of HRESULT_SYMBOLS) {
      const prefix = prefixFor[e.value >>> 16];
      if (prefix && e.symbol) expect(e.symbol.startsWith(prefix), e.symbol).toBe(true);
    }
  });

  it('agrees with the Win32 table on WinINet codes', () => {
    for (const e of HRESULT_SYMBOLS.filter((x) => x.symbol?.startsWith('WININET_E_'))) {
      const win32 = decodeHresult(e.value).win32;
      expect(win32?.name).toBe(e.symbol?.replace('WININET_E_', 'ERROR_INTERNET_'));
    }
  });

  it('keeps codes unique in the other tables', () => {
    for (const list of [WIN32_ERRORS.map((e) => e.code), AADSTS_ERRORS.map((e) => e.code), FACILITIES.map((f) => f.code), HRESULT_FAMILIES.map((f) => f.high)]) {
      expect(new Set(list).size).toBe(list.length);
    }
    for (const e of AADSTS_ERRORS) expect(isCanonicalCode(formatAadsts(e.code)) && formatAadsts(e.code) === `AADSTS${e.code}`).toBe(true);
  });

  it('cites Microsoft Learn pages', () => {
    expect(HRESULT_TABLE_SOURCES.length).toBeGreaterThan(0);
    for (const s of HRESULT_TABLE_SOURCES) expect(s.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
  });
});

describe('properties', () => {
  it('round-trips every uint32 through its canonical form', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), (v) => {
        const c = formatHresult(v);
        expect(isCanonicalCode(c)).toBe(true);
        expect(parseCode(c)).toEqual({ kind: 'hresult', value: v, canonical: c });
        expect(toSigned(v) >>> 0).toBe(v);
      }),
    );
  });

  it('reads every listed HRESULT spelling back to the same code', () => {
    fc.assert(
      fc.property(uint32, (v) => {
        const c = formatHresult(v);
        const all = spellings(c);
        expect(all[0]).toBe(c);
        expect(new Set(all).size).toBe(all.length);
        for (const s of all) {
          expect(parseCode(s)?.canonical, s).toBe(c);
          expect(canons(parseCodeCandidates(s))).toContain(c);
        }
      }),
    );
  });

  it('includes the spellings the spec promises', () => {
    fc.assert(
      fc.property(uint32, (v) => {
        const c = formatHresult(v);
        const hex = c.slice(2);
        const all = spellings(c);
        expect(all).toEqual(expect.arrayContaining([c, c.toLowerCase(), '0X' + hex, hex, hex.toLowerCase()]));
        if (v >= 0x80000000) expect(all).toEqual(expect.arrayContaining([String(v), String(v - 2 ** 32)]));
        const short = hex.replace(/^0+/, '') || '0';
        if (short.length < 8) expect(all).toContain('0x' + short);
        if (short.length >= 3 && /[A-F]/.test(short)) expect(all).toEqual(expect.arrayContaining([short, short.toLowerCase()]));
      }),
    );
  });

  it('round-trips AADSTS codes and their spellings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 10000, max: 9_999_999 }), fc.integer({ min: 10, max: 9999 })), (n) => {
        const c = formatAadsts(n);
        expect(isCanonicalCode(c)).toBe(true);
        expect(parseCode(c)).toEqual({ kind: 'aadsts', value: n, canonical: c });
        for (const s of spellings(c)) {
          expect(parseCode(s)?.canonical, s).toBe(c);
          expect(canons(parseCodeCandidates(s))).toContain(c);
        }
        if (n >= 10000) expect(spellings(c)).toContain(String(n));
      }),
    );
  });

  it('gives URL spellings that are path-safe spellings of the same code', () => {
    fc.assert(
      fc.property(fc.oneof(uint32.map(formatHresult), fc.integer({ min: 10, max: 9_999_999 }).map(formatAadsts)), (c) => {
        const url = urlSpellings(c);
        expect(url[0]).toBe(c);
        for (const s of url) {
          expect(spellings(c)).toContain(s);
          expect(s).toMatch(/^[0-9A-Za-z-]+$/);
          expect(parseCode(s)?.canonical).toBe(c);
        }
      }),
    );
  });

  it('finds a code embedded in text', () => {
    fc.assert(
      fc.property(uint32.filter((v) => v >= 0x100), fc.constantFrom(' ', '(', '"', ': ', '\n', '['), (v, sep) => {
        const c = formatHresult(v);
        const text = `Error${sep}${c.toLowerCase()}${sep === '(' ? ')' : sep === '[' ? ']' : sep} happened`;
        expect(extracted(text)).toEqual([c]);
      }),
    );
  });

  it('decodes into parts that rebuild the value', () => {
    fc.assert(
      fc.property(uint32, (v) => {
        const info = decodeHresult(v);
        const rebuilt = ((info.severity === 'failure' ? 0x80000000 : 0) | (v & 0x78000000) | (info.facility << 16) | info.code) >>> 0;
        expect(rebuilt).toBe(v);
        expect(info.signed).toBe(toSigned(v));
        expect(info.canonical).toBe(formatHresult(v));
      }),
    );
  });

  it('never throws and only ever returns canonical codes for arbitrary strings', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const code = parseCode(s);
        if (code) expect(isCanonicalCode(code.canonical)).toBe(true);
        for (const c of parseCodeCandidates(s)) expect(isCanonicalCode(c.canonical)).toBe(true);
        for (const f of extractCodes(s)) {
          if (f.code) expect(isCanonicalCode(f.code.canonical)).toBe(true);
          expect(s.slice(f.index, f.index + f.raw.length)).toBe(f.raw);
        }
        expect(Array.isArray(spellings(s))).toBe(true);
        expect(Array.isArray(urlSpellings(s))).toBe(true);
        expect(isCanonicalCode(s)).toBe(spellings(s).length > 0);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary numbers', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.constantFrom(NaN, Infinity, -Infinity, -0, Number.MAX_VALUE, -Number.MAX_VALUE)), (n) => {
        expect(isCanonicalCode(formatHresult(n))).toBe(true);
        expect(isCanonicalCode(formatAadsts(n))).toBe(true);
        const s = toSigned(n);
        expect(Number.isInteger(s) && s >= -(2 ** 31) && s < 2 ** 31).toBe(true);
        expect(decodeHresult(n).canonical).toBe(formatHresult(n));
        expect(describeAadsts(n).canonical).toBe(formatAadsts(n));
      }),
    );
  });
});
