// The only owner of the MapLibre instance: created once, removed on unmount,
// shared through context. State reaches it through the small hooks below, one
// per concern; it never rebuilds layers or data to highlight. MapLibre draws the
// countries through its public API only: sources, layers, paint properties, filters
// and feature state.
import type { Map as MapLibreMap } from 'maplibre-gl';
// MapLibre's own rules for what the map creates; not its controls' (see maplibre.css).
import '../styles/maplibre.css';
import { useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ArrivedAtlasContext, AtlasContext, useAtlasData, useAtlasIfLoaded } from '../state/atlasContext.ts';
import { t } from '../i18n/strings.ts';
import { useAtlas, useAtlasStoreApi } from '../state/store.ts';
import { lngLatOfUnit, MAX_ZOOM, MIN_ZOOM, OVERVIEW_BOUNDS } from './camera.ts';
import { MapContext } from './mapContext.ts';
import { THEME_COLORS } from './palette.ts';
import { fitCamera, WORLD_PX } from './svg/camera.ts';
import { FirstViewBoundary, firstViewWanted, SvgFirstView, type FirstViewFrame } from './svg/SvgFirstView.tsx';
import { COUNTRY_SOURCE, MICRO_SOURCE, baseStyle, countryLayers } from './style.ts';
import { FIT_PADDING, useMapCamera } from './useMapCamera.ts';
import { useAtlasLooks, useMapLooks } from './useMapLooks.ts';
import { useMapPointer } from './useMapPointer.ts';
import { loadMapLibre } from './maplibre.ts';
import { ViewportContext, type MapViewport } from './viewport.ts';

interface Props {
  children?: ReactNode;
  /** The map cannot draw with WebGL here (no context, or MapLibre reported a WebGL error): use another renderer. */
  onFail: (reason: string) => void;
  /** The WebGL context was lost: rebuild the map or use another renderer. */
  onLost: () => void;
}

/**
 * The atlas's sources and layers, then the hooks that bring the store to the map: they need the atlas, so
 * this mounts once it has arrived. The sources go on first (effects run in order, and before those of the
 * map's children, which come after this in the tree).
 */
function MapBehaviour({ map, onDrawn }: { map: MapLibreMap | null; onDrawn: () => void }) {
  // The geometry, not the whole atlas: it stays the same when the details arrive, which must not re-tile the map.
  const { geometry, micro } = useAtlasData();
  const store = useAtlasStoreApi();
  const looks = useAtlasLooks();
  // A layout effect, as the pointer's: a click is heard from the render that brings the map, not a frame or more
  // later, when the browser gets round to React's effects.
  useLayoutEffect(() => {
    if (!map?.style || map.getSource(COUNTRY_SOURCE)) return;
    map.addSource(COUNTRY_SOURCE, { type: 'geojson', data: geometry.countries, promoteId: 'iso3' });
    map.addSource(MICRO_SOURCE, { type: 'geojson', data: micro, promoteId: 'iso3' });
    for (const layer of countryLayers(THEME_COLORS[store.getState().theme])) map.addLayer(layer);
  }, [map, store, geometry, micro]);
  useMapLooks(map, looks, onDrawn);
  useMapCamera(map);
  useMapPointer(map);
  return null;
}

