// The map drawn as SVG with d3-geo, for browsers that cannot give it WebGL
// (blocked, no GPU, too many maps on one page) or lost it. Same projection,
// colours, stripes, outlines, spotlight, labels, tooltip and camera framing as
// the WebGL map, from the same store state; `data-renderer="svg"`.
import { geoPath, geoTransform } from 'd3-geo';
import { useEffect, useLayoutEffect, useMemo, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { useAtlasData } from '../../app/atlasContext.ts';
import { COUNTERPART, type Iso3 } from '../../data/types.ts';
import { t, tf } from '../../i18n/strings.ts';
import { useAtlas, useAtlasStoreApi } from '../../state/store.ts';
import { outlineOf, stateOf } from '../looks.ts';
import type { Look } from '../palette.ts';
import { DIM_MARKER_OPACITY, DIM_OPACITY, HOVER_WIDTH, MARKER_RING, MICRO_STROKE_PX, microColors, SELECTED_WIDTH } from '../style.ts';
import { READY_MARK, useAtlasLooks } from '../useMapLooks.ts';
import { ViewportContext } from '../viewport.ts';
import { mercator } from './camera.ts';
import { patternDomId, SvgPatterns } from './SvgPatterns.tsx';
import { useSvgCamera } from './useSvgCamera.ts';
import '../../styles/svgMap.css';

/** Half the side of a micro-state's hit area: a 44 px target, as on the WebGL map. */
const MICRO_HIT_PX = 22;

/** Country outlines at zoom 0 in MapLibre's Web Mercator, computed once; the camera is a transform. */
const project = geoTransform({
  point(lon, lat) {
    const [x, y] = mercator(lon, lat);
    this.stream.point(x, y);
  },
});

function fillOf(iso: Iso3, look: Look | undefined, land: string, counterpart: string): string {
  if (iso === COUNTERPART) return counterpart;
  if (!look || look.kind === 'none') return land;
  return look.kind === 'solid' ? look.color : `url(#${patternDomId(look)})`;
}

export function SvgMapView({ children }: { children?: ReactNode }) {
  const { core: index, geometry, micro } = useAtlasData(); // the first view's index: see Atlas.core
  const store = useAtlasStoreApi();
  const lang = useAtlas((s) => s.lang);
  const selected = useAtlas((s) => s.country);
  const atlasLooks = useAtlasLooks();
  const { fills: looks, colors: theme } = atlasLooks;
  const { container, svg, world, viewport, apply } = useSvgCamera();

  const paths = useMemo(() => {
    const path = geoPath(project).digits(3);
    return new Map(geometry.countries.features.map((f) => [f.properties.iso3, path(f) ?? ''] as const));
  }, [geometry]);
  const states = [...atlasLooks.states];
  const dimmed = states.filter(([, s]) => s.dim).map(([iso]) => iso);
  const highlighted = states.filter(([, s]) => outlineOf({ ...s, selected: false }) === 'highlight').map(([iso]) => iso);

  // New patterns and markers come from React without the camera's transforms: put them on after every render.
  useLayoutEffect(apply);

  // "Ready" when the coloured countries are on screen: the frame after they are first committed.
  useEffect(() => {
    if (store.getState().ready || looks.size === 0) return;
    const frame = requestAnimationFrame(() => {
      if (store.getState().ready) return;
      performance.mark(READY_MARK);
      store.setState({ ready: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [store, looks]);

  const isoAt = (target: EventTarget | null): Iso3 | null =>
    target instanceof Element ? ((target.closest('[data-iso]') as HTMLElement | SVGElement | null)?.dataset.iso ?? null) : null;
  const setHover = (iso: Iso3 | null) => {
    if (store.getState().hovered === iso) return;
    store.getState().setHovered(iso);
  };
  const choose = (iso: Iso3 | null) => {
    const { country, selectCountry, clearSelection } = store.getState();
    if (!iso) clearSelection();
    else if (iso !== country) selectCountry(iso, 'user-map');
  };
  const onKeyDown = (e: KeyboardEvent<SVGSVGElement>) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const iso = isoAt(e.target);
    if (!iso) return;
    e.preventDefault();
    choose(iso);
  };

  const microFeatures = micro.features.map((f) => {
    const [lon, lat] = f.geometry.coordinates as [number, number];
    return { iso: f.properties.iso3, lon, lat };
  });
  const allBorders = [...paths.values()].join('');

  return (
    <div className="map-wrap">
      <div ref={container} className="map map-svg" data-renderer="svg" data-map-ready={viewport ? 'true' : 'false'} role="region" aria-label={t(lang, 'mapLabel')}>
        <svg
          ref={svg}
          className="svg-map"
          width="100%"
          height="100%"
          xmlns="http://www.w3.org/2000/svg"
          onPointerMove={(e: PointerEvent) => setHover(isoAt(e.target))}
          onPointerLeave={() => setHover(null)}
          onClick={(e) => choose(isoAt(e.target))}
          onKeyDown={onKeyDown}
          onFocus={(e) => store.getState().setFocused(isoAt(e.target))}
          onBlur={() => store.getState().setFocused(null)}
        >
          <SvgPatterns looks={looks.values()} land={theme.land} />
          <rect className="svg-ocean" width="100%" height="100%" fill={theme.ocean} />
          {/* Under the land: over the sea a micro-state's 44 px target catches the pointer, over land its neighbour does. */}
          <g className="svg-micro-hits">
            {microFeatures.map((m) => (
              <circle key={m.iso} data-iso={m.iso} data-lon={m.lon} data-lat={m.lat} data-hit="true" r={MICRO_HIT_PX} fill="transparent" />
            ))}
          </g>
          <g ref={world} className="svg-world">
            {[...paths].map(([iso, d]) => {
              const country = index.countries.get(iso);
              return (
                <path
                  key={iso}
                  className="svg-country"
                  data-iso={iso}
                  d={d}
                  fill={fillOf(iso, looks.get(iso), theme.land, theme.counterpart)}
                  tabIndex={country ? 0 : undefined}
                  role={country ? 'button' : undefined}
                  aria-label={country ? tf(lang, 'selectCountryOnMap', { name: country.name[lang] }) : undefined}
                  aria-pressed={country ? iso === selected : undefined}
                />
              );
            })}
            <path className="svg-overlay" d={dimmed.map((iso) => paths.get(iso) ?? '').join('')} fill={theme.dim} fillOpacity={DIM_OPACITY} />
            <path className="svg-overlay" d={allBorders} fill="none" stroke={theme.border} strokeWidth={theme.borderWidth} vectorEffect="non-scaling-stroke" strokeLinejoin="round" />
            <path className="svg-overlay svg-highlight" d={highlighted.map((iso) => paths.get(iso) ?? '').join('')} fill="none" stroke={theme.hover} strokeWidth={HOVER_WIDTH} vectorEffect="non-scaling-stroke" strokeLinejoin="round" />
            <path className="svg-overlay svg-selected" d={selected ? (paths.get(selected) ?? '') : ''} fill="none" stroke={theme.selected} strokeWidth={SELECTED_WIDTH} vectorEffect="non-scaling-stroke" strokeLinejoin="round" />
          </g>
          <g className="svg-micro">
            {microFeatures.map((m) => {
              const colors = microColors(looks.get(m.iso) ?? { kind: 'none' }, theme);
              const state = stateOf(atlasLooks, m.iso);
              const outline = outlineOf(state);
              const opacity = state.dim ? DIM_MARKER_OPACITY : 1;
              return (
                <circle
                  key={m.iso}
                  className={m.iso === selected ? 'svg-micro is-selected' : 'svg-micro'}
                  data-iso={m.iso}
                  data-lon={m.lon}
                  data-lat={m.lat}
                  fill={colors.fill}
                  stroke={colors.stroke}
                  strokeWidth={outline === 'selected' ? MARKER_RING.selected : outline === 'highlight' ? MARKER_RING.hover : MICRO_STROKE_PX}
                  opacity={opacity}
                />
              );
            })}
          </g>
        </svg>
      </div>
      <ViewportContext.Provider value={viewport}>{children}</ViewportContext.Provider>
    </div>
  );
}
