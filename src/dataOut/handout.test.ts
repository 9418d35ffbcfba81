import { describe, expect, it } from 'vitest';
import { realIndex } from '../data/realData.ts';
import { countriesWithData, deriveHandout, HANDOUT_YEARS } from './handout.ts';

const index = realIndex();

describe('a country handout', () => {
  it('gives each initiative of the country a status for every year, its goals, assistance and sources', () => {
    const h = deriveHandout(index, 'en', 'HND')!;
    expect(h.name).toBe('Honduras');
    const carsi = h.initiatives.find((i) => i.id === 'carsi')!;
    expect(carsi.years.map((y) => y.year)).toEqual(HANDOUT_YEARS);
    expect(carsi.years.find((y) => y.year === 2012)?.status).toBe('partner');
    expect(carsi.years.find((y) => y.year === 2000)?.status).toBeNull();
    expect(carsi.goals.length).toBeGreaterThan(0);
    expect(carsi.assistance.length).toBeGreaterThan(0);
    // Honduras's CARSI money is given for Central America: counted as regional, not listed as its own.
    expect(carsi.funding).toEqual([]);
    expect(carsi.regional?.count).toBeGreaterThan(0);
    for (const s of h.sources) expect(index.sources.has(s.id), s.id).toBe(true);
    for (const m of carsi.records) for (const id of m.sourceIds) expect(h.sources.map((s) => s.id)).toContain(id);
  });

  it("lists the figures that name the country, and leaves out another country's", () => {
    const mexico = deriveHandout(index, 'es', 'MEX')!;
    const merida = mexico.initiatives.find((i) => i.id === 'merida')!;
    expect(merida.funding.length).toBeGreaterThan(0);
    expect(merida.funding.every((f) => f.recipient.en.includes('Mexico'))).toBe(true);
    const haiti = deriveHandout(index, 'en', 'HTI')!;
    expect(haiti.initiatives.flatMap((i) => i.funding).some((f) => f.recipient.en === 'Dominican Republic')).toBe(
      false,
    );
  });

  it('exists for every country with data, and not for an unknown code', () => {
    for (const iso of countriesWithData(index))
      expect(deriveHandout(index, 'en', iso)?.initiatives.length, iso).toBeGreaterThan(0);
    expect(deriveHandout(index, 'en', 'ZZZ')).toBeNull();
  });
});