export function MapView({ children, onFail, onLost }: Props) {
  const container = useRef<HTMLDivElement>(null);
  // MapLibre starts at once, in parallel with the atlas's fetch; `styled` once its style has loaded. The hooks
  // and children are given it once the atlas has arrived too (MapBehaviour adds the sources first).
  const [styled, setStyled] = useState<MapLibreMap | null>(null);
  // The SVG first view's frame (the camera MapLibre starts at) while it shows; null once MapLibre has drawn the
  // countries or moved its camera, or when the map does not open on the overview.
  const [firstView, setFirstView] = useState<FirstViewFrame | null>(null);
  const handOver = useCallback(() => setFirstView(null), []);
  const atlas = useAtlasIfLoaded();
  // The atlas as soon as it is parsed, before the interface renders with it: the first view draws from it.
  const arrived = useContext(ArrivedAtlasContext);
  const map = atlas ? styled : null;
  const store = useAtlasStoreApi();
  const lang = useAtlas((s) => s.lang);
  // The callbacks change identity with the chooser's renders; the map must not be rebuilt for that.
  const handlers = useRef({ onFail, onLost });
  useEffect(() => {
    handlers.current = { onFail, onLost };
  }, [onFail, onLost]);

  // With the SVG first view, MapLibre starts once that view is on screen (the store's `ready`): its start (the WebGL
  // context, the style, the shader compiles) would otherwise hold up the first view's frame on a busy machine. Without
  // one, or when it cannot be drawn, MapLibre starts at once and draws the first view itself.
  const [waiting, setWaiting] = useState(() => firstViewWanted(store.getState()));
  const ready = useAtlas((s) => s.ready);
  const start = !waiting || ready;
  const firstViewFailed = useCallback(() => setWaiting(false), []);

  // The map starts as soon as MapLibre's script is there: fetched now, or once the first view is on screen.
  useEffect(() => {
    const el = container.current;
    if (!el || !start) return;
    let instance: MapLibreMap | null = null;
    let gone = false;
    loadMapLibre().then(
      (maplibre) => {
        if (!gone) instance = createMap(maplibre.Map, el);
      },
      (err: Error) => {
        // The script could not be fetched (a deploy without it, a dropped connection): draw the map another way.
        if (!gone) handlers.current.onFail(err.message);
      },
    );
    return () => {
      gone = true;
      setStyled(null);
      // After every hook's cleanup of this unmount has cleared its feature state on the still-living map.
      const map = instance;
      if (map) queueMicrotask(() => map.remove());
    };

    function createMap(MapClass: typeof MapLibreMap, el: HTMLDivElement): MapLibreMap | null {
      const theme = THEME_COLORS[store.getState().theme];
      // The overview fitted here (the SVG map's fitCamera, which is MapLibre's fitBounds), not by MapLibre's `bounds`
      // option: that goes through its camera's animation code (fitBounds, flyTo), which has not been compiled yet at
      // this point and cost ~45 ms of the map's start on a slow machine. Reading the size lays out the page, as MapLibre
      // would at once.
      const fit = fitCamera(OVERVIEW_BOUNDS, el.clientWidth, el.clientHeight, {
        padding: FIT_PADDING,
        maxZoom: MAX_ZOOM,
        minZoom: MIN_ZOOM,
      });
      let instance: MapLibreMap;
      try {
        instance = new MapClass({
          container: el,
          style: baseStyle(theme),
          center: lngLatOfUnit(fit.cx / WORLD_PX, fit.cy / WORLD_PX),
          zoom: Math.log2(fit.k),
          attributionControl: false,
          // With world copies off MapLibre clamps the view at 180°W and shoves the Americas east of centre.
          renderWorldCopies: true,
          // A flat map, never tilted: no rotating, and no pitching by touch either (a two-finger swipe up or down tilted
          // it on a phone).
          dragRotate: false,
          pitchWithRotate: false,
          touchPitch: false,
          maxPitch: 0,
          maxZoom: MAX_ZOOM,
          minZoom: MIN_ZOOM,
          fadeDuration: 0,
          // The style is built by tested functions (style.test.ts checks it against the style spec); validating every
          // layer and paint change again at run time cost more than a frame before the first frame.
          validateStyle: false,
          // No preserveDrawingBuffer: nothing reads this canvas back (the export draws a map of its own, and tests read
          // the screen through screenshots), and keeping the buffer costs a copy on every frame.
          canvasContextAttributes: { antialias: false },
        });
      } catch (err) {
        // The map could not start although WebGL looked available (a context limit, a blocked GPU): draw it another way.
        handlers.current.onFail((err as Error).message);
        return null;
      }
      // MapLibre 6 drops its style when the context is lost and rebuilds it from a snapshot on restore, without
      // the feature state (hover, selection, spotlight) the hooks set. Rather than wait for a restore that may
      // never come (an evicted context, a GPU reset), the chooser rebuilds the map from the store at once.
      instance.on('webglcontextlost', () => {
        el.dataset.contextLost = 'true';
        handlers.current.onLost();
      });
      instance.on('error', (e) => {
        const message = e.error?.message ?? '';
        if (/webgl|context/i.test(message)) handlers.current.onFail(message);
        else console.warn('Map error:', message);
      });
      instance.touchZoomRotate.disableRotation();
      instance.keyboard.disableRotation();
      // Tests and the export wait for the camera to settle; the attribute says when it moves.
      instance.on('movestart', () => {
        el.dataset.moving = 'true';
        setFirstView(null); // the SVG first view shows the overview only
      });
      instance.on('moveend', () => (el.dataset.moving = 'false'));
      // How many times the map has come to rest with everything it was asked to draw on screen (MapLibre's idle: no
      // tile loading, transition or animation left). Tests wait for the next rest after a change, never for a time.
      let rests = 0;
      instance.on('idle', () => (el.dataset.idle = String(++rests)));
      instance.once('style.load', () => {
        // At once, not in a transition: the map's behaviour (pointer, selection, camera) must hear the first click.
        setStyled(instance);
      });
      return instance;
    }
  }, [store, start]);

  // The first view is drawn at the camera MapLibre starts at: the overview, fitted to the container as MapLibre will.
  useLayoutEffect(() => {
    const el = container.current;
    if (!el || !firstViewWanted(store.getState())) return;
    const fit = fitCamera(OVERVIEW_BOUNDS, el.clientWidth, el.clientHeight, {
      padding: FIT_PADDING,
      maxZoom: MAX_ZOOM,
      minZoom: MIN_ZOOM,
    });
    setFirstView({ camera: fit, width: el.clientWidth, height: el.clientHeight });
  }, [store]);

  const viewport = useMemo<MapViewport | null>(
    () =>
      map && {
        element: map.getContainer(),
        project: (lngLat) => map.project(lngLat),
        onChange(callback) {
          map.on('move', callback);
          map.on('resize', callback);
          return () => {
            map.off('move', callback);
            map.off('resize', callback);
          };
        },
      },
    [map],
  );

  return (
    <div className="map-wrap">
      <div
        ref={container}
        className="map"
        data-renderer="webgl"
        data-map-ready={map ? 'true' : 'false'}
        data-drawn-by={arrived && firstView ? 'svg' : 'webgl'}
        role="region"
        aria-label={t(lang, 'mapLabel')}
      />
      {arrived && firstView && (
        <FirstViewBoundary onFail={firstViewFailed}>
          <AtlasContext.Provider value={arrived}>
            <SvgFirstView frame={firstView} interactive={!map} />
          </AtlasContext.Provider>
        </FirstViewBoundary>
      )}
      <MapContext.Provider value={map}>
        {atlas && <MapBehaviour map={map} onDrawn={handOver} />}
        <ViewportContext.Provider value={viewport}>{children}</ViewportContext.Provider>
      </MapContext.Provider>
    </div>
  );
}
