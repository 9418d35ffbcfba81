// Stateless SVG: one bar per fiscal year, one segment per record, each a link to
// its source; the total printed above the bar.
import { tipEvents } from '../chart/ChartTip.tsx';
import type { Account } from '../../data/types.ts';
import type { Bar, Segment } from './derive.ts';

export interface PlacedBar {
  bar: Bar;
  x: number;
  width: number;
  label: string;
  /** Where the year and the total are centred: over the bar, moved in where they would leave the chart. */
  labelX: number;
  totalText: string;
  totalX: number;
  segments: { segment: Segment; y: number; height: number; color: string; label: string }[];
}

/** A year in the chart's span with no single-year figure: its place is kept and marked, never drawn as zero. */
export interface PlacedGap {
  fy: number;
  x: number;
  width: number;
  label: string;
  labelX: number;
}

export function FundingBars({
  width,
  height,
  plotLeft,
  bars,
  gaps,
  ticks,
  baseline,
  onTip,
  describedBy,
  selectedFy,
}: {
  /** Where the plot starts, right of the axis labels, CSS pixels. */
  plotLeft: number;
  /** The map's year: its bar stands out, the others recede. */
  selectedFy: number | null;
  width: number;
  height: number;
  bars: PlacedBar[];
  gaps: PlacedGap[];
  ticks: { y: number; text: string }[];
  baseline: number;
  onTip(key: string | null): void;
  describedBy: string;
}) {
  return (
    <svg className="funding-bars" width={width} height={height} role="group" aria-describedby={describedBy}>
      <g className="axis" aria-hidden="true">
        {ticks.map((t) => (
          <g key={t.text} transform={`translate(0,${t.y})`}>
            <line x1={plotLeft} x2={width} className="gridline" />
            <text x={0} y={0} dy="0.35em" className="tick">
              {t.text}
            </text>
          </g>
        ))}
      </g>
      {bars.map((b) => (
        <g
          key={b.bar.fy}
          className={selectedFy !== null && selectedFy !== b.bar.fy ? 'bar is-other-year' : 'bar'}
          data-fy={b.bar.fy}
          data-total={b.bar.total}
        >
          {b.segments.map(({ segment, y, height: h, color, label }) => (
            <a
              key={segment.record.id}
              href={`#src-${segment.record.sourceIds[0]}`}
              className="segment"
              data-record={segment.record.id}
              data-account={segment.account satisfies Account}
              data-amount={segment.record.amountUsd}
              aria-label={label}
              {...tipEvents(segment.record.id, onTip)}
            >
              <rect x={b.x} y={y} width={b.width} height={Math.max(h, 1)} fill={color} />
            </a>
          ))}
          {/* Thinned labels (FundingChart: they would run together) are left out; each bar's name says it all. */}
          {b.totalText && (
            <text
              x={b.totalX}
              y={b.segments.at(-1)!.y}
              dy="-0.35em"
              textAnchor="middle"
              className="bar-total"
              aria-hidden="true"
            >
              {b.totalText}
            </text>
          )}
          {b.label && (
            <text x={b.labelX} y={baseline} dy="1.2em" textAnchor="middle" className="bar-label" aria-hidden="true">
              {b.label}
            </text>
          )}
        </g>
      ))}
      {/* The summary names the gaps for a screen reader; here they are a dashed stub above the baseline. */}
      {gaps.map((g) => (
        <g key={g.fy} className="gap" data-fy={g.fy} aria-hidden="true">
          <line x1={g.x} x2={g.x + g.width} y1={baseline - 4} y2={baseline - 4} className="gap-mark" />
          {g.label && (
            <text x={g.labelX} y={baseline} dy="1.2em" textAnchor="middle" className="bar-label">
              {g.label}
            </text>
          )}
        </g>
      ))}
      <line x1={0} x2={width} y1={baseline} y2={baseline} className="baseline" aria-hidden="true" />
    </svg>
  );
}
