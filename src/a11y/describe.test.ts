import { describe, expect, it } from 'vitest';
import { countrySentence, initiativeSentence, mapSummary, sortRows, tableRows } from './describe.ts';
import { realIndex } from '../data/realData.ts';

const index = realIndex();

describe('countrySentence', () => {
  it('names each initiative with the status and since when', () => {
    expect(countrySentence(index, 'en', 'HND', 2012)).toBe(
      'Honduras: Central America Regional Security Initiative, partner, FY2010–FY2014; Mérida Initiative, former partner, FY2008–FY2009',
    );
    const all = countrySentence(index, 'en', 'HND', null);
    expect(all).toContain('Central America Regional Security Initiative, partner, 2021–2023');
    expect(all).toContain('Mérida Initiative, former partner, FY2008–FY2009');
  });
  it('speaks Spanish in Spanish', () => {
    expect(countrySentence(index, 'es', 'HND', 2012)).toMatch(
      /^Honduras: Iniciativa Regional de Seguridad para América Central, socio, AF2010–AF2014; Iniciativa Mérida, antiguo socio, AF2008–AF2009$/,
    );
  });
  it('says when a country is in nothing, and what the United States is', () => {
    expect(countrySentence(index, 'en', 'CAN', null)).toBe('Canada: in none of the initiatives in this atlas');
    expect(countrySentence(index, 'en', 'USA', null)).toMatch(/^United States: the partner/);
    expect(countrySentence(index, 'en', 'ZZZ', null)).toBe('');
  });
});

describe('initiativeSentence and mapSummary', () => {
  it('count members by status', () => {
    expect(initiativeSentence(index, 'en', 'carsi', 2012)).toBe(
      'Central America Regional Security Initiative: 7 partners',
    );
    const summary = mapSummary(index, 'en', 2012);
    expect(summary).toMatch(/^The map colours each country by the initiatives it belonged to in 2012\./);
    expect(summary).toContain('CARSI: 7 partners');
    expect(mapSummary(index, 'es', null)).toMatch(/^El mapa colorea/);
  });
});

describe('tableRows and sortRows', () => {
  const rows = tableRows(index, 'en', 2012);
  it('has one row per country with its status in each initiative', () => {
    expect(rows).toHaveLength(index.data.countries.length);
    const hnd = rows.find((r) => r.iso === 'HND')!;
    expect(hnd.statuses.carsi).toBe('partner');
    expect(hnd.statuses.merida).toBe('former');
    expect(hnd.statuses.cbsi).toBeNull();
  });
  it('sorts by name either way and by an initiative with partners first', () => {
    const byName = sortRows(rows, 'name', 'ascending', 'en').map((r) => r.name);
    expect(byName[0]).toBe('Anguilla');
    expect(sortRows(rows, 'name', 'descending', 'en')[0]!.name).toBe(byName[byName.length - 1]);
    const byCarsi = sortRows(rows, 'carsi', 'ascending', 'en');
    expect(byCarsi.slice(0, 7).every((r) => r.statuses.carsi === 'partner')).toBe(true);
    expect(byCarsi[0]!.name).toBe('Belize');
    const byCount = sortRows(rows, 'count', 'descending', 'en');
    expect(byCount[0]!.count).toBeGreaterThanOrEqual(byCount[1]!.count);
    expect(byCount[byCount.length - 1]!.count).toBe(0);
  });
});
