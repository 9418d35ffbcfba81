import { describe, expect, it } from 'vitest';
import { disputesIn } from './disputes.ts';
import type { Discrepancy } from './types.ts';

const d = (id: string, initiative: Discrepancy['initiative'], disputes: Discrepancy['disputes']): Discrepancy => ({
  id,
  initiative,
  topic: { en: id, es: id },
  disputes,
  positions: [{ text: { en: '', es: '' }, sourceIds: ['s'], quote: 'q' }],
});
const all = [
  d('a', 'cbsi', [
    { country: 'BLZ', firstYear: 2010, lastYear: 2011 },
    { country: 'HTI', firstYear: 2010, lastYear: 2012 },
  ]),
  d('b', 'merida', undefined),
];

describe('disputesIn', () => {
  it('names the countries whose status is disputed in the year, with the discrepancy', () => {
    expect([...disputesIn(all, 2011).keys()]).toEqual(['BLZ', 'HTI']);
    expect([...disputesIn(all, 2012).keys()]).toEqual(['HTI']);
    expect(disputesIn(all, 2013).size).toBe(0);
    expect(disputesIn(all, 2012).get('HTI')).toEqual([{ initiative: 'cbsi', discrepancy: all[0] }]);
  });

  it('counts any year for the whole period, and leaves out hidden initiatives', () => {
    expect([...disputesIn(all, null).keys()]).toEqual(['BLZ', 'HTI']);
    expect(disputesIn(all, 2011, ['cbsi']).size).toBe(0);
  });
});
