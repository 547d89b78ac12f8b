import { describe, expect, it } from 'vitest';
import { getContent } from './content';
import { buildCodeRoutes } from './code-routes';
import { spellings, urlSpellings } from './code-spellings';

// The errors the source documents describe (issue "The knowledge base"): every code and
// every on-screen message must be in the catalog, and every code reachable under /code/.
const CODES = [
  'AADSTS240001', '0x80180003', '0x801C0003', '0x8018000A', '0x80180026', '0x80CF4017', '0x80180014',
  '0x8018002B', '0x80180022', '0x801C03EA', '0x800705B4', '0x80070774',
  '0x80CF0437', '0x80240438', '0x80CF0438', '0x80CF402C', '0x80043001', '0x80CF3001', '0x80043004', '0x80CF3004',
  '0x80043002', '0x80CF3002', '0x80043003', '0x80CF3003', '0x80043005', '0x80CF3005', '0x80043006', '0x80CF3006',
  '0x80043007', '0x80CF3007', '0x8024D015', '0x00240005', '0x80070BC2', '0x80070BC9', '0x80CFD015', '0x80070032',
  '0x80043008', '0x80CF3008', '0x80043009', '0x80CF3009', '0x8004300B', '0x80CF300B', '0x00000AB2', '0x80CF0440',
];

// Fragments of the on-screen messages, as the sources print them.
const MESSAGES = [
  'This user is not authorized to enroll',
  'This user is not allowed to enroll',
  'The device is already enrolled',
  'This account is not allowed on this phone',
  'Looks like the MDM Terms of Use endpoint is not correctly configured',
  'Confirm you are using the correct sign-in information and that your organization uses this feature',
  'The software cannot be installed',
  'The account certificate is not valid and may be expired',
  'Your organization does not support this version of Windows',
  'A setup failure has occurred during bulk enrollment',
  'Auto MDM Enroll: Failed',
  'An error occurred while creating Autopilot profile',
  'OOBEIDPS',
  'Registering your device for mobile management (Failed:3, 0x801C03EA)',
  'Securing your hardware (Failed: 0x800705b4)',
  'DeviceCapReached',
  'Company Portal Temporarily Unavailable',
  'MDM authority not defined',
  'Profile installation failed',
  "Your IT admin hasn't given you access to use this app",
  "Looks like your IT admin hasn't set an MDM authority",
];

// Errors without a code or a fixed message, found by their title.
const TITLES = [/Enrollment Status Page times out/i, /special characters/i, /second verified domain|multiple verified domains/i, /expired certificates/i];

describe('coverage of the source documents', () => {
  const { errors, guides } = getContent();
  const catalogText = errors.map((e) => [e.title, ...e.messages, ...e.searchTerms].join('\n')).join('\n');

  it('has 42 error articles and the 4 general guides', () => {
    expect(errors).toHaveLength(42);
    expect(guides.map((g) => g.slug).sort()).toEqual(['before-you-start', 'collecting-logs', 'device-date-and-time', 'self-help-diagnostics']);
  });

  it('every code of the sources is in the catalog', () => {
    const known = new Set(errors.flatMap((e) => e.codes));
    expect(CODES.filter((c) => !known.has(c))).toEqual([]);
  });

  it('every on-screen message of the sources is in the catalog', () => {
    expect(MESSAGES.filter((m) => !catalogText.includes(m))).toEqual([]);
    for (const t of TITLES) expect(errors.some((e) => t.test(e.title)), String(t)).toBe(true);
  });

  it('the misprinted spellings the sources use are kept findable', () => {
    const misprints = new Set(errors.flatMap((e) => e.misprints.map((m) => m.toLowerCase())));
    expect(misprints.has('0x80180002b')).toBe(true);
    expect(misprints.has('0x801c003')).toBe(true);
  });

  it('every code is reachable under /code/ in its common spellings', () => {
    const segments = new Set(buildCodeRoutes(errors).map((r) => r.segment));
    for (const code of CODES) {
      for (const s of urlSpellings(code)) expect(segments.has(s), `${code} as ${s}`).toBe(true);
      const bare = code.replace(/^0x/, '');
      expect(segments.has(code.startsWith('AADSTS') ? code.slice(6) : bare), `${code} without prefix`).toBe(true);
      expect(segments.has(code.toLowerCase()) || code.startsWith('AADSTS'), `${code} in lower case`).toBe(true);
    }
    expect(spellings('0x80180003')).toContain('-2145910781');
  });
});
