import { describe, expect, it } from 'vitest';
import { INITIATIVE_IDS } from '../../data/types.ts';
import { realData } from '../testData.ts';
import { deriveMatrix, typesOf } from './derive.ts';

const data = realData();
const matrix = deriveMatrix(data);

describe('deriveMatrix', () => {
  it('has a column per initiative and a row per kind some initiative gives', () => {
    expect(matrix.columns).toEqual(INITIATIVE_IDS);
    const used = new Set(data.assistance.map((a) => a.type));
    expect(matrix.rows.map((r) => r.type.id).sort()).toEqual([...used].sort());
    for (const row of matrix.rows) expect(row.cells.map((c) => c.initiative)).toEqual([...INITIATIVE_IDS]);
  });

  it('places every assistance record in exactly one cell, and nothing else', () => {
    const placed = matrix.rows.flatMap((r) => r.cells.flatMap((c) => c.records));
    expect(placed.length).toBe(data.assistance.length);
    expect(new Set(placed.map((a) => a.id)).size).toBe(data.assistance.length);
    for (const row of matrix.rows)
      for (const c of row.cells)
        for (const a of c.records) expect([a.type, a.initiative]).toEqual([c.type, c.initiative]);
    for (const row of matrix.rows) expect(row.count).toBe(row.cells.filter((c) => c.records.length > 0).length);
  });

  it('gives every filled cell a source that exists', () => {
    const sourceIds = new Set(data.sources.map((s) => s.id));
    for (const row of matrix.rows)
      for (const c of row.cells)
        for (const a of c.records) {
          expect(a.sourceIds.length).toBeGreaterThan(0);
          for (const s of a.sourceIds) expect(sourceIds.has(s), `${a.id} → ${s}`).toBe(true);
        }
  });

  it('knows what CARSI and Colombia give', () => {
    expect(typesOf(matrix, 'carsi')).toEqual(
      expect.arrayContaining(['community-policing', 'gang-prevention', 'vetted-units']),
    );
    expect(typesOf(matrix, 'colombia')).toContain('eradication-alt-development');
    expect(typesOf(matrix, 'carsi').length).toBe(data.assistance.filter((a) => a.initiative === 'carsi').length);
  });
});
