// Stateless SVG: kinds of assistance down the side, initiatives across the top,
// a filled square where a source names that help; each square links to its source.
import { tipEvents } from '../chart/ChartTip.tsx';
import type { InitiativeId } from '../../data/types.ts';
import type { Cell } from './derive.ts';

export interface PlacedColumn {
  initiative: InitiativeId;
  x: number;
  label: string;
  color: string;
  ink: string;
  highlighted: boolean;
}

export interface PlacedRow {
  id: string;
  y: number;
  height: number;
  lines: string[];
  cells: { cell: Cell; x: number; label: string }[];
}

export function MatrixGrid({
  width,
  height,
  headerHeight,
  slanted,
  labelWidth,
  cellSize,
  columnWidth,
  columns,
  rows,
  onTip,
  describedBy,
}: {
  width: number;
  height: number;
  headerHeight: number;
  /** Initiative names at an angle, for narrow columns. */
  slanted: boolean;
  labelWidth: number;
  cellSize: number;
  columnWidth: number;
  columns: PlacedColumn[];
  rows: PlacedRow[];
  onTip(key: string | null): void;
  describedBy: string;
}) {
  const anyHighlighted = columns.some((c) => c.highlighted);
  const colorOf = new Map(columns.map((c) => [c.initiative, c]));
  return (
    <svg className="assistance-matrix" width={width} height={height} role="group" aria-describedby={describedBy}>
      {columns.map((c) => (
        <g key={c.initiative} data-column={c.initiative} data-highlighted={c.highlighted} aria-hidden="true">
          {c.highlighted && (
            <rect
              className="column-band"
              x={c.x - columnWidth / 2}
              y={0}
              width={columnWidth}
              height={height}
              fill={c.color}
            />
          )}
          <text
            x={c.x}
            y={headerHeight}
            dy="-0.6em"
            textAnchor={slanted ? 'start' : 'middle'}
            transform={slanted ? `rotate(-35 ${c.x} ${headerHeight})` : undefined}
            className={c.highlighted ? 'column-label is-highlighted' : 'column-label'}
            fill={c.ink}
          >
            {c.label}
          </text>
        </g>
      ))}
      {rows.map((r, i) => (
        <g key={r.id} className="matrix-row" data-type={r.id}>
          {i % 2 === 0 && (
            <rect className="row-band" x={0} y={r.y} width={width} height={r.height} aria-hidden="true" />
          )}
          {/* Centred on the row: the first line half a line above the middle for every line after it (1.15em each). */}
          <text x={0} y={r.y + r.height / 2} className="row-label" aria-hidden="true">
            {r.lines.map((line, j) => (
              <tspan key={j} x={0} dy={j === 0 ? `${0.35 - (r.lines.length - 1) * 0.575}em` : '1.15em'}>
                {line}
              </tspan>
            ))}
          </text>
          {r.cells.map(({ cell, x, label }) => {
            const col = colorOf.get(cell.initiative)!;
            const dim = anyHighlighted && !col.highlighted;
            const cy = r.y + (r.height - cellSize) / 2;
            if (cell.records.length === 0)
              return (
                <rect
                  key={cell.initiative}
                  x={x - cellSize / 2 + cellSize * 0.3}
                  y={cy + cellSize * 0.3}
                  width={cellSize * 0.4}
                  height={cellSize * 0.4}
                  className="cell-empty"
                  aria-hidden="true"
                />
              );
            const key = `${cell.type}|${cell.initiative}`;
            return (
              <a
                key={cell.initiative}
                href={`#src-${cell.records[0]!.sourceIds[0]}`}
                className={dim ? 'cell is-dim' : 'cell'}
                data-cell-initiative={cell.initiative}
                data-type={cell.type}
                aria-label={label}
                {...tipEvents(key, onTip)}
              >
                <rect
                  x={x - cellSize / 2}
                  y={cy}
                  width={cellSize}
                  height={cellSize}
                  rx={3}
                  fill={col.color}
                  stroke={col.ink}
                />
              </a>
            );
          })}
        </g>
      ))}
      <line x1={labelWidth} x2={labelWidth} y1={0} y2={height} className="matrix-divider" aria-hidden="true" />
    </svg>
  );
}
