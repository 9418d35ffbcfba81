// Layout for the assistance matrix: measures its box, gives the row labels the
// room they need (wrapping long ones), and a band per initiative column.
import '../../styles/charts.css';
import { scaleBand } from 'd3-scale';
import { useMemo, useState } from 'react';
import { useAtlasData } from '../../state/atlasContext.ts';
import type { AtlasIndex } from '../../data/joins.ts';
import type { InitiativeId, Lang } from '../../data/types.ts';
import { tf } from '../../i18n/strings.ts';
import { INITIATIVE_COLORS, INITIATIVE_INK } from '../../map/palette.ts';
import { ChartFrame } from '../chart/ChartFrame.tsx';
import { wrap } from '../chart/wrap.ts';
import { ChartTip, type TipAt } from '../chart/ChartTip.tsx';
import { charWidth } from '../chart/ticks.ts';
import { useMeasure, type ChartBox } from '../chart/useMeasure.ts';
import { Cite, citationText } from '../Citations.tsx';
import { useT } from '../sections.tsx';
import { deriveMatrix, typesOf, type Matrix } from './derive.ts';
import { MatrixGrid, type PlacedColumn, type PlacedRow } from './MatrixGrid.tsx';

/** Spacing at the 12 px base size, CSS pixels; the layout multiplies it by the chart's type scale (useMeasure). */
/** Header height: room for the initiative names, level or slanted when the columns are narrow. */
const HEADER = 30;
const HEADER_SLANTED = 64;
/** Room kept right of the last column for its slanted name, CSS pixels. */
const SLANT_RIGHT = 34;
const LINE = 15;
const ROW_PAD = 8;

export function AssistanceMatrix({ highlight }: { highlight: readonly InitiativeId[] }) {
  const { index } = useAtlasData();
  const { lang } = useT();
  const matrix = useMemo(() => deriveMatrix(index.data), [index]);
  const [ref, width, box] = useMeasure<HTMLDivElement>();
  const [active, setActive] = useState<string | null>(null);

  const layout = useMemo(
    () => placeMatrix(matrix, width, box, lang, highlight, index),
    [matrix, width, box, lang, highlight, index],
  );

  const tip = tipFor(layout.rows, active, index, lang);

  const names = highlight.map((id) => index.initiatives.get(id)!.shortName[lang]);
  const summary = summaryOf(lang, matrix, names, highlight);
  return (
    <ChartFrame
      panel="assistance"
      title={tf(lang, 'assistanceTitle', {})}
      summary={<span id="assistance-summary">{summary}</span>}
      table={<MatrixTable matrix={matrix} />}
    >
      <div ref={ref} className="chart-box">
        <MatrixGrid
          width={width}
          height={layout.height}
          headerHeight={layout.headerHeight}
          slanted={layout.slanted}
          labelWidth={layout.labelWidth}
          cellSize={layout.cellSize}
          columnWidth={layout.columnWidth}
          columns={layout.columns}
          rows={layout.rows}
          onTip={setActive}
          describedBy="assistance-summary"
        />
        <ChartTip tip={tip} width={width} />
      </div>
    </ChartFrame>
  );
}

