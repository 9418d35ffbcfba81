// Dated events in order, each placed on a continuous time axis by its date at
// the precision the source gives ("2009", "2009-12", "2009-12-11").
import type { AtlasData, InitiativeId, TimelineEvent } from '../../data/types.ts';

export interface TimelineItem {
  event: TimelineEvent;
  year: number;
  /** Years as a decimal, for the axis: mid-year or mid-month when the source is less precise. */
  t: number;
  precision: 'year' | 'month' | 'day';
  /** The event belongs to one of the initiatives asked about (all of them when none is). */
  highlighted: boolean;
}

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

export function timeOf(date: string): { year: number; t: number; precision: TimelineItem['precision'] } {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (m === undefined) return { year: y, t: y + 0.5, precision: 'year' };
  if (d === undefined) return { year: y, t: y + (DAYS_BEFORE_MONTH[m - 1]! + 15) / 365, precision: 'month' };
  return { year: y, t: y + (DAYS_BEFORE_MONTH[m - 1]! + d - 1) / 365, precision: 'day' };
}

export function deriveTimeline(data: AtlasData, highlight: readonly InitiativeId[]): TimelineItem[] {
  return data.events
    .map((event) => ({
      event,
      ...timeOf(event.date),
      highlighted: highlight.length === 0 || highlight.includes(event.initiative),
    }))
    .sort((a, b) => a.t - b.t || a.event.id.localeCompare(b.event.id));
}
