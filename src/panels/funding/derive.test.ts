import { describe, expect, it } from 'vitest';
import { INITIATIVE_IDS } from '../../data/types.ts';
import { realData } from '../testData.ts';
import { barSums, deriveFunding, fundingRecords } from './derive.ts';

const data = realData();
const sourceIds = new Set(data.sources.map((s) => s.id));

describe('deriveFunding', () => {
  it('gives CARSI FY2008–FY2012 as the sums of the spend plan’s accounts, in thousands', () => {
    const view = deriveFunding(data, 'carsi');
    expect(view.bars.map((b) => [b.fy, b.total / 1000])).toEqual([
      [2008, 60_000],
      [2009, 105_000],
      [2010, 95_000],
      [2011, 101_508],
      [2012, 135_000],
    ]);
    expect(view.accounts).toEqual(['ESF', 'INCLE', 'NADR', 'FMF']);
    // FY2008 has all four accounts: 25 + 24.8 + 6.2 + 4 million.
    expect(view.bars[0]!.segments.map((s) => [s.account, s.record.amountUsd / 1e6])).toEqual([
      ['ESF', 25],
      ['INCLE', 24.8],
      ['NADR', 6.2],
      ['FMF', 4],
    ]);
  });

  it('makes every bar the sum of its parts, stacked without gaps, each part from its own record', () => {
    for (const id of INITIATIVE_IDS) {
      for (const bar of deriveFunding(data, id).bars) {
        const rows = data.funding.filter(
          (f) => f.initiative === id && f.kind === 'appropriation' && f.fyFirst === bar.fy && f.fyLast === bar.fy,
        );
        expect(bar.total).toBe(rows.reduce((sum, f) => sum + f.amountUsd, 0));
        expect(bar.segments.map((s) => s.record.id).sort()).toEqual(rows.map((f) => f.id).sort());
        bar.segments.forEach((s, i) => {
          expect(s.y1 - s.y0).toBe(s.record.amountUsd);
          expect(s.y0).toBe(i === 0 ? 0 : bar.segments[i - 1]!.y1);
        });
        expect(bar.segments.at(-1)!.y1).toBe(bar.total);
      }
    }
  });

  it('never adds a multi-year figure into a bar: those are listed as other figures', () => {
    for (const id of INITIATIVE_IDS) {
      const view = deriveFunding(data, id);
      for (const bar of view.bars) for (const s of bar.segments) expect(s.record.fyFirst).toBe(s.record.fyLast);
      const multi = data.funding.filter((f) => f.initiative === id && f.fyFirst < f.fyLast);
      for (const f of multi) expect(view.others).toContain(f);
      // Every record shows once, in a bar or in the list.
      expect(fundingRecords(view).length).toBe(data.funding.filter((f) => f.initiative === id).length);
    }
    const carsi = deriveFunding(data, 'carsi').others.map((f) => f.amountUsd / 1e6);
    expect(carsi).toEqual(expect.arrayContaining([165, 248, 350, 361, 496]));
  });

  it('gives Mérida’s FY2008–FY2009 by the data’s rows, with unsplit money as its own part', () => {
    const view = deriveFunding(data, 'merida');
    expect(view.bars.map((b) => b.fy)).toEqual([2008, 2009]);
    const fy2009 = view.bars[1]!;
    expect(fy2009.segments.some((s) => s.account === 'total')).toBe(true);
    // Mexico's two years add up to the embassy's $1.12 billion for FY2008–FY2009.
    const mexico = view.bars.flatMap((b) => b.segments).filter((s) => s.record.recipient.en === 'Mexico');
    expect(mexico.reduce((sum, s) => sum + s.record.amountUsd, 0)).toBe(1_120_000_000);
  });

  it('starts CBSI in FY2010 and reaches FY2023, the latest year its sources give, with the years between they give', () => {
    expect(deriveFunding(data, 'cbsi').bars.map((b) => [b.fy, b.total])).toEqual([
      [2010, 37_000_000],
      [2019, 58_000_000],
      [2020, 60_000_000],
      [2021, 74_800_000],
      [2023, 82_000_000],
    ]);
  });

  it('keeps the place of the years between and after the bars that no single-year figure covers', () => {
    // CBSI: bars for FY2010, FY2019–FY2021 and FY2023; nothing read gives FY2011–FY2018 or FY2022.
    expect(deriveFunding(data, 'cbsi').gaps).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2022]);
    // CARSI: bars to FY2012; its other figures reach FY2021 (CRS on the Strategy for Engagement, FY2016–FY2021).
    const carsi = deriveFunding(data, 'carsi');
    expect(carsi.bars.at(-1)!.fy).toBe(2012);
    expect(carsi.gaps).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021]);
    for (const id of INITIATIVE_IDS) {
      const view = deriveFunding(data, id);
      const years = new Set([...view.bars.map((b) => b.fy), ...view.gaps]);
      if (view.bars.length === 0) continue;
      // Every year from the first bar to the last figure is either a bar or a gap, once.
      const last = Math.max(...view.bars.map((b) => b.fy), ...view.others.map((f) => f.fyLast));
      expect(years.size, id).toBe(last - view.bars[0]!.fy + 1);
      expect(view.bars.length + view.gaps.length, id).toBe(years.size);
    }
  });

  it('cites a source for every part of every bar and every other figure', () => {
    for (const id of INITIATIVE_IDS) {
      for (const f of fundingRecords(deriveFunding(data, id))) {
        expect(f.sourceIds.length, f.id).toBeGreaterThan(0);
        for (const s of f.sourceIds) expect(sourceIds.has(s), `${f.id} → ${s}`).toBe(true);
      }
    }
  });

  it('keeps the money disagreements beside the chart, and only those', () => {
    expect(
      deriveFunding(data, 'carsi')
        .discrepancies.map((d) => d.id)
        .sort(),
    ).toEqual(['carsi-cumulative', 'carsi-fy2010']);
    expect(deriveFunding(data, 'merida').discrepancies.map((d) => d.id)).toEqual([
      'merida-mexico-fy2008-2010',
      'merida-1-4-billion',
      'merida-caribbean-fy2009',
      'merida-total-fy2008-2021',
    ]);
    expect(deriveFunding(data, 'cbsi').discrepancies.map((d) => d.id)).toEqual(['cbsi-77-million-2011']);
  });

  it('adds up the bars over each span another figure covers: CARSI FY2008–FY2011 is $361.508 million, beside $361 and $350 million', () => {
    const view = deriveFunding(data, 'carsi');
    const sums = barSums(view);
    const span = sums.find((s) => s.fyFirst === 2008 && s.fyLast === 2011)!;
    expect(span.total).toBe(361_508_000);
    expect(span.records.every((r) => r.fyFirst >= 2008 && r.fyLast <= 2011)).toBe(true);
    expect(
      view.others
        .filter((f) => f.fyFirst === 2008 && f.fyLast === 2011)
        .map((f) => f.amountUsd)
        .sort(),
    ).toEqual([350_000_000, 361_000_000]);
    // FY2008–FY2014 has no bars for FY2013 and FY2014: no sum is made up for it.
    expect(sums.find((s) => s.fyLast === 2014)).toBeUndefined();
  });
});
