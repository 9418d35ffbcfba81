// Country names as an HTML overlay: no glyph server, real fonts, readable on a
// projector. Positions follow the camera imperatively, through the viewport of
// whichever renderer draws the map (WebGL or SVG); React renders the spans
// only when the language or priorities change. Placement (placeLabels.ts) keeps
// every country of the subject named, beside its country with a leader line if
// need be; the Lesser Antilles are named in the Caribbean inset when it shows.
// When two years are compared, a changed country's name carries the change's
// mark (+ joined, − no longer listed, ↔ status changed); a status the sources
// dispute carries a "?" the legend explains.
import { useEffect, useMemo, useRef } from 'react';
import { useAtlasData } from '../state/atlasContext.ts';
import { CHANGE_MARKS, changesBetween, type ChangeKind } from '../data/changes.ts';
import { disputesIn } from '../data/disputes.ts';
import { LAST_YEAR, type Iso3 } from '../data/types.ts';
import { useAtlas } from '../state/store.ts';
import { CaribbeanInset } from './CaribbeanInset.tsx';
import { overlayBoxes } from './overlays.ts';
import { placeLabels, type LabelRequest } from './placeLabels.ts';
import { useInset } from './useInset.ts';
import { useViewport } from './viewport.ts';
import { useLooks } from './useMapLooks.ts';

interface Candidate {
  iso: Iso3;
  name: string;
  lngLat: [number, number];
  subject: boolean;
  /** Named in the Caribbean inset: kept here hidden, at its point (where the country is clicked on the map). */
  inInset: boolean;
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
  const inset = useInset();
  const layer = useRef<HTMLDivElement>(null);
  const leaders = useRef<SVGPathElement>(null);

  const candidates = useMemo<Candidate[]>(() => {
    const area = (iso: Iso3) => {
      const b = geometry.bounds.get(iso);
      return b ? (b[2] - b[0]) * (b[3] - b[1]) : 0;
    };
    const islands = new Set(inset.shown ? inset.islands : []);
    const subject = (iso: Iso3) => inset.subject.has(iso) || iso === selected;
    return (
      index.data.countries
        .filter((c) => geometry.labels.has(c.iso3))
        // The inset names its islands; a territory outside the Caribbean (Bermuda, the Falklands, South Georgia) is
        // named only when it is the subject, not in the room the countries the atlas is about need.
        .filter((c) => c.kind !== 'territory' || c.region === 'caribbean' || subject(c.iso3))
        .map((c) => ({
          iso: c.iso3,
          name: c.name[lang],
          lngLat: geometry.labels.get(c.iso3)!,
          subject: subject(c.iso3),
          inInset: islands.has(c.iso3),
          // Selected first, then the subject, then disputed statuses (their marker must show), then countries that
          // changed, then members of an initiative, then by size.
          priority:
            (c.iso3 === selected ? 1e9 : 0) +
            (subject(c.iso3) ? 1e8 : 0) +
            (disputes.has(c.iso3) ? 1e7 : 0) +
            (changed.has(c.iso3) ? 1e6 : 0) +
            (looks.has(c.iso3) ? 1e5 : 0) +
            area(c.iso3),
          disputed: disputes.has(c.iso3),
          changes: changed.get(c.iso3) ?? [],
        }))
        .sort((a, b) => b.priority - a.priority)
    );
  }, [index, geometry, lang, selected, looks, disputes, changed, inset.shown, inset.islands, inset.subject]);

  useEffect(() => {
    const el = layer.current;
    if (!viewport || !el) return;
    const spans = new Map<string, HTMLElement>();
    for (const child of Array.from(el.querySelectorAll<HTMLElement>('[data-map-label]')))
      spans.set(child.dataset.mapLabel!, child);
    const sizes = new Map<string, [number, number]>();
    const place = () => {
      const { width, height } = viewport.element.getBoundingClientRect();
      const requests: LabelRequest[] = [];
      for (const c of candidates) {
        const span = spans.get(c.iso);
        if (!span) continue;
        let size = sizes.get(c.iso);
        if (!size) sizes.set(c.iso, (size = [span.offsetWidth, span.offsetHeight]));
        if (c.inInset) {
          const at = viewport.project(c.lngLat);
          span.style.visibility = 'hidden';
          span.style.transform = `translate(${Math.round(at.x - size[0] / 2)}px, ${Math.round(at.y - size[1] / 2)}px)`;
          span.dataset.at = `${Math.round(at.x)},${Math.round(at.y)}`;
          continue;
        }
        requests.push({
          iso: c.iso,
          at: viewport.project(c.lngLat),
          width: size[0],
          height: size[1],
          subject: c.subject,
        });
      }
      // Names keep clear of what sits over the map (the legend, the inset), as the camera's frame does.
      const places = placeLabels(requests, [0, 0, width, height], {
        gap: LABEL_GAP,
        prefer: 'centre',
        avoid: overlayBoxes(viewport.element),
      });
      let d = '';
      places.forEach((p, i) => {
        const span = spans.get(p.iso)!;
        span.style.visibility = p.visible ? 'visible' : 'hidden';
        // Placed even when hidden: the point stays meaningful (tests click a country where its name sits).
        span.style.transform = `translate(${Math.round(p.box[0])}px, ${Math.round(p.box[1])}px)`;
        // A name beside its country says where the country is: tests and people click there, not on the name.
        const at = requests[i]!.at;
        span.dataset.at = `${Math.round(at.x)},${Math.round(at.y)}`;
        const line = p.visible ? p.leader : null;
        if (line) d += `M${Math.round(line[0])} ${Math.round(line[1])}L${Math.round(line[2])} ${Math.round(line[3])}`;
      });
      leaders.current?.setAttribute('d', d);
    };
    place();
    return viewport.onChange(place);
  }, [viewport, candidates]);

  return (
    <>
      <div ref={layer} className="country-labels" aria-hidden="true">
        <svg className="label-leaders">
          <path ref={leaders} />
        </svg>
        {candidates.map((c) => (
          <span
            key={c.iso}
            data-iso={c.iso}
            data-map-label={c.iso}
            data-disputed={c.disputed || undefined}
            data-change={c.changes.join(' ') || undefined}
            className={`country-label${c.iso === selected ? ' is-selected' : ''}${c.changes.length > 0 ? ' has-change' : ''}`}
          >
            {c.changes.length > 0 && (
              <span className="change-mark">{c.changes.map((k) => CHANGE_MARKS[k]).join('')}</span>
            )}
            {c.name}
            {c.disputed && <span className="dispute-mark">?</span>}
          </span>
        ))}
      </div>
      <CaribbeanInset inset={inset} />
    </>
  );
}
