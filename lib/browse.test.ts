import { describe, expect, it } from 'vitest';
import { browseQuery, DEFAULT_STATE, filterRows, parseBrowseState, type BrowseRow } from './browse';

const row = (over: Partial<BrowseRow>): BrowseRow => ({
  slug: 's',
  url: '/errors/s/',
  title: 'T',
  codes: [],
  platforms: ['windows'],
  stage: 'mdm-enrollment',
  fixedBy: ['admin'],
  summary: '',
  ...over,
});

const rows = [
  row({ slug: 'b', title: 'Bravo', codes: ['0x80180014'] }),
  row({ slug: 'a', title: 'Alpha', codes: ['0x80180003'], platforms: ['windows', 'ios'], fixedBy: ['user'] }),
  row({ slug: 'c', title: 'Charlie', codes: [], stage: 'company-portal', platforms: ['android'] }),
];
const allowed = { platform: ['windows', 'ios', 'android', 'macos'], stage: ['mdm-enrollment', 'company-portal'], who: ['user', 'admin'] };

describe('browse state', () => {
  it('round-trips through the query string', () => {
    const state = { platform: 'ios', stage: '', who: 'user', q: '8018', sort: '-title' as const };
    expect(parseBrowseState(browseQuery(state), allowed)).toEqual(state);
    expect(browseQuery(DEFAULT_STATE)).toBe('');
  });

  it('drops values it does not know instead of failing', () => {
    expect(parseBrowseState('?platform=<script>&sort=evil&stage=nope', allowed)).toEqual(DEFAULT_STATE);
  });
});

describe('filterRows', () => {
  it('sorts by code with code-less articles last, and by title', () => {
    expect(filterRows(rows, DEFAULT_STATE).map((r) => r.slug)).toEqual(['a', 'b', 'c']);
    expect(filterRows(rows, { ...DEFAULT_STATE, sort: '-title' }).map((r) => r.slug)).toEqual(['c', 'b', 'a']);
  });

  it('filters by platform, stage and who', () => {
    expect(filterRows(rows, { ...DEFAULT_STATE, platform: 'ios' }).map((r) => r.slug)).toEqual(['a']);
    expect(filterRows(rows, { ...DEFAULT_STATE, stage: 'company-portal' }).map((r) => r.slug)).toEqual(['c']);
    expect(filterRows(rows, { ...DEFAULT_STATE, who: 'user' }).map((r) => r.slug)).toEqual(['a']);
  });

  it('quick filter matches codes with or without 0x, and titles', () => {
    expect(filterRows(rows, { ...DEFAULT_STATE, q: '0X80180014' }).map((r) => r.slug)).toEqual(['b']);
    expect(filterRows(rows, { ...DEFAULT_STATE, q: '80180003' }).map((r) => r.slug)).toEqual(['a']);
    expect(filterRows(rows, { ...DEFAULT_STATE, q: 'charl' }).map((r) => r.slug)).toEqual(['c']);
  });
});
