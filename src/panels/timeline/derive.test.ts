import { describe, expect, it } from 'vitest';
import { realData } from '../testData.ts';
import { deriveTimeline, timeOf } from './derive.ts';

const data = realData();

describe('timeOf', () => {
  it('places a date by the precision the source gives', () => {
    expect(timeOf('2010')).toEqual({ year: 2010, t: 2010.5, precision: 'year' });
    expect(timeOf('2009-12').precision).toBe('month');
    expect(timeOf('2010-05-27').t).toBeCloseTo(2010 + 146 / 365);
    expect(timeOf('2009-01').t).toBeLessThan(timeOf('2009-02-01').t);
  });
});

describe('deriveTimeline', () => {
  it('lists every event once, in date order', () => {
    const items = deriveTimeline(data, []);
    expect(items.length).toBe(data.events.length);
    for (let i = 1; i < items.length; i++) expect(items[i]!.t).toBeGreaterThanOrEqual(items[i - 1]!.t);
    expect(items[0]!.event.date.startsWith('2000')).toBe(true);
  });

  it('has the launches the briefing relies on: Plan Colombia, Mérida, the CARSI split, CBSI, the offices closing', () => {
    const items = deriveTimeline(data, []);
    const at = (initiative: string, year: number) =>
      items.some((i) => i.event.initiative === initiative && i.year === year);
    expect(at('colombia', 2000)).toBe(true);
    expect(at('merida', 2007)).toBe(true);
    expect(at('carsi', 2009)).toBe(true);
    expect(at('cbsi', 2010)).toBe(true);
    expect(at('andean', 2013) && at('andean', 2014)).toBe(true);
  });

  it('highlights the chosen initiatives’ events, and every event has a source', () => {
    const items = deriveTimeline(data, ['cbsi']);
    expect(items.filter((i) => i.highlighted).every((i) => i.event.initiative === 'cbsi')).toBe(true);
    expect(items.filter((i) => i.highlighted).length).toBe(data.events.filter((e) => e.initiative === 'cbsi').length);
    for (const i of items) expect(i.event.sourceIds.length).toBeGreaterThan(0);
  });
});
