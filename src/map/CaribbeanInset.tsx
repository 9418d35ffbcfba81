// The Eastern Caribbean inset: the Lesser Antilles at a larger scale in the map's top-right corner, whenever they
// are the subject or too small to read (useInset). Drawn from the same looks as the map (SvgDrawing), over either
// renderer; its islands are buttons (click, hover, keyboard) and its names are placed as the map's are
// (placeLabels), each with data-map-label.
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import '../styles/inset.css';
import { useAtlasData } from '../state/atlasContext.ts';
import type { Iso3 } from '../data/types.ts';
import { t, tf } from '../i18n/strings.ts';
import { useAtlas, useAtlasStoreApi } from '../state/store.ts';
import { INSET_BOUNDS } from './inset.ts';
import { placeLabels, type LabelPlace } from './placeLabels.ts';
import { microMarkers, SvgCountries, SvgMicroMarkers, useCountryPaths } from './svg/SvgDrawing.tsx';
import { SvgPatterns } from './svg/SvgPatterns.tsx';
import { fitCamera, mercator, toScreen, worldTransform } from './svg/camera.ts';
import { useAtlasLooks } from './useMapLooks.ts';
import type { InsetState } from './useInset.ts';

/** The islands' markers in the inset, in CSS pixels: big enough to see and to hit. */
const MARKER_R = 5;
const LABEL_GAP = 2;

