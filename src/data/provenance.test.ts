// The provenance lock over the real data (every record's quote found in a stored copy of its sources), and
// the checker's own rules on small inputs, each of which must fail the way a data author would meet it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../build/atlasData.ts';
import { provenanceOf } from '../../build/provenance.ts';
import { checkProvenance, formatFailure, normalise, parseExcerpt } from './provenance.ts';

const dataDir = resolve(import.meta.dirname, '..', '..', 'data');

describe('the real data', () => {
  const files = {
    ...readDataFiles(dataDir),
    'slides.json': JSON.parse(readFileSync(resolve(dataDir, 'slides.json'), 'utf8')) as unknown,
  };
  const report = provenanceOf(dataDir, files);

  it('checks every record that cites a source', () => {
    console.info(`provenance: ${report.checked} cited records checked, ${report.failures.length} failures`);
    const cites = (r: { sourceIds?: unknown }) => Array.isArray(r.sourceIds) && r.sourceIds.length > 0;
    const records = Object.entries(files).flatMap(([file, list]) =>
      (list as { sourceIds?: unknown; positions?: { sourceIds?: unknown }[] }[]).flatMap((r) =>
        file === 'discrepancies.json' ? (r.positions ?? []) : [r],
      ),
    );
    expect(report.checked).toBe(records.filter(cites).length);
    expect(report.checked).toBeGreaterThan(200);
  });

  it('has every quote in a stored copy of its sources, every source stored, every status evidenced', () => {
    expect(report.failures.map(formatFailure)).toEqual([]);
  });
});

const EXCERPT = `---
id: gao-x
title: A report
publisher: GAO
date: July 2012
url: https://www.gao.gov/products/GAO-X
read: 2026-12-07
---

> The Andean countries received “billions”
> in allotments.

> Another passage.
`;

const base = () => ({
  'sources.json': [
    {
      id: 'gao-x',
      kind: 'research',
      title: 'A report',
      publisher: 'GAO',
      date: 'July 2012',
      url: 'https://www.gao.gov/products/GAO-X',
    },
    { id: 'seed', kind: 'seed', title: 'Seed', publisher: 'State', date: 'undated', seedFile: 'seed.txt' },
  ],
  'memberships.json': [] as Record<string, unknown>[],
  'discrepancies.json': [] as Record<string, unknown>[],
});
const run = (files: Record<string, unknown>, excerpts: Record<string, string> = { 'gao-x': EXCERPT }) =>
  checkProvenance({ files, seeds: { 'seed.txt': 'Seed text with  a passage.' }, excerpts, lastYear: 2014 });
const member = (
  id: string,
  status: string,
  firstYear: number,
  lastYear: number | null,
  quote = 'Another passage.',
) => ({
  id,
  country: 'VEN',
  initiative: 'andean',
  status,
  participation: status === 'observer' ? 'observer' : 'programme-funds',
  firstYear,
  lastYear,
  sourceIds: ['gao-x'],
  quote,
});

