// The downloads themselves, from a view's table: the data as CSV, its sources
// as CSV, and both as one JSON document. CSV through d3-dsv, which quotes
// fields with commas, quotes and line breaks (notes and quotes have all three)
// the way RFC 4180 and spreadsheets expect. Pure: strings in, strings out.
import { csvFormat } from 'd3-dsv';
import type { AtlasIndex } from '../data/joins.ts';
import type { Source } from '../data/types.ts';
import type { DataTable } from './table.ts';
import { EXCERPT_IDS } from './version.ts';

/**
 * Excel opens a CSV without a byte-order mark as the system's code page, turning "México" into "MÃ©xico"; with
 * it, Excel reads UTF-8, and other tools (pandas, R, LibreOffice) skip it.
 */
export const BOM = '\uFEFF';
/** Between several ids or quotes in one CSV cell: ids never hold a space; quotes never hold " | ". */
export const ID_SEPARATOR = ' ';
export const QUOTE_SEPARATOR = ' | ';

/** Where a source's stored copy ships, relative to the atlas's page, if it has one. */
export function storedCopyPath(source: Source, excerpts: ReadonlySet<string> = EXCERPT_IDS): string | null {
  // Seeds are copied into dist/sources/ from public/sources/; the other sources' excerpts (data/excerpts/) into
  // dist/excerpts/ by the build.
  if (source.seedFile) return `sources/${source.seedFile}`;
  if (excerpts.has(source.id)) return `excerpts/${source.id}.md`;
  return null;
}

export interface SourceOut {
  id: string;
  title: string;
  publisher: string;
  date: string;
  url: string | null;
  docNumber: string | null;
  /** Relative to the atlas's page: resolve it against the atlas's address. */
  storedCopy: string | null;
}

/** The sources a table's rows cite, in the order they are first cited. An id the data does not know is kept, marked. */
export function tableSources(index: AtlasIndex, table: DataTable): SourceOut[] {
  const ids = [...new Set(table.rows.flatMap((r) => r.sourceIds))];
  return ids.map((id) => {
    const s = index.sources.get(id);
    if (!s) return { id, title: '', publisher: '', date: '', url: null, docNumber: null, storedCopy: null };
    return {
      id,
      title: s.title,
      publisher: s.publisher,
      date: s.date,
      url: s.url ?? null,
      docNumber: s.docNumber ?? null,
      storedCopy: storedCopyPath(s),
    };
  });
}

export function tableCsv(table: DataTable): string {
  const rows = table.rows.map((r) => ({
    ...r.cells,
    sources: r.sourceIds.join(ID_SEPARATOR),
    quotes: r.quotes.join(QUOTE_SEPARATOR),
  }));
  const columns: string[] = [...table.columns, 'sources', 'quotes'];
  return BOM + csvFormat(rows as Record<string, unknown>[], columns);
}

export function sourcesCsv(sources: SourceOut[]): string {
  const columns: (keyof SourceOut)[] = ['id', 'title', 'publisher', 'date', 'url', 'docNumber', 'storedCopy'];
  return BOM + csvFormat(sources, columns);
}

/** What the JSON says about where it came from: the same facts a citation gives. */
export interface Provenance {
  atlas: string;
  version: string;
  /** The view's address. */
  url: string;
  /** ISO date the file was made. */
  accessed: string;
  lang: string;
}

export function tableJson(table: DataTable, sources: SourceOut[], about: Provenance): string {
  const document = {
    ...about,
    view: table.name,
    columns: [...table.columns, 'sources', 'quotes'],
    rows: table.rows.map((r) => ({ ...r.cells, sources: r.sourceIds, quotes: r.quotes })),
    sources,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