export function CaribbeanInset({ inset }: { inset: InsetState }) {
  const { core: index, geometry, micro } = useAtlasData();
  const lang = useAtlas((s) => s.lang);
  const selected = useAtlas((s) => s.country);
  const store = useAtlasStoreApi();
  const looks = useAtlasLooks();
  const box = useRef<HTMLDivElement>(null);
  const names = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  const [places, setPlaces] = useState<LabelPlace[]>([]);
  // The names are measured as drawn: again once the page's fonts have loaded.
  const [fonts, setFonts] = useState(0);
  useEffect(() => {
    void document.fonts?.ready.then(() => setFonts((n) => n + 1));
  }, []);
  const allPaths = useCountryPaths(geometry);
  const islands = useMemo(() => new Set(inset.islands), [inset.islands]);
  const [[w, s], [e, n]] = INSET_BOUNDS;
  // The islands and the coast beside them: a shape whose box meets the inset's frame.
  const paths = useMemo(
    () =>
      new Map(
        [...allPaths].filter(([iso]) => {
          const b = geometry.bounds.get(iso);
          return !!b && b[0] < e && b[2] > w && b[1] < n && b[3] > s;
        }),
      ),
    [allPaths, geometry, w, s, e, n],
  );
  const markers = useMemo(() => microMarkers(micro).filter((m) => islands.has(m.iso)), [micro, islands]);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () =>
      setSize((old) =>
        old?.width === el.clientWidth && old.height === el.clientHeight
          ? old
          : { width: el.clientWidth, height: el.clientHeight },
      );
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const camera = size && fitCamera(INSET_BOUNDS, size.width, size.height, { padding: 4, maxZoom: 24, minZoom: 0 });
  const at = (iso: Iso3) =>
    camera && size ? toScreen(camera, mercator(...geometry.labels.get(iso)!), size.width, size.height) : { x: 0, y: 0 };

  // The names, measured as drawn, then placed: the subject first, east of its island when it can.
  useLayoutEffect(() => {
    const layer = names.current;
    if (!layer || !camera || !size) return;
    const spans = Array.from(layer.querySelectorAll<HTMLElement>('[data-map-label]'));
    const requests = spans.map((span) => {
      const iso = span.dataset.mapLabel!;
      // The inset is there for its countries: each is named beside its island if there is room; territories next.
      const rank =
        inset.subject.has(iso) || iso === selected ? 2 : index.countries.get(iso)?.kind === 'country' ? 1 : 0;
      return { iso, rank, at: at(iso), width: span.offsetWidth, height: span.offsetHeight, subject: rank > 0 };
    });
    requests.sort((a, b) => b.rank - a.rank);
    setPlaces(placeLabels(requests, [0, 0, size.width, size.height], { gap: LABEL_GAP, prefer: 'east' }));
    // `at` follows camera and size.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [size?.width, size?.height, lang, inset.subject, selected, inset.islands, inset.shown, fonts]);

  // Hover and focus clear when the inset goes away under them.
  useEffect(() => () => store.getState().setHovered(null), [store]);

  const isoAt = (target: EventTarget | null): Iso3 | null =>
    target instanceof Element ? ((target.closest('[data-iso]') as SVGElement | null)?.dataset.iso ?? null) : null;
  const choose = (iso: Iso3 | null) => {
    if (!iso || !islands.has(iso)) return;
    if (iso !== store.getState().country) store.getState().selectCountry(iso, 'user-map');
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const iso = isoAt(event.target);
    if (!iso) return;
    event.preventDefault();
    choose(iso);
  };
  const asButton = (iso: Iso3) => {
    const country = index.countries.get(iso);
    if (!country || !islands.has(iso)) return {};
    return {
      tabIndex: 0,
      role: 'button',
      'aria-label': tf(lang, 'selectCountryOnMap', { name: country.name[lang] }),
      'aria-pressed': iso === selected,
    };
  };
  const placed = new Map(places.map((p) => [p.iso, p]));
  const leaders = places
    .filter((p) => p.visible && p.leader)
    .map((p) => `M${p.leader!.slice(0, 2).join(' ')}L${p.leader!.slice(2).join(' ')}`)
    .join('');

  return (
    // Always in the page, hidden when not wanted: the camera measures its box to make room before it shows.
    <section
      ref={box}
      className="caribbean-inset"
      aria-label={t(lang, 'insetLabel')}
      data-map-overlay="inset"
      data-shown={inset.shown}
    >
      {inset.shown && camera && size && (
        <svg
          className="inset-map"
          width={size.width}
          height={size.height}
          onPointerMove={(event) => {
            const iso = isoAt(event.target);
            const hovered = iso && islands.has(iso) ? iso : null;
            if (store.getState().hovered !== hovered) store.getState().setHovered(hovered);
          }}
          onPointerLeave={() => store.getState().setHovered(null)}
          onClick={(event) => choose(isoAt(event.target))}
          onKeyDown={onKeyDown}
          onFocus={(event) => store.getState().setFocused(isoAt(event.target))}
          onBlur={() => store.getState().setFocused(null)}
        >
          <SvgPatterns
            fills={looks.fills}
            land={looks.colors.land}
            transform={`scale(${1 / camera.k})`}
            idPrefix="inset-"
          />
          <rect width="100%" height="100%" fill={looks.colors.ocean} />
          <SvgCountries
            looks={looks}
            paths={paths}
            transform={worldTransform(camera, size.width, size.height)}
            country={asButton}
            patternPrefix="inset-"
          />
          <SvgMicroMarkers
            looks={looks}
            markers={markers}
            position={(m) => {
              const p = toScreen(camera, mercator(m.lon, m.lat), size.width, size.height);
              return { cx: p.x, cy: p.y, r: MARKER_R };
            }}
          />
          <path className="inset-leaders" d={leaders} />
        </svg>
      )}
      <div ref={names} className="inset-labels" aria-hidden="true">
        {inset.shown &&
          inset.islands.map((iso) => {
            const p = placed.get(iso);
            return (
              <span
                key={iso}
                data-map-label={iso}
                className={iso === selected ? 'country-label is-selected' : 'country-label'}
                style={{
                  visibility: p?.visible ? 'visible' : 'hidden',
                  transform: p ? `translate(${Math.round(p.box[0])}px, ${Math.round(p.box[1])}px)` : undefined,
                }}
              >
                {index.countries.get(iso)?.name[lang] ?? iso}
              </span>
            );
          })}
      </div>
    </section>
  );
}
