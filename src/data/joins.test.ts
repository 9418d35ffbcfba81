import { describe, expect, it } from 'vitest';
import { documentedEnds, indexMemberships, partsOf, statusFor } from './joins.ts';
import type { Membership } from './types.ts';

const m = (over: Partial<Membership>): Membership => ({
  id: 'x',
  country: 'BLZ',
  initiative: 'cbsi',
  status: 'partner',
  firstYear: 2010,
  lastYear: null,
  participation: 'funded-partner',
  basis: 'calendar',
  note: { en: '', es: '' },
  sourceIds: ['s'],
  ...over,
});

describe('statusFor', () => {
  const belizeCbsi = [m({ id: 'a', lastYear: 2011 }), m({ id: 'b', status: 'observer', firstYear: 2012 })];

  it('takes the record that covers the year', () => {
    expect(statusFor(belizeCbsi, 2010)?.status).toBe('partner');
    expect(statusFor(belizeCbsi, 2013)?.status).toBe('observer');
  });

  it('is nothing before the first record', () => {
    expect(statusFor(belizeCbsi, 2009)).toBeNull();
  });

  it('reads an ended span as former after it ends', () => {
    const merida = [m({ initiative: 'merida', firstYear: 2008, lastYear: 2009 })];
    expect(statusFor(merida, 2009)?.status).toBe('partner');
    expect(statusFor(merida, 2012)?.status).toBe('former');
    expect(statusFor(merida, null)?.status).toBe('former');
  });

  it('takes the latest record for the whole period', () => {
    expect(statusFor(belizeCbsi, null)?.membership.id).toBe('b');
  });
});

describe('partsOf', () => {
  it('lists a country in several initiatives in the atlas order', () => {
    const index = indexMemberships([
      m({ id: 'c', initiative: 'cbsi', status: 'observer' }),
      m({ id: 'k', initiative: 'carsi' }),
      m({ id: 'm', initiative: 'merida', firstYear: 2008, lastYear: 2009 }),
      m({ id: 'mex', country: 'MEX', initiative: 'merida', firstYear: 2007 }),
    ]);
    expect(partsOf(index, 'BLZ', 2008).map((p) => `${p.initiative}:${p.status}`)).toEqual(['merida:partner']);
    expect(partsOf(index, 'BLZ', null).map((p) => `${p.initiative}:${p.status}`)).toEqual([
      'merida:former',
      'carsi:partner',
      'cbsi:observer',
    ]);
  });
});

describe('the whole period, where an initiative’s sources stop early', () => {
  it('reads a span that reaches the last year of any of the initiative’s records as current, not former', () => {
    const index = indexMemberships([
      m({ id: 'h', country: 'HND', initiative: 'carsi', firstYear: 2017, lastYear: 2019 }),
      m({ id: 'g', country: 'GTM', initiative: 'carsi', firstYear: 2017, lastYear: 2019 }),
      m({ id: 'b', country: 'BOL', initiative: 'andean', firstYear: 2002, lastYear: 2013 }),
      m({ id: 'p', country: 'PER', initiative: 'andean', firstYear: 2002 }),
    ]);
    expect(documentedEnds(index).get('carsi')).toBe(2019);
    expect(partsOf(index, 'HND', null).map((p) => p.status)).toEqual(['partner']);
    expect(partsOf(index, 'BOL', null).map((p) => p.status)).toEqual(['former']);
    // In a given year after the sources stop, the span has ended: former, as before.
    expect(partsOf(index, 'HND', 2022).map((p) => p.status)).toEqual(['former']);
  });
});
