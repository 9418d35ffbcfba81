// The map drawn as SVG with d3-geo, for browsers that cannot give it WebGL
// (blocked, no GPU, too many maps on one page) or lost it. Same projection,
// colours, stripes, outlines, spotlight, labels, tooltip and camera framing as
// the WebGL map, from the same store state; `data-renderer="svg"`.
import { useEffect, useLayoutEffect, useMemo, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { useAtlasData } from '../../state/atlasContext.ts';
import type { Iso3 } from '../../data/types.ts';
import { t, tf } from '../../i18n/strings.ts';
import { useAtlas, useAtlasStoreApi } from '../../state/store.ts';
import { READY_MARK, useAtlasLooks } from '../useMapLooks.ts';
import { ViewportContext } from '../viewport.ts';
import { microMarkers, SvgBackdrop, SvgCountries, SvgMicroMarkers, useCountryPaths } from './SvgDrawing.tsx';
import { useSvgCamera } from './useSvgCamera.ts';
import '../../styles/svgMap.css';

/** Half the side of a micro-state's hit area: a 44 px target, as on the WebGL map. */
const MICRO_HIT_PX = 22;

export function SvgMapView({ children }: { children?: ReactNode }) {
  const { core: index, geometry, micro } = useAtlasData(); // the first view's index: see Atlas.core
  const store = useAtlasStoreApi();
  const lang = useAtlas((s) => s.lang);
  const selected = useAtlas((s) => s.country);
  const looks = useAtlasLooks();
  const { container, svg, world, viewport, apply } = useSvgCamera();
  const paths = useCountryPaths(geometry);
  const markers = useMemo(() => microMarkers(micro), [micro]);

  // New patterns and markers come from React without the camera's transforms: put them on after every render.
  useLayoutEffect(apply);

  // "Ready" when the coloured countries are on screen: the frame after they are first committed.
  useEffect(() => {
    if (store.getState().ready || looks.fills.size === 0) return;
    const frame = requestAnimationFrame(() => {
      if (store.getState().ready) return;
      performance.mark(READY_MARK);
      store.setState({ ready: true });
    });
    return () => cancelAnimationFrame(frame);
  }, [store, looks]);

  const isoAt = (target: EventTarget | null): Iso3 | null =>
    target instanceof Element
      ? ((target.closest('[data-iso]') as HTMLElement | SVGElement | null)?.dataset.iso ?? null)
      : null;
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

  const asButton = (iso: Iso3) => {
    const country = index.countries.get(iso);
    if (!country) return {};
    return {
      tabIndex: 0,
      role: 'button',
      'aria-label': tf(lang, 'selectCountryOnMap', { name: country.name[lang] }),
      'aria-pressed': iso === selected,
    };
  };

  return (
    <div className="map-wrap">
      <div
        ref={container}
        className="map map-svg"
        data-renderer="svg"
        data-map-ready={viewport ? 'true' : 'false'}
        role="region"
        aria-label={t(lang, 'mapLabel')}
      >
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
          <SvgBackdrop looks={looks} />
          {/* Under the land: over the sea a micro-state's 44 px target catches the pointer, over land its neighbour does. */}
          <g className="svg-micro-hits">
            {markers.map((m) => (
              <circle
                key={m.iso}
                data-iso={m.iso}
                data-lon={m.lon}
                data-lat={m.lat}
                data-hit="true"
                r={MICRO_HIT_PX}
                fill="transparent"
              />
            ))}
          </g>
          <SvgCountries looks={looks} paths={paths} worldRef={world} country={asButton} />
          <SvgMicroMarkers looks={looks} markers={markers} />
        </svg>
      </div>
      <ViewportContext.Provider value={viewport}>{children}</ViewportContext.Provider>
    </div>
  );
}