/** Places the columns and rows for a box `width` wide: the scales, label wrapping and row heights. */
function placeMatrix(
  matrix: Matrix,
  width: number,
  { k, fontPx, fontFamily }: ChartBox,
  lang: Lang,
  highlight: readonly InitiativeId[],
  index: AtlasIndex,
) {
  const charPx = charWidth(`${fontPx}px ${fontFamily}`, fontPx);
  const labelWidth = Math.round(Math.min(Math.max(width * 0.46, 140), 300 * k));
  const x0 = scaleBand<InitiativeId>()
    .domain(matrix.columns)
    .range([labelWidth + 4, width])
    .padding(0.1);
  // Slant the names when the longest would not fit its column, and keep room on the right for the last one.
  const slanted =
    Math.max(...matrix.columns.map((id) => index.initiatives.get(id)!.shortName[lang].length)) * charPx * 1.05 >
    x0.bandwidth();
  const x = slanted ? x0.copy().range([labelWidth + 4, width - SLANT_RIGHT * k]) : x0;
  const cellSize = Math.max(12, Math.min(x.bandwidth() * 0.6, 22 * k));
  const maxChars = Math.max(8, Math.floor((labelWidth - 4) / charPx));
  const columns: PlacedColumn[] = matrix.columns.map((id) => ({
    initiative: id,
    x: x(id)! + x.bandwidth() / 2,
    label: index.initiatives.get(id)!.shortName[lang],
    color: INITIATIVE_COLORS[id],
    ink: INITIATIVE_INK[id],
    highlighted: highlight.includes(id),
  }));
  const headerHeight = (slanted ? HEADER_SLANTED : HEADER) * k;
  let y = headerHeight;
  const rows: PlacedRow[] = matrix.rows.map((row) => {
    const lines = wrap(row.type.label[lang], maxChars);
    const height = Math.max(cellSize + ROW_PAD * k, (lines.length * LINE + ROW_PAD) * k);
    const placed: PlacedRow = {
      id: row.type.id,
      y,
      height,
      lines,
      cells: row.cells.map((cell) => ({
        cell,
        x: x(cell.initiative)! + x.bandwidth() / 2,
        label: cellLabel(
          lang,
          row.type.label[lang],
          index.initiatives.get(cell.initiative)!.shortName[lang],
          cell.records,
        ),
      })),
    };
    y += height;
    return placed;
  });
  return {
    labelWidth,
    cellSize,
    columnWidth: x.bandwidth() + x.step() * x.paddingInner(),
    columns,
    rows,
    height: y + 4,
    headerHeight,
    slanted,
  };
}

/** The tooltip for the hovered or focused cell, placed under it. */
function tipFor(rows: PlacedRow[], active: string | null, index: AtlasIndex, lang: Lang): TipAt | null {
  for (const r of rows)
    for (const c of r.cells)
      if (`${c.cell.type}|${c.cell.initiative}` === active) {
        const records = c.cell.records;
        const source = index.sources.get(records[0]!.sourceIds[0]!);
        return {
          x: c.x,
          y: r.y + r.height,
          content: (
            <>
              <strong>{c.label.split(' · ')[0]}</strong>
              {records.map((a) => (
                <span key={a.id}>{a.detail[lang]}</span>
              ))}
              {source && <span className="muted">{citationText(source)}</span>}
            </>
          ),
        };
      }
  return null;
}

function cellLabel(lang: Lang, type: string, initiative: string, records: { detail: Record<Lang, string> }[]): string {
  return [`${initiative}: ${type}`, ...records.map((r) => r.detail[lang])].join(' · ');
}

function summaryOf(lang: Lang, matrix: Matrix, names: string[], highlight: readonly InitiativeId[]): string {
  const all = tf(lang, 'assistanceSummary', {
    kinds: matrix.rows.length,
    shared: matrix.rows.filter((r) => r.count >= 3).length,
  });
  if (highlight.length === 0) return all;
  const counts = highlight.map((id, i) => `${names[i]}: ${typesOf(matrix, id).length}`).join('; ');
  return `${all} ${tf(lang, 'assistanceHighlight', { counts })}`;
}

function MatrixTable({ matrix }: { matrix: Matrix }) {
  const { index } = useAtlasData();
  const { lang, t } = useT();
  return (
    <table className="data-table">
      <thead>
        <tr>
          <th scope="col">{t('assistance')}</th>
          {matrix.columns.map((id) => (
            <th key={id} scope="col">
              {index.initiatives.get(id)!.shortName[lang]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {matrix.rows.map((row) => (
          <tr key={row.type.id}>
            <th scope="row">{row.type.label[lang]}</th>
            {row.cells.map((c) => (
              <td key={c.initiative}>
                {c.records.length === 0 ? (
                  <span aria-label={t('notNamed')}>—</span>
                ) : (
                  c.records.map((a) => (
                    <span key={a.id}>
                      {a.detail[lang]}
                      <Cite record={a} />
                    </span>
                  ))
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
