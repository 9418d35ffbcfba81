import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { realIndex } from '../data/realData.ts';
import { membersOf } from '../data/joins.ts';
import { BOM, sourcesCsv, storedCopyPath, tableCsv, tableJson, tableSources } from './files.ts';
import { quotesOf, viewTable, type DataView } from './table.ts';
import { viewLabel } from './viewLabel.ts';

const index = realIndex();
const base: DataView = { country: null, initiative: null, year: null, view: 'map', panel: 'details', lang: 'en' };
const parse = (csv: string) => {
  expect(csv.startsWith(BOM)).toBe(true);
  return csvParse(csv.slice(BOM.length));
};

describe('the table of a view', () => {
  it('lists every member of an initiative, one row each, with sources and quotes', () => {
    const table = viewTable(index, { ...base, initiative: 'carsi' });
    const rows = parse(tableCsv(table));
    expect(rows.columns).toContain('sources');
    expect(rows.columns.at(-2)).toBe('sources');
    const members = membersOf(index.memberships, 'carsi', null);
    expect(members.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.iso3).sort()).toEqual(members.map((m) => m.membership.country).sort());
    for (const row of rows) {
      expect(row.sources, row.iso3).toMatch(/^\S+( \S+)*$/);
      for (const id of row.sources!.split(' ')) expect(index.sources.has(id), id).toBe(true);
    }
    expect(table.name).toBe('initiative-carsi');
  });

  it('gives a country its membership records, and the year it is seen in', () => {
    const table = viewTable(index, { ...base, country: 'HND', year: 2012, lang: 'es' });
    expect(table.name).toBe('country-hnd-2012');
    const rows = parse(tableCsv(table));
    expect(rows.length).toBe([...index.memberships.get('HND')!.values()].flat().length);
    expect(rows.every((r) => r.country === 'Honduras' && r.year === '2012')).toBe(true);
    expect(rows.some((r) => r.initiative === 'carsi' && r.status_in_year === 'partner')).toBe(true);
  });

  it('lists every country with its status per initiative when nothing is selected, and the initiatives in the comparison', () => {
    const overview = parse(tableCsv(viewTable(index, { ...base, year: 2010 })));
    expect(overview.length).toBe(index.data.countries.length);
    expect(overview.columns).toEqual([
      'iso3',
      'country',
      'year',
      'merida',
      'carsi',
      'cbsi',
      'colombia',
      'andean',
      'sources',
      'quotes',
    ]);
    expect(overview.find((r) => r.iso3 === 'MEX')?.merida).toBe('partner');
    const comparison = parse(tableCsv(viewTable(index, { ...base, panel: 'compare', country: 'HND' })));
    expect(comparison.map((r) => r.initiative)).toEqual(['merida', 'carsi', 'cbsi', 'colombia', 'andean']);
  });

  it('keeps commas, quotation marks and line breaks inside their cells', () => {
    const table = {
      name: 'x',
      columns: ['note'],
      rows: [{ cells: { note: 'a, "b"\nc' }, sourceIds: ['s1', 's2'], quotes: ['q, 1', 'q "2"'] }],
    };
    const [row] = parse(tableCsv(table));
    expect(row).toEqual({ note: 'a, "b"\nc', sources: 's1 s2', quotes: 'q, 1 | q "2"' });
  });
});

describe('the sources beside the data', () => {
  it('names each cited source once, with its details and a link to the stored copy', () => {
    const table = viewTable(index, { ...base, initiative: 'carsi' });
    const sources = tableSources(index, table);
    const ids = sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual([...new Set(table.rows.flatMap((r) => r.sourceIds))].sort());
    for (const s of sources) expect(s.title, s.id).not.toBe('');
    const seed = index.data.sources.find((s) => s.seedFile)!;
    expect(storedCopyPath(seed)).toBe(`sources/${seed.seedFile}`);
    const researched = index.data.sources.find((s) => !s.seedFile)!;
    expect(storedCopyPath(researched, new Set())).toBeNull();
    expect(storedCopyPath(researched, new Set([researched.id]))).toBe(`excerpts/${researched.id}.md`);
    const csv = parse(sourcesCsv(sources));
    expect(csv.columns).toEqual(['id', 'title', 'publisher', 'date', 'url', 'docNumber', 'storedCopy']);
  });

  it('puts rows, sources and where they came from in one JSON document', () => {
    const table = viewTable(index, { ...base, initiative: 'carsi' });
    const about = {
      atlas: 'Hemisphere Atlas',
      version: '0.1.0+data.2026-12-07',
      url: 'https://x.test/?initiative=carsi',
      accessed: '2026-12-07',
      lang: 'en',
    };
    const doc = JSON.parse(tableJson(table, tableSources(index, table), about));
    expect(doc.version).toBe(about.version);
    expect(doc.rows.length).toBe(table.rows.length);
    expect(Array.isArray(doc.rows[0].sources)).toBe(true);
    expect(doc.sources.length).toBeGreaterThan(0);
  });

  it('reads quotes from either field', () => {
    expect(quotesOf({ sourceIds: [], quote: 'a' })).toEqual(['a']);
    expect(quotesOf({ sourceIds: [], quotes: ['a', 'b'] } as never)).toEqual(['a', 'b']);
    expect(quotesOf({ sourceIds: [] })).toEqual([]);
  });
});

describe('the view in words', () => {
  it('says what is selected and the year, in the page language', () => {
    expect(viewLabel(index, 'en', { ...base, country: 'MEX', year: 2012 })).toBe('Mexico, 2012');
    expect(viewLabel(index, 'es', { ...base, country: 'MEX' })).toBe('México, todos los años');
    expect(viewLabel(index, 'en', { ...base, panel: 'compare' })).toBe('Comparison of the initiatives, all years');
  });
});
