// Words for what the map shows, for people who cannot see it: the sentence a
// screen reader hears on each selection, the map's text alternative, and the
// rows of the table view. Pure, so they are tested without a page.
import { membersOf, partsOf, type AtlasIndex, type Part } from '../data/joins.ts';
import {
  COUNTERPART,
  INITIATIVE_IDS,
  STATUSES,
  type InitiativeId,
  type Iso3,
  type Lang,
  type Status,
} from '../data/types.ts';
import { countLabel, statusLabel, t, tf } from '../i18n/strings.ts';
import { yearSpan } from '../panels/format.ts';

function partPhrase(index: AtlasIndex, lang: Lang, part: Part): string {
  const name = index.initiatives.get(part.initiative)!.name[lang];
  const span = yearSpan(lang, part.membership);
  // "partner since FY2010", but "former partner, FY2008–FY2009".
  const joiner = span.startsWith(t(lang, 'since')) ? ' ' : ', ';
  return `${name}, ${statusLabel(lang, part.status)}${joiner}${span}`;
}

/** "Honduras: Central America Regional Security Initiative, partner since FY2010; Mérida Initiative, former partner, FY2008–FY2009". */
export function countrySentence(index: AtlasIndex, lang: Lang, iso: Iso3, year: number | null): string {
  const country = index.countries.get(iso);
  if (!country) return '';
  const name = country.name[lang];
  if (iso === COUNTERPART) return `${name}: ${t(lang, 'counterpartShort')}`;
  const parts = partsOf(index.memberships, iso, year);
  if (parts.length === 0) return `${name}: ${t(lang, 'inNoInitiative')}`;
  // What the country is part of now comes first; what it left, after.
  const ordered = [...parts].sort((a, b) => Number(a.status === 'former') - Number(b.status === 'former'));
  return `${name}: ${ordered.map((p) => partPhrase(index, lang, p)).join('; ')}`;
}

function countsPhrase(index: AtlasIndex, lang: Lang, id: InitiativeId, year: number | null): string {
  const members = membersOf(index.memberships, id, year);
  const counts = STATUSES.map((s) => [s, members.filter((p) => p.status === s).length] as const).filter(
    ([, n]) => n > 0,
  );
  return counts.length ? counts.map(([s, n]) => countLabel(lang, s, n)).join(', ') : t(lang, 'noMembers');
}

/** "Caribbean Basin Security Initiative: 13 partners, 1 observer". */
export function initiativeSentence(index: AtlasIndex, lang: Lang, id: InitiativeId, year: number | null): string {
  return `${index.initiatives.get(id)!.name[lang]}: ${countsPhrase(index, lang, id, year)}`;
}

/** The map's text alternative: what it colours, initiative by initiative, for the year shown. */
export function mapSummary(index: AtlasIndex, lang: Lang, year: number | null): string {
  const when = year === null ? t(lang, 'summaryAllYears') : tf(lang, 'summaryYear', { year });
  const lines = INITIATIVE_IDS.map(
    (id) => `${index.initiatives.get(id)!.shortName[lang]}: ${countsPhrase(index, lang, id, year)}`,
  );
  return `${when} ${lines.join('; ')}.`;
}

export interface TableRow {
  iso: Iso3;
  name: string;
  statuses: Record<InitiativeId, Status | null>;
  /** How many initiatives the country is (or was) part of. */
  count: number;
}

export function tableRows(index: AtlasIndex, lang: Lang, year: number | null): TableRow[] {
  return index.data.countries.map((c) => {
    const statuses = Object.fromEntries(INITIATIVE_IDS.map((id) => [id, null])) as Record<InitiativeId, Status | null>;
    const parts = partsOf(index.memberships, c.iso3, year);
    for (const p of parts) statuses[p.initiative] = p.status;
    return { iso: c.iso3, name: c.name[lang], statuses, count: parts.length };
  });
}

export type SortKey = 'name' | 'count' | InitiativeId;
export type SortDirection = 'ascending' | 'descending';

/** Partners first, then observers, then former partners, then the rest. */
const STATUS_RANK: Record<Status, number> = { partner: 0, observer: 1, former: 2 };

/** Sorted copy; ties fall back to the name, always A→Z, so the order is stable and predictable. */
export function sortRows(rows: readonly TableRow[], key: SortKey, direction: SortDirection, lang: Lang): TableRow[] {
  const collator = new Intl.Collator(lang);
  const sign = direction === 'ascending' ? 1 : -1;
  const value = (r: TableRow): number => {
    if (key === 'count') return r.count;
    if (key === 'name') return 0;
    const s = r.statuses[key];
    return s === null ? 3 : STATUS_RANK[s];
  };
  return [...rows].sort((a, b) => {
    if (key === 'name') return sign * collator.compare(a.name, b.name);
    return sign * (value(a) - value(b)) || collator.compare(a.name, b.name);
  });
}
