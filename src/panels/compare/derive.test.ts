import { describe, expect, it } from 'vitest';
import { indexMemberships } from '../../data/joins.ts';
import { INITIATIVE_IDS } from '../../data/types.ts';
import { realData } from '../testData.ts';
import { deriveCompare } from './derive.ts';

const data = realData();
const memberships = indexMemberships(data.memberships);

describe('deriveCompare', () => {
  it('has one row per initiative, in the atlas’s order', () => {
    expect(deriveCompare(data, memberships, null).map((r) => r.initiative)).toEqual([...INITIATIVE_IDS]);
  });

  it('counts CARSI’s seven partners, five goals and its kinds of assistance (in 2012)', () => {
    const carsi = deriveCompare(data, memberships, 2012).find((r) => r.initiative === 'carsi')!;
    expect(carsi.partners).toBe(7);
    expect(carsi.goals).toBe(5);
    expect(carsi.assistanceTypes.length).toBe(data.assistance.filter((a) => a.initiative === 'carsi').length);
    expect(carsi.bars.map((b) => b.total / 1000)).toEqual([60_000, 105_000, 95_000, 101_508, 135_000]);
  });

  it('follows the year: no CARSI partners before FY2010, Mérida’s original goals in 2008', () => {
    const rows = deriveCompare(data, memberships, 2008);
    expect(rows.find((r) => r.initiative === 'carsi')!.partners).toBe(0);
    expect(rows.find((r) => r.initiative === 'merida')!.partners).toBeGreaterThan(1);
  });

  it('cites a source for everything a row shows', () => {
    for (const row of deriveCompare(data, memberships, null))
      for (const r of row.records) expect(r.sourceIds.length).toBeGreaterThan(0);
  });
});
