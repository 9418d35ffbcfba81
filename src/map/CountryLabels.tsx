// Country names as an HTML overlay: no glyph server, real fonts, readable on a
// projector. Positions follow the camera imperatively, through the viewport of
// whichever renderer draws the map (WebGL or SVG); React renders the spans
// only when the language or priorities change. When two years are compared,
// a changed country's name carries the change's mark (+ joined, − no longer
// listed, ↔ status changed), as the "What changed" list does.
import { useEffect, useMemo, useRef } from 'react';
import { useAtlasData } from '../app/atlasContext.ts';
import { CHANGE_MARKS, changesBetween, type ChangeKind } from '../data/changes.ts';
import { disputesIn } from '../data/disputes.ts';
import { LAST_YEAR, type Iso3 } from '../data/types.ts';
import { useAtlas } from '../state/store.ts';
import { useViewport } from './viewport.ts';
import { useLooks } from './useMapLooks.ts';

interface Candidate {
  iso: Iso3;
  name: string;
  lngLat: [number, number];
  priority: number;
  /** The sources dispute its status this year: the label carries a marker the legend explains. */
  disputed: boolean;
  /** The kinds of change since the compared year, in the list's order; empty when nothing changed or no comparison. */
  changes: ChangeKind[];
}

/** Gap kept between labels, in CSS pixels. */
const LABEL_GAP = 3;

export function CountryLabels() {
  const viewport = useViewport();
  const { core: index, geometry, index: details } = useAtlasData(); // the first view's index: see Atlas.core
  const lang = useAtlas((s) => s.lang);
  const selected = useAtlas((s) => s.country);
  const year = useAtlas((s) => s.year);
  const hidden = useAtlas((s) => s.hidden);
  const looks = useLooks();
  // The discrepancies come with the details: until they arrive no label carries a marker.
  const disputes = useMemo(() => disputesIn(details.data.discrepancies, year, hidden), [details, year, hidden]);
  const layer = useRef<HTMLDivElement>(null);
  const compare = useAtlas((s) => s.compare);
  const changed = useMemo(() => {
    const byCountry = new Map<Iso3, ChangeKind[]>();
    if (compare === null) return byCountry;
    for (const c of changesBetween(index.memberships, compare, year ?? LAST_YEAR)) {
      const kinds = byCountry.get(c.country) ?? [];
      if (!kinds.includes(c.kind)) kinds.push(c.kind);
      byCountry.set(c.country, kinds);
    }
    return byCountry;
  }, [index, compare, year]);

  const candidates = useMemo<Candidate[]>(() => {
    const area = (iso: Iso3) => {
      const b = geometry.bounds.get(iso);
      return b ? (b[2] - b[0]) * (b[3] - b[1]) : 0;
    };
    return index.data.countries
      .filter((c) => geometry.labels.has(c.iso3))
      .map((c) => ({
        iso: c.iso3,
        name: c.name[lang],
        lngLat: geometry.labels.get(c.iso3)!,
        // Selected first, then disputed statuses (their marker must show), then countries that changed,
        // then members of an initiative, then by size.
        priority:
          (c.iso3 === selected ? 1e9 : 0) + (disputes.has(c.iso3) ? 1e8 : 0) + (changed.has(c.iso3) ? 1e7 : 0) + (looks.has(c.iso3) ? 1e6 : 0) + area(c.iso3),
        disputed: disputes.has(c.iso3),
        changes: changed.get(c.iso3) ?? [],
      }))
      .sort((a, b) => b.priority - a.priority);
  }, [index, geometry, lang, selected, looks, disputes, changed]);

  useEffect(() => {
    const el = layer.current;
    if (!viewport || !el) return;
    const spans = new Map<string, HTMLElement>();
    for (const child of Array.from(el.children) as HTMLElement[]) spans.set(child.dataset.iso!, child);
    const sizes = new Map<string, [number, number]>();
    const place = () => {
      const { width, height } = viewport.element.getBoundingClientRect();
      const taken: [number, number, number, number][] = [];
      for (const c of candidates) {
        const span = spans.get(c.iso);
        if (!span) continue;
        let size = sizes.get(c.iso);
        if (!size) sizes.set(c.iso, (size = [span.offsetWidth, span.offsetHeight]));
        const p = viewport.project(c.lngLat);
        const box: [number, number, number, number] = [p.x - size[0] / 2, p.y - size[1] / 2, p.x + size[0] / 2, p.y + size[1] / 2];
        const inside = box[0] >= 0 && box[1] >= 0 && box[2] <= width && box[3] <= height;
        const free = inside && !taken.some((t) => box[0] < t[2] + LABEL_GAP && box[2] + LABEL_GAP > t[0] && box[1] < t[3] + LABEL_GAP && box[3] + LABEL_GAP > t[1]);
        span.style.visibility = free ? 'visible' : 'hidden';
        if (free) taken.push(box);
        // Placed even when hidden: the point stays meaningful (tests click a country where its name sits).
        span.style.transform = `translate(${Math.round(box[0])}px, ${Math.round(box[1])}px)`;
      }
    };
    place();
    return viewport.onChange(place);
  }, [viewport, candidates]);

  return (
    <div ref={layer} className="country-labels" aria-hidden="true">
      {candidates.map((c) => (
        <span
          key={c.iso}
          data-iso={c.iso}
          data-disputed={c.disputed || undefined}
          data-change={c.changes.join(' ') || undefined}
          className={`country-label${c.iso === selected ? ' is-selected' : ''}${c.changes.length > 0 ? ' has-change' : ''}`}
        >
          {c.changes.length > 0 && <span className="change-mark">{c.changes.map((k) => CHANGE_MARKS[k]).join('')}</span>}
          {c.name}
          {c.disputed && <span className="dispute-mark">?</span>}
        </span>
      ))}
    </div>
  );
}
