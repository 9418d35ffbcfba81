import { describe, expect, it } from 'vitest';
import { changesBetween } from './changes.ts';
import { indexMemberships } from './joins.ts';
import type { Membership } from './types.ts';
import { readFileSync } from 'node:fs';

const note = { en: 'n', es: 'n' };
const m = (
  id: string,
  country: string,
  initiative: Membership['initiative'],
  status: Membership['status'],
  firstYear: number,
  lastYear: number | null,
): Membership => ({
  id,
  country,
  initiative,
  status,
  participation: 'programme-funds',
  firstYear,
  lastYear,
  basis: 'calendar',
  note,
  sourceIds: ['s'],
});

describe('changesBetween', () => {
  const index = indexMemberships([
    m('a', 'AAA', 'cbsi', 'partner', 2010, null),
    m('b', 'BBB', 'carsi', 'partner', 2010, 2012),
    m('c1', 'CCC', 'cbsi', 'partner', 2010, 2011),
    m('c2', 'CCC', 'cbsi', 'observer', 2012, null),
    m('d', 'DDD', 'merida', 'partner', 2013, null),
  ]);

  it('finds who joined, who is no longer listed and whose status changed, with the records that show it', () => {
    const changes = changesBetween(index, 2010, 2013);
    expect(changes.map((c) => [c.country, c.initiative, c.kind])).toEqual([
      ['DDD', 'merida', 'joined'],
      ['BBB', 'carsi', 'left'],
      ['CCC', 'cbsi', 'changed'],
    ]);
    const changed = changes.find((c) => c.kind === 'changed')!;
    expect([changed.before?.membership.id, changed.after?.membership.id]).toEqual(['c1', 'c2']);
    expect(changes.find((c) => c.kind === 'left')!.after).toBeNull();
    expect(changes.find((c) => c.kind === 'left')!.lastListed).toBe(2012);
  });

  it('reads the other way round too, and finds nothing between a year and itself', () => {
    expect(
      changesBetween(index, 2013, 2010)
        .map((c) => c.kind)
        .sort(),
    ).toEqual(['changed', 'joined', 'left']);
    expect(changesBetween(index, 2011, 2011)).toEqual([]);
  });
});

describe('the atlas data, 2010 to 2022', () => {
  const memberships = JSON.parse(readFileSync('data/memberships.json', 'utf8')) as Membership[];
  const changes = changesBetween(indexMemberships(memberships), 2010, 2022);

  it('keeps the CBSI partners and Mexico (in its Bicentennial phase) as they were', () => {
    expect(changes.some((c) => c.initiative === 'cbsi' && c.country === 'JAM')).toBe(false);
    expect(changes.some((c) => c.country === 'MEX')).toBe(false);
  });

  it('keeps Honduras (its Root Causes phase) and Belize (CARSI-funded donations and grants, 2021–2023) in CARSI and says where Costa Rica’s CARSI sources stop: 2020', () => {
    expect(changes.some((c) => c.country === 'HND' && c.initiative === 'carsi')).toBe(false);
    expect(changes.some((c) => c.country === 'BLZ' && c.initiative === 'carsi')).toBe(false);
    expect(changes.find((c) => c.country === 'CRI' && c.initiative === 'carsi')).toMatchObject({
      kind: 'left',
      lastListed: 2020,
    });
  });

  it('lists Bolivia as no longer in the Andean programs, and Ecuador (back with INL from 2018) as unchanged', () => {
    const left = changes
      .filter((c) => c.kind === 'left' && c.initiative === 'andean')
      .map((c) => c.country)
      .sort();
    expect(left).toEqual(expect.arrayContaining(['BOL']));
    expect(changes.some((c) => c.initiative === 'andean' && c.country === 'ECU')).toBe(false);
  });
});
