// The assistance matrix: kinds of assistance (rows) × initiatives (columns). A
// cell is filled when a source says the initiative gives that kind of help.
import {
  INITIATIVE_IDS,
  type Assistance,
  type AssistanceType,
  type AtlasData,
  type InitiativeId,
} from '../../data/types.ts';

export interface Cell {
  type: string;
  initiative: InitiativeId;
  /** The records behind the cell, each with its sources; empty when no source names it. */
  records: Assistance[];
}

export interface MatrixRow {
  type: AssistanceType;
  cells: Cell[];
  /** How many initiatives give this kind of assistance. */
  count: number;
}

export interface Matrix {
  columns: readonly InitiativeId[];
  rows: MatrixRow[];
}

/** Every kind any initiative gives, in the order of data/assistanceTypes.json; a cell per initiative. */
export function deriveMatrix(data: AtlasData): Matrix {
  const byKey = new Map<string, Assistance[]>();
  for (const a of data.assistance) {
    const key = `${a.type}|${a.initiative}`;
    const list = byKey.get(key);
    if (list) list.push(a);
    else byKey.set(key, [a]);
  }
  const rows = data.assistanceTypes
    .map((type) => {
      const cells = INITIATIVE_IDS.map((initiative) => ({
        type: type.id,
        initiative,
        records: byKey.get(`${type.id}|${initiative}`) ?? [],
      }));
      return { type, cells, count: cells.filter((c) => c.records.length > 0).length };
    })
    .filter((r) => r.count > 0);
  return { columns: INITIATIVE_IDS, rows };
}

/** The kinds one initiative gives. */
export function typesOf(matrix: Matrix, initiative: InitiativeId): string[] {
  return matrix.rows
    .filter((r) => r.cells.some((c) => c.initiative === initiative && c.records.length > 0))
    .map((r) => r.type.id);
}
