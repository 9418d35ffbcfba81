// The only owner of the MapLibre instance: created once, removed on unmount,
// shared through context. State reaches it through the small hooks below, one
// per concern; it never rebuilds layers or data to highlight. The countries are
// first drawn by the first paint (firstPaint.ts), then by the tiled layers.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
// MapLibre's own rules for what the map creates; not its controls' (see maplibre.css).
import '../styles/maplibre.css';
import { useContext, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { AtlasArrivalContext, useAtlasData, useAtlasIfLoaded } from '../app/atlasContext.ts';
import { t } from '../i18n/strings.ts';
import { useAtlas, useAtlasStoreApi } from '../state/store.ts';
import { lngLatOfUnit, MAX_ZOOM, MIN_ZOOM, OVERVIEW_BOUNDS } from './camera.ts';
import { MapContext } from './mapContext.ts';
import { THEME_COLORS, type ThemeColors } from './palette.ts';
import { FirstFrame } from './firstFrame.ts';
import { prepareFirstPaint } from './firstPaint.ts';
import { tileAndHandOver } from './handOver.ts';
import { fitCamera, WORLD_PX } from './svg/camera.ts';
import { skipSky } from './sky.ts';
import { COUNTRY_SOURCE, MICRO_SOURCE, baseStyle, countryLayers } from './style.ts';
import { FIT_PADDING, useMapCamera } from './useMapCamera.ts';
import { useLooks, useMapLooks } from './useMapLooks.ts';
import { useMapPointer } from './useMapPointer.ts';
import { useMapSelection } from './useMapSelection.ts';
import { WORKER_URL } from './workerUrl.ts';
import { ViewportContext, type MapViewport } from './viewport.ts';

// MapLibre 6 loads its worker as a separate module; Vite must emit it and tell MapLibre where.
setWorkerUrl(WORKER_URL);

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
function MapBehaviour({ map, firstFrame }: { map: MapLibreMap | null; firstFrame: FirstFrame }) {
  const atlas = useAtlasData();
  // The geometry, not the whole atlas: it stays the same when the details arrive, which must not re-tile the map.
  const { geometry, micro } = atlas;
  const store = useAtlasStoreApi();
  const ready = useAtlas((s) => s.ready);
  const firstPaint = firstFrame.layerFor(atlas);
  const paintFailed = useSyncExternalStore(firstFrame.subscribe, firstFrame.failed);
  const paint = paintFailed ? null : firstPaint;
  const looks = useLooks();
  // The first paint has usually been added already, when the files were parsed (AtlasLoader's arrival); not when the
  // map was rebuilt (a lost context, the map part's Retry) or the map view opened from the table.
  useLayoutEffect(() => void firstFrame.arrived(atlas), [firstFrame, atlas]);
  // Layout effects, these two and the pointer's: a click is heard from the render that brings the map, not a frame
  // or more later, when the browser gets round to React's effects.
  useLayoutEffect(() => {
    if (map?.style) addTiledLayers(map, THEME_COLORS[store.getState().theme]);
  }, [map, store]);
  // Once the first paint is on screen (or cannot be drawn), the tiled layers get the countries, and take over
  // when they have drawn them (handOver.ts). Tiling waits so that the worker does not compete with the first frame.
  useEffect(() => {
    if (!map?.style || !(ready || !paint)) return;
    return tileAndHandOver(map, { countries: geometry.countries, micro }, paint !== null);
  }, [map, ready, geometry, micro, paint]);
  useMapLooks(map, looks, paint);
  useMapSelection(map);
  useMapCamera(map);
  useMapPointer(map);
  return null;
}

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * The countries and micro-states as sources, still empty, with their layers above the first paint: once per map, when
 * it reaches MapBehaviour. They are filled after the first paint has drawn.
 */
function addTiledLayers(map: MapLibreMap, theme: ThemeColors): void {
  if (map.getSource(COUNTRY_SOURCE)) return;
  map.addSource(COUNTRY_SOURCE, { type: 'geojson', data: EMPTY, promoteId: 'iso3' });
  map.addSource(MICRO_SOURCE, { type: 'geojson', data: EMPTY, promoteId: 'iso3' });
  for (const layer of countryLayers(theme)) map.addLayer(layer);
  map.getContainer().dataset.tiled ??= 'false';
}

export function MapView({ children, onFail, onLost }: Props) {
  const container = useRef<HTMLDivElement>(null);
  // MapLibre starts at once, in parallel with the atlas's fetch; `styled` once its style has loaded. The hooks
  // and children are given it once the atlas has arrived too (MapBehaviour adds the sources first).
  const [styled, setStyled] = useState<MapLibreMap | null>(null);
  const atlas = useAtlasIfLoaded();
  const map = atlas ? styled : null;
  const store = useAtlasStoreApi();
  const [firstFrame] = useState(() => new FirstFrame(store));
  const lang = useAtlas((s) => s.lang);
  // Told of the atlas as soon as its files are parsed, before React renders the interface with it, which waits for
  // the first paint's frame (or not long) so that frame is not held up by that render.
  const arrival = useContext(AtlasArrivalContext);
  useLayoutEffect(() => arrival?.listen((arrived) => firstFrame.arrived(arrived)), [arrival, firstFrame]);
  // The callbacks change identity with the chooser's renders; the map must not be rebuilt for that.
  const handlers = useRef({ onFail, onLost });
  useEffect(() => {
    handlers.current = { onFail, onLost };
  }, [onFail, onLost]);

  // A layout effect: the map starts in the render that lays out its container (main.tsx renders synchronously, so the
  // files are parsed after it has started, not before).
  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    const theme = THEME_COLORS[store.getState().theme];
    // The overview fitted here (the SVG map's fitCamera, which is MapLibre's fitBounds), not by MapLibre's `bounds`
    // option: that goes through its camera's animation code (fitBounds, flyTo), which has not been compiled yet at
    // this point and cost ~45 ms of the map's start on a slow machine. Reading the size lays out the page, as MapLibre
    // would at once.
    const fit = fitCamera(OVERVIEW_BOUNDS, el.clientWidth, el.clientHeight, { padding: FIT_PADDING, maxZoom: MAX_ZOOM, minZoom: MIN_ZOOM });
    let instance: MapLibreMap;
    try {
      instance = new MapLibreMap({
        container: el,
        style: baseStyle(theme),
        center: lngLatOfUnit(fit.cx / WORLD_PX, fit.cy / WORLD_PX),
        zoom: Math.log2(fit.k),
        attributionControl: false,
        // With world copies off MapLibre clamps the view at 180°W and shoves the Americas east of centre.
        renderWorldCopies: true,
        // A flat map, never tilted: no rotating, and no pitching by touch either (a two-finger swipe up or down tilted
        // it on a phone). sky.ts relies on it.
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        maxPitch: 0,
        maxZoom: MAX_ZOOM,
        minZoom: MIN_ZOOM,
        fadeDuration: 0,
        // The style is built by tested functions (style.test.ts checks it against the style spec); validating every
        // layer and paint change again at run time cost more than a frame before the first paint.
        validateStyle: false,
        // No preserveDrawingBuffer: nothing reads this canvas back (the export draws a map of its own, and tests read
        // the screen through screenshots), and keeping the buffer costs a copy on every frame.
        canvasContextAttributes: { antialias: false },
      });
      skipSky(instance);
      const gl = instance.getCanvas().getContext('webgl2'); // the map's own context, as MapLibre 6 creates it
      if (gl) prepareFirstPaint(gl);
    } catch (err) {
      // The map could not start although WebGL looked available (a context limit, a blocked GPU): draw it another way.
      handlers.current.onFail((err as Error).message);
      return;
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
    instance.on('movestart', () => (el.dataset.moving = 'true'));
    instance.on('moveend', () => (el.dataset.moving = 'false'));
    // How many times the map has come to rest with everything it was asked to draw on screen (MapLibre's idle: no
    // tile loading, transition or animation left). Tests wait for the next rest after a change, never for a time.
    let rests = 0;
    instance.on('idle', () => (el.dataset.idle = String(++rests)));
    instance.once('style.load', () => {
      firstFrame.styled(instance);
      // At once, not in a transition: the map's behaviour (pointer, selection, camera) must hear the first click.
      setStyled(instance);
    });
    return () => {
      firstFrame.styled(null);
      setStyled(null);
      // After every hook's cleanup of this unmount has cleared its feature state on the still-living map.
      queueMicrotask(() => instance.remove());
    };
  }, [store, firstFrame]);


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
        role="region"
        aria-label={t(lang, 'mapLabel')}
      />
      <MapContext.Provider value={map}>
        {atlas && <MapBehaviour map={map} firstFrame={firstFrame} />}
        <ViewportContext.Provider value={viewport}>{children}</ViewportContext.Provider>
      </MapContext.Provider>
    </div>
  );
}
