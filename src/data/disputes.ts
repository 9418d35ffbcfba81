// Where the sources disagree about a country's status: the discrepancies that name a country and years
// (`disputes`). Pure; the map's marker, the legend, the table and the country panel read it.
import type { Discrepancy, InitiativeId, Iso3 } from './types.ts';

/** One country's disputed status in one initiative, with the discrepancy that sets out each side. */
export interface Dispute {
  initiative: InitiativeId;
  discrepancy: Discrepancy;
}

/**
 * The disputes shown for a year (null: any year of the period), without the initiatives hidden on the map,
 * by country.
 */
export function disputesIn(
  discrepancies: readonly Discrepancy[],
  year: number | null,
  hidden: readonly InitiativeId[] = [],
): Map<Iso3, Dispute[]> {
  const out = new Map<Iso3, Dispute[]>();
  for (const d of discrepancies) {
    // A discrepancy with disputes names its initiative (the schema checks it).
    if (!d.initiative || hidden.includes(d.initiative)) continue;
    for (const span of d.disputes ?? []) {
      if (year !== null && (year < span.firstYear || year > span.lastYear)) continue;
      const list = out.get(span.country) ?? [];
      if (!list.some((x) => x.discrepancy === d)) list.push({ initiative: d.initiative!, discrepancy: d });
      out.set(span.country, list);
    }
  }
  return out;
}
