// Joins over the validated data: who belongs to what, in a given year.
import {
  INITIATIVE_IDS,
  LAST_YEAR,
  type AtlasData,
  type InitiativeId,
  type Iso3,
  type Membership,
  type Status,
} from './types.ts';

export interface Part {
  initiative: InitiativeId;
  status: Status;
  /** The record that gives the status (its note, years and sources). */
  membership: Membership;
}

const ORDER = new Map(INITIATIVE_IDS.map((id, i) => [id, i]));

export function lastYearOf(m: Membership): number {
  return m.lastYear ?? LAST_YEAR;
}

/**
 * A country's status in one initiative, from that pair's records.
 * year null means "the whole period": the latest record decides, and a span
 * that ended before `end` reads as former. `end` is the last year the
 * initiative's records reach (documentedEnds): where the sources read stop for
 * every member alike, that is the sources' end, not the country's.
 */
export function statusFor(records: Membership[], year: number | null, end = LAST_YEAR): Part | null {
  if (records.length === 0) return null;
  const sorted = [...records].sort((a, b) => a.firstYear - b.firstYear || lastYearOf(a) - lastYearOf(b));
  if (year === null) {
    const latest = sorted[sorted.length - 1]!;
    const ended = lastYearOf(latest) < end;
    return { initiative: latest.initiative, status: ended ? 'former' : latest.status, membership: latest };
  }
  const current = sorted.filter((m) => m.firstYear <= year && year <= lastYearOf(m)).pop();
  if (current) return { initiative: current.initiative, status: current.status, membership: current };
  const past = sorted.filter((m) => lastYearOf(m) < year).pop();
  if (past) return { initiative: past.initiative, status: 'former', membership: past };
  return null;
}

export type MembershipIndex = Map<Iso3, Map<InitiativeId, Membership[]>>;

const ends = new WeakMap<MembershipIndex, Map<InitiativeId, number>>();

/** The last year each initiative's records reach (CARSI's sources stop in 2019 while the data runs on). */
export function documentedEnds(index: MembershipIndex): Map<InitiativeId, number> {
  let out = ends.get(index);
  if (out) return out;
  out = new Map();
  for (const byInit of index.values())
    for (const [id, records] of byInit) out.set(id, Math.max(out.get(id) ?? 0, ...records.map(lastYearOf)));
  ends.set(index, out);
  return out;
}

export function indexMemberships(memberships: Membership[]): MembershipIndex {
  const index: MembershipIndex = new Map();
  for (const m of memberships) {
    let byInit = index.get(m.country);
    if (!byInit) index.set(m.country, (byInit = new Map()));
    const list = byInit.get(m.initiative);
    if (list) list.push(m);
    else byInit.set(m.initiative, [m]);
  }
  return index;
}

/** A country's parts in every initiative, in the atlas's initiative order. */
export function partsOf(index: MembershipIndex, country: Iso3, year: number | null): Part[] {
  const byInit = index.get(country);
  if (!byInit) return [];
  const parts: Part[] = [];
  const end = documentedEnds(index);
  for (const [initiative, records] of byInit) {
    const part = statusFor(records, year, end.get(initiative));
    if (part) parts.push(part);
  }
  return parts.sort((a, b) => ORDER.get(a.initiative)! - ORDER.get(b.initiative)!);
}

/** Every country's parts, without the initiatives hidden in the legend. */
export function partsByCountry(
  index: MembershipIndex,
  year: number | null,
  hidden: readonly InitiativeId[] = [],
): Map<Iso3, Part[]> {
  const out = new Map<Iso3, Part[]>();
  for (const country of index.keys()) {
    const parts = partsOf(index, country, year).filter((p) => !hidden.includes(p.initiative));
    if (parts.length > 0) out.set(country, parts);
  }
  return out;
}

/** The countries of one initiative with their status, in name order done by the caller. */
export function membersOf(index: MembershipIndex, initiative: InitiativeId, year: number | null): Part[] {
  const out: Part[] = [];
  const end = documentedEnds(index).get(initiative);
  for (const byInit of index.values()) {
    const records = byInit.get(initiative);
    const part = records && statusFor(records, year, end);
    if (part) out.push(part);
  }
  return out;
}

export function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((x) => [x.id, x]));
}

/** Data with its lookups built once, when it loads. */
export interface AtlasIndex {
  data: AtlasData;
  memberships: MembershipIndex;
  sources: Map<string, AtlasData['sources'][number]>;
  countries: Map<Iso3, AtlasData['countries'][number]>;
  initiatives: Map<InitiativeId, AtlasData['initiatives'][number]>;
  assistanceTypes: Map<string, AtlasData['assistanceTypes'][number]>;
}

export function indexAtlas(data: AtlasData): AtlasIndex {
  return {
    data,
    memberships: indexMemberships(data.memberships),
    sources: byId(data.sources),
    countries: new Map(data.countries.map((c) => [c.iso3, c])),
    initiatives: new Map(data.initiatives.map((i) => [i.id, i])),
    assistanceTypes: byId(data.assistanceTypes),
  };
}
