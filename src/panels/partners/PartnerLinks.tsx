// Stateless SVG: partners down the left in their groups, initiatives on the
// right, a curve for each pairing the sources name. Each partner links to its source.
import { tipEvents } from '../chart/ChartTip.tsx';
import type { InitiativeId } from '../../data/types.ts';

export interface PlacedPartner {
  id: string;
  y: number;
  lines: string[];
  href: string;
  label: string;
  highlighted: boolean;
}

export interface PlacedInitiative {
  id: InitiativeId;
  y: number;
  label: string;
  color: string;
  ink: string;
  highlighted: boolean;
}

export function PartnerLinks({
  width,
  height,
  leftX,
  rightX,
  nodeHeight,
  groups,
  partners,
  initiatives,
  links,
  onTip,
  describedBy,
}: {
  width: number;
  height: number;
  leftX: number;
  rightX: number;
  /** Height of an initiative's box, CSS pixels. */
  nodeHeight: number;
  groups: { kind: string; label: string; y: number }[];
  partners: PlacedPartner[];
  initiatives: PlacedInitiative[];
  links: { key: string; d: string; color: string; highlighted: boolean }[];
  onTip(id: string | null): void;
  describedBy: string;
}) {
  return (
    <svg className="partner-links" width={width} height={height} role="group" aria-describedby={describedBy}>
      <g aria-hidden="true">
        {links.map((l) => (
          <path key={l.key} d={l.d} stroke={l.color} className={l.highlighted ? 'link' : 'link is-muted'} />
        ))}
      </g>
      {groups.map((g) => (
        <text key={g.kind} x={0} y={g.y} className="group-label" aria-hidden="true">
          {g.label}
        </text>
      ))}
      {partners.map((p) => (
        <a
          key={p.id}
          href={p.href}
          className={p.highlighted ? 'partner' : 'partner is-muted'}
          data-partner={p.id}
          aria-label={p.label}
          {...tipEvents(p.id, onTip)}
        >
          <text x={leftX - 8} y={p.y} textAnchor="end">
            {/* A zero-width space ends each wrapped line: the words stay apart in the text axe and screen readers
                read, and, unlike a space, it does not push the right-aligned line left. */}
            {p.lines.map((line, i) => (
              <tspan key={i} x={leftX - 8} dy={i === 0 ? `${0.35 - (p.lines.length - 1) * 0.575}em` : '1.15em'}>
                {i < p.lines.length - 1 ? `${line}\u200b` : line}
              </tspan>
            ))}
          </text>
          <circle cx={leftX} cy={p.y} r={4} />
        </a>
      ))}
      {initiatives.map((i) => (
        <g
          key={i.id}
          data-node={i.id}
          aria-hidden="true"
          className={i.highlighted ? 'initiative-node is-highlighted' : 'initiative-node'}
        >
          <rect x={rightX} y={i.y - nodeHeight / 2} width={width - rightX} height={nodeHeight} rx={4} fill={i.color} />
          <text x={rightX + 6} y={i.y} dy="0.35em" className="initiative-label">
            {i.label}
          </text>
        </g>
      ))}
    </svg>
  );
}
