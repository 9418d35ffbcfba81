// The current view's records as one table: the rows a reader downloads as CSV
// or JSON. One row per thing the view lists (a member of an initiative, a
// country's membership record, a country of the overview, an initiative of the
// comparison), each with the ids of its sources and the quotes that support it.
// Pure: no DOM, no download; tested on the real data.
import { membersOf, partsOf, type AtlasIndex } from '../data/joins.ts';
import { INITIATIVE_IDS, type Cited, type InitiativeId, type Iso3, type Lang } from '../data/types.ts';
import { deriveCompare } from '../panels/compare/derive.ts';

/** What decides the table: the selection, the year and which view is open. */
export interface DataView {
  country: Iso3 | null;
  initiative: InitiativeId | null;
  year: number | null;
  view: 'map' | 'table';
  panel: string;
  lang: Lang;
}

export type Cell = string | number | null;

export interface DataRow {
  cells: Record<string, Cell>;
  sourceIds: string[];
  quotes: string[];
}

export interface DataTable {
  /** For file names: "initiative-carsi", "country-hnd-2012", "overview", "comparison". */
  name: string;
  /** Column names, in order, without the trailing `sources` and `quotes` every table has. */
  columns: string[];
  rows: DataRow[];
}

/** A record's quotes, from either field: the data carries `quote` (one) or `quotes` (several). */
export function quotesOf(record: Cited): string[] {
  const { quote, quotes } = record as Cited & { quotes?: unknown };
  const list = Array.isArray(quotes) ? quotes.filter((q): q is string => typeof q === 'string') : [];
  return typeof quote === 'string' ? [quote, ...list] : list;
}

/** Several records as one row's provenance: their source ids and quotes, each once, in order. */
export function provenance(records: Cited[]): Pick<DataRow, 'sourceIds' | 'quotes'> {
  return {
    sourceIds: [...new Set(records.flatMap((r) => r.sourceIds))],
    quotes: [...new Set(records.flatMap(quotesOf))],
  };
}

const suffix = (year: number | null) => (year === null ? '' : `-${year}`);

function initiativeTable(index: AtlasIndex, v: DataView, id: InitiativeId): DataTable {
  const collator = new Intl.Collator(v.lang);
  const name = (iso: Iso3) => index.countries.get(iso)?.name[v.lang] ?? iso;
  const members = membersOf(index.memberships, id, v.year).sort((a, b) =>
    collator.compare(name(a.membership.country), name(b.membership.country)),
  );
  return {
    name: `initiative-${id}${suffix(v.year)}`,
    columns: ['initiative', 'iso3', 'country', 'status', 'year', 'first_year', 'last_year', 'basis', 'note'],
    rows: members.map(({ membership: m, status }) => ({
      cells: {
        initiative: id,
        iso3: m.country,
        country: name(m.country),
        status,
        year: v.year,
        first_year: m.firstYear,
        last_year: m.lastYear,
        basis: m.basis,
        note: m.note[v.lang],
      },
      ...provenance([m]),
    })),
  };
}

function countryTable(index: AtlasIndex, v: DataView, iso: Iso3): DataTable {
  const country = index.countries.get(iso);
  const byInitiative = index.memberships.get(iso);
  const statusNow = new Map(partsOf(index.memberships, iso, v.year).map((p) => [p.initiative, p.status]));
  const rows: DataRow[] = [];
  for (const id of INITIATIVE_IDS) {
    for (const m of byInitiative?.get(id) ?? []) {
      rows.push({
        cells: {
          iso3: iso,
          country: country?.name[v.lang] ?? iso,
          initiative: id,
          record: m.id,
          record_status: m.status,
          first_year: m.firstYear,
          last_year: m.lastYear,
          basis: m.basis,
          year: v.year,
          status_in_year: statusNow.get(id) ?? null,
          note: m.note[v.lang],
        },
        ...provenance([m]),
      });
    }
  }
  return {
    name: `country-${iso.toLowerCase()}${suffix(v.year)}`,
    columns: [
      'iso3',
      'country',
      'initiative',
      'record',
      'record_status',
      'first_year',
      'last_year',
      'basis',
      'year',
      'status_in_year',
      'note',
    ],
    rows,
  };
}

/** Every country, its status in each initiative for the year (the table view, and the map with nothing selected). */
function overviewTable(index: AtlasIndex, v: DataView): DataTable {
  const collator = new Intl.Collator(v.lang);
  const countries = [...index.data.countries].sort((a, b) => collator.compare(a.name[v.lang], b.name[v.lang]));
  return {
    name: `overview${suffix(v.year)}`,
    columns: ['iso3', 'country', 'year', ...INITIATIVE_IDS],
    rows: countries.map((c) => {
      const parts = partsOf(index.memberships, c.iso3, v.year);
      const cells: Record<string, Cell> = { iso3: c.iso3, country: c.name[v.lang], year: v.year };
      for (const id of INITIATIVE_IDS) cells[id] = parts.find((p) => p.initiative === id)?.status ?? null;
      return { cells, ...provenance(parts.map((p) => p.membership)) };
    }),
  };
}

function comparisonTable(index: AtlasIndex, v: DataView): DataTable {
  return {
    name: `comparison${suffix(v.year)}`,
    columns: [
      'initiative',
      'name',
      'year',
      'partners',
      'observers',
      'former',
      'goals',
      'assistance_types',
      'first_year',
      'last_year',
    ],
    rows: deriveCompare(index.data, index.memberships, v.year).map((row) => ({
      cells: {
        initiative: row.initiative,
        name: index.initiatives.get(row.initiative)?.name[v.lang] ?? row.initiative,
        year: v.year,
        partners: row.partners,
        observers: row.observers,
        former: row.former,
        goals: row.goals,
        assistance_types: row.assistanceTypes.join(' '),
        first_year: row.firstYear,
        last_year: row.lastYear,
      },
      ...provenance(row.records),
    })),
  };
}

/** The table for what the reader is looking at: the comparison when it is open, else the selection, else every country. */
export function viewTable(index: AtlasIndex, v: DataView): DataTable {
  if (v.panel === 'compare') return comparisonTable(index, v);
  if (v.country) return countryTable(index, v, v.country);
  if (v.initiative) return initiativeTable(index, v, v.initiative);
  return overviewTable(index, v);
}
