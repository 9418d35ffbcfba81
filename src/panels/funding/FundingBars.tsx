// Stateless SVG: one bar per fiscal year, one segment per record, each a link to
// its source; the total printed above the bar.
import type { Account } from '../../data/types.ts';
import type { Bar, Segment } from './derive.ts';

export interface PlacedBar {
  bar: Bar;
  x: number;
  width: number;
  label: string;
  totalText: string;
  segments: { segment: Segment; y: number; height: number; color: string; label: string }[];
}

export function FundingBars({ width, height, bars, ticks, baseline, onTip, describedBy, selectedFy }: {
  /** The map's year: its bar stands out, the others recede. */
  selectedFy: number | null;
  width: number;
  height: number;
  bars: PlacedBar[];
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
            <line x1={0} x2={width} className="gridline" />
            <text x={0} y={4} className="tick">{t.text}</text>
          </g>
        ))}
      </g>
      {bars.map((b) => (
        <g key={b.bar.fy} className={selectedFy !== null && selectedFy !== b.bar.fy ? 'bar is-other-year' : 'bar'} data-fy={b.bar.fy} data-total={b.bar.total}>
          {b.segments.map(({ segment, y, height: h, color, label }) => (
            <a
              key={segment.record.id}
              href={`#src-${segment.record.sourceIds[0]}`}
              className="segment"
              data-record={segment.record.id}
              data-account={segment.account satisfies Account}
              data-amount={segment.record.amountUsd}
              aria-label={label}
              onMouseEnter={() => onTip(segment.record.id)}
              onMouseLeave={() => onTip(null)}
              onFocus={() => onTip(segment.record.id)}
              onBlur={() => onTip(null)}
            >
              <rect x={b.x} y={y} width={b.width} height={Math.max(h, 1)} fill={color} />
            </a>
          ))}
          <text x={b.x + b.width / 2} y={b.segments.at(-1)!.y - 4} textAnchor="middle" className="bar-total" aria-hidden="true">
            {b.totalText}
          </text>
          <text x={b.x + b.width / 2} y={baseline + 16} textAnchor="middle" className="bar-label" aria-hidden="true">
            {b.label}
          </text>
        </g>
      ))}
      <line x1={0} x2={width} y1={baseline} y2={baseline} className="baseline" aria-hidden="true" />
    </svg>
  );
}
