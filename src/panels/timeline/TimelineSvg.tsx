// Stateless SVG: a vertical time axis with a dot at each event's date, and the
// events' words in rows beside it, joined to their dots. Each row links to its source.
import { tipEvents } from '../chart/ChartTip.tsx';
export interface PlacedEvent {
  id: string;
  dotY: number;
  rowY: number;
  rowHeight: number;
  anchorY: number;
  lines: string[];
  /** The date and initiative, wrapped like the text. */
  dateLines: string[];
  dateText: string;
  color: string;
  ink: string;
  highlighted: boolean;
  inYear: boolean;
  href: string;
  label: string;
}

export function TimelineSvg({
  width,
  height,
  axisX,
  textX,
  ticks,
  yearBand,
  events,
  onTip,
  describedBy,
}: {
  width: number;
  height: number;
  axisX: number;
  textX: number;
  ticks: { y: number; text: string }[];
  /** The map's year on the axis, when one is chosen. */
  yearBand: { y: number; height: number } | null;
  events: PlacedEvent[];
  onTip(id: string | null): void;
  describedBy: string;
}) {
  return (
    <svg className="timeline" width={width} height={height} role="group" aria-describedby={describedBy}>
      {yearBand && (
        <rect className="year-band" x={0} y={yearBand.y} width={width} height={yearBand.height} aria-hidden="true" />
      )}
      <line x1={axisX} x2={axisX} y1={0} y2={height} className="axis-line" aria-hidden="true" />
      {ticks.map((t) => (
        <g key={t.text} aria-hidden="true">
          <line x1={axisX - 4} x2={axisX} y1={t.y} y2={t.y} className="axis-line" />
          <text x={axisX - 8} y={t.y} dy="0.35em" textAnchor="end" className="tick">
            {t.text}
          </text>
        </g>
      ))}
      {events.map((e) => (
        <a
          key={e.id}
          href={e.href}
          className={[e.highlighted ? 'event' : 'event is-muted', e.inYear ? 'is-in-year' : ''].join(' ')}
          data-event={e.id}
          aria-label={e.label}
          {...tipEvents(e.id, onTip)}
        >
          <path
            d={`M${axisX},${e.dotY} C${axisX + 14},${e.dotY} ${textX - 14},${e.anchorY} ${textX - 4},${e.anchorY}`}
            className="leader"
            stroke={e.color}
          />
          <circle cx={axisX} cy={e.dotY} r={e.inYear ? 6 : 4.5} fill={e.color} stroke={e.ink} />
          <rect x={textX - 2} y={e.rowY} width={width - textX + 2} height={e.rowHeight} className="event-hit" />
          <text x={textX} y={e.rowY} className="event-text">
            {/* The spaces keep the rows' words apart in the text a screen reader or axe reads. */}
            {e.dateLines.map((line, i) => (
              <tspan key={`d${i}`} x={textX} dy={i === 0 ? '1em' : '1.25em'} className="event-date" fill={e.ink}>
                {line}{' '}
              </tspan>
            ))}
            {e.lines.map((line, i) => (
              <tspan key={i} x={textX} dy="1.25em">
                {line}{' '}
              </tspan>
            ))}
          </text>
        </a>
      ))}
    </svg>
  );
}