describe('checkProvenance', () => {
  it('normalises whitespace runs and typographic quotes only', () => {
    expect(normalise('a  “b”\n ‘c’')).toBe(`a "b" 'c'`);
    expect(parseExcerpt(EXCERPT).passages).toEqual([
      'The Andean countries received “billions”\nin allotments.',
      'Another passage.',
    ]);
  });

  it('accepts a quote found across a line break and with straight quotes', () => {
    const files = {
      ...base(),
      'events.json': [{ id: 'e', sourceIds: ['gao-x'], quote: 'received "billions" in allotments' }],
    };
    expect(run(files)).toEqual({ checked: 1, failures: [] });
  });

  it('names file, record, field and source for a quote not found verbatim', () => {
    const files = {
      ...base(),
      'funding.json': [
        { id: 'f', sourceIds: ['gao-x', 'seed'], quotes: ['Seed text with a passage.', 'received billions'] },
      ],
    };
    expect(run(files).failures.map(formatFailure)).toEqual([
      'data/funding.json › f › quotes[1] [gao-x, seed]: quote not found verbatim in the stored copy of gao-x, seed: "received billions"',
    ]);
  });

  it('reports a record citing sources without a quote, and a membership as a status without evidence', () => {
    const files = {
      ...base(),
      'memberships.json': [{ ...member('m', 'partner', 2006, 2011), quote: undefined }],
      'goals.json': [{ id: 'g', sourceIds: ['seed'] }],
    };
    expect(run(files).failures.map((f) => [f.file, f.record, f.field, f.message])).toEqual([
      ['memberships.json', 'm', 'quote', 'status without evidence: cites gao-x but carries no quote'],
      ['goals.json', 'g', 'quote', 'cites seed but carries no quote'],
    ]);
  });

  it('checks discrepancy positions one by one', () => {
    const files = {
      ...base(),
      'discrepancies.json': [
        {
          id: 'd',
          positions: [
            { sourceIds: ['gao-x'], quote: 'Another passage.' },
            { sourceIds: ['seed'], quote: 'not there' },
          ],
        },
      ],
    };
    const { checked, failures } = run(files);
    expect(checked).toBe(2);
    expect(failures.map((f) => `${f.record} ${f.field} ${f.source}`)).toEqual(['d positions[1].quote seed']);
  });

  it('reports a source without a stored copy, a mirror link and an excerpt for no source', () => {
    const files = { ...base() };
    files['sources.json'].push({
      id: 'crs-y',
      kind: 'research',
      title: 'Y',
      publisher: 'CRS',
      date: '2010',
      url: 'https://www.scribd.com/document/1',
    });
    const failures = run(files, { 'gao-x': EXCERPT, stray: EXCERPT.replace('id: gao-x', 'id: stray') }).failures;
    expect(failures.map((f) => `${f.file} ${f.record} ${f.field}`)).toEqual([
      'sources.json crs-y url',
      'sources.json crs-y id',
      'excerpts/stray.md stray id',
    ]);
    expect(failures[1]!.message).toBe('no stored copy: add data/excerpts/crs-y.md');
  });

  it('reports an excerpt missing its header fields or passages', () => {
    const failures = run(base(), { 'gao-x': '---\nid: gao-x\ntitle: T\n---\nno passage\n' }).failures;
    expect(failures.map((f) => f.field)).toEqual(['publisher', 'date', 'url', 'read', 'passages']);
  });

  it("reports an initiative's other name that no source of its records names (title or stored copy)", () => {
    const files = {
      ...base(),
      'memberships.json': [member('m', 'partner', 2006, 2011)],
      'initiatives.json': [
        {
          id: 'andean',
          otherNames: [
            { en: 'Andean countries', es: 'Países andinos' }, // in the excerpt
            { en: 'a REPORT', es: 'Un informe' }, // in the title, any case
            { en: 'Seed text', es: 'Texto semilla' }, // in a source of another initiative's records only
          ],
        },
      ],
      'goals.json': [{ id: 'g', initiative: 'merida', sourceIds: ['seed'], quote: 'Seed text' }],
    };
    expect(run(files).failures.map(formatFailure)).toEqual([
      `data/initiatives.json › andean › otherNames[2]: "Seed text" is not named in the title or stored copy of any source the initiative's records cite`,
    ]);
  });

  it('reports two overlapping memberships that claim differently unless a discrepancy names both', () => {
    const files = {
      ...base(),
      'memberships.json': [
        member('a', 'partner', 2006, 2011),
        member('b', 'observer', 2010, 2011),
        member('c', 'partner', 2012, null),
      ],
    };
    expect(run(files).failures.map((f) => `${f.record} ${f.field}`)).toEqual(['a status']);
    expect(run(files).failures[0]!.message).toContain('VEN in andean 2010–2011 differently from "b"');
    files['discrepancies.json'] = [{ id: 'd', memberships: ['a', 'b'], positions: [] }];
    expect(run(files).failures).toEqual([]);
  });
});
