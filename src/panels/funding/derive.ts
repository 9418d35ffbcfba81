// Funding by fiscal year, from the records as the sources give them. A year's
// bar is the sum of that year's single-year appropriations, stacked by account;
// a single-year row with account "total" is money whose accounts the source does
// not split. Multi-year figures are never added in: they are separate cumulative
// figures from other sources and dates, listed beside the chart as they stand, each beside the bars' own sum over
// the same years (barSums).
import {
  ACCOUNTS,
  type Account,
  type AtlasData,
  type Discrepancy,
  type Funding,
  type InitiativeId,
} from '../../data/types.ts';

export interface Segment {
  record: Funding;
  account: Account;
  /** Bottom and top of the segment in the stack, U.S. dollars. */
  y0: number;
  y1: number;
}

export interface Bar {
  fy: number;
  /** U.S. dollars: the sum of the segments. */
  total: number;
  segments: Segment[];
}

export interface FundingView {
  initiative: InitiativeId;
  bars: Bar[];
  /** Accounts that appear in the bars, in the atlas's account order. */
  accounts: Account[];
  /**
   * Fiscal years from the first bar to the last year any of the initiative's figures reach that have no bar: the
   * chart keeps their place and says no single-year figure was found, rather than closing the gap.
   */
  gaps: number[];
  /** Every other figure (multi-year, requests, pledges, reports), oldest span first. */
  others: Funding[];
  /** Where the sources disagree about money. */
  discrepancies: Discrepancy[];
}

const ACCOUNT_ORDER = new Map(ACCOUNTS.map((a, i) => [a, i]));

/** A single-year appropriation: what a year's bar is made of. */
export function isYearly(f: Funding): boolean {
  return f.kind === 'appropriation' && f.fyFirst === f.fyLast;
}

/** A discrepancy about money: its topic or one of its positions names a dollar figure. */
export function isAboutMoney(d: Discrepancy): boolean {
  return [d.topic, ...d.positions.map((p) => p.text)].some((text) => text.en.includes('$'));
}

export function deriveFunding(data: AtlasData, initiative: InitiativeId): FundingView {
  const rows = data.funding.filter((f) => f.initiative === initiative);
  const byYear = new Map<number, Funding[]>();
  for (const f of rows.filter(isYearly)) {
    const list = byYear.get(f.fyFirst);
    if (list) list.push(f);
    else byYear.set(f.fyFirst, [f]);
  }
  const bars: Bar[] = [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([fy, records]) => {
      let y = 0;
      const segments = [...records]
        .sort((a, b) => ACCOUNT_ORDER.get(a.account)! - ACCOUNT_ORDER.get(b.account)! || a.id.localeCompare(b.id))
        .map((record) => ({ record, account: record.account, y0: y, y1: (y += record.amountUsd) }));
      return { fy, total: y, segments };
    });
  const present = new Set(bars.flatMap((b) => b.segments.map((s) => s.account)));
  const others = rows
    .filter((f) => !isYearly(f))
    .sort((a, b) => a.fyFirst - b.fyFirst || a.fyLast - b.fyLast || a.amountUsd - b.amountUsd);
  const withBar = new Set(bars.map((b) => b.fy));
  const lastFy = Math.max(...bars.map((b) => b.fy), ...others.map((f) => f.fyLast));
  const gaps =
    bars.length === 0
      ? []
      : Array.from({ length: lastFy - bars[0]!.fy + 1 }, (_, i) => bars[0]!.fy + i).filter((fy) => !withBar.has(fy));
  return {
    initiative,
    bars,
    gaps,
    accounts: ACCOUNTS.filter((a) => present.has(a)),
    others,
    discrepancies: data.discrepancies.filter((d) => d.initiative === initiative && isAboutMoney(d)),
  };
}

/** The bars added up over the years a multi-year figure spans, so the two can be read side by side. */
export interface BarSum {
  fyFirst: number;
  fyLast: number;
  /** U.S. dollars. */
  total: number;
  /** The bars' records, whose sources the sum cites. */
  records: Funding[];
}

/**
 * For every span of years the other figures cover (FY2008–FY2011, …), the sum of the bars over those years, when the
 * chart has a bar for each of them: a journalist need not add up the bars to compare them with a cumulative figure.
 */
export function barSums(view: FundingView): BarSum[] {
  const byFy = new Map(view.bars.map((b) => [b.fy, b]));
  const spans = new Map<string, [number, number]>();
  for (const f of view.others) if (f.fyLast > f.fyFirst) spans.set(`${f.fyFirst}-${f.fyLast}`, [f.fyFirst, f.fyLast]);
  return [...spans.values()].flatMap(([fyFirst, fyLast]) => {
    const bars = Array.from({ length: fyLast - fyFirst + 1 }, (_, i) => byFy.get(fyFirst + i));
    if (bars.some((b) => !b)) return [];
    const total = bars.reduce((sum, b) => sum + b!.total, 0);
    return [{ fyFirst, fyLast, total, records: bars.flatMap((b) => b!.segments.map((s) => s.record)) }];
  });
}

/** Every record the funding view shows, for the panel's source list. */
export function fundingRecords(view: FundingView): Funding[] {
  return [...view.bars.flatMap((b) => b.segments.map((s) => s.record)), ...view.others];
}
