// The only owner of the MapLibre instance: created once, removed on unmount,
// shared through context. State reaches it through the small hooks below, one
// per concern; it never rebuilds layers or data to highlight.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useAtlasData } from '../app/atlasContext.ts';
import { t } from '../i18n/strings.ts';
import { useAtlas, useAtlasStoreApi } from '../state/store.ts';
import { OVERVIEW_BOUNDS } from './camera.ts';
import { MapContext } from './mapContext.ts';
import { THEME_COLORS } from './palette.ts';
import { COUNTRY_SOURCE, MICRO_SOURCE, baseStyle, countryLayers } from './style.ts';
import { useMapCamera } from './useMapCamera.ts';
import { useMapLooks } from './useMapLooks.ts';
import { useMapPointer } from './useMapPointer.ts';
import { useMapSelection } from './useMapSelection.ts';
import { WORKER_URL } from './workerUrl.ts';

// MapLibre 6 loads its worker as a separate module; Vite must emit it and tell MapLibre where.
setWorkerUrl(WORKER_URL);

/** Whether this browser can give the map a WebGL context at all. */
function canUseWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

export function MapView({ children }: { children?: ReactNode }) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [webgl] = useState(canUseWebGL);
  const atlas = useAtlasData();
  const store = useAtlasStoreApi();
  const lang = useAtlas((s) => s.lang);

  useEffect(() => {
    const el = container.current;
    if (!el || !webgl) return;
    const theme = THEME_COLORS[store.getState().theme];
    let instance: MapLibreMap;
    try {
      instance = new MapLibreMap({
        container: el,
        style: baseStyle(theme),
        bounds: OVERVIEW_BOUNDS,
        fitBoundsOptions: { padding: 40 },
        attributionControl: false,
        // With world copies off MapLibre clamps the view at 180°W and shoves the Americas east of centre.
        renderWorldCopies: true,
        dragRotate: false,
        pitchWithRotate: false,
        maxZoom: 9,
        minZoom: 0.5,
        fadeDuration: 0,
        // Kept so an export can read the canvas after drawing.
        canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
      });
    } catch (err) {
      // The map could not start although WebGL looked available: say so, keep the rest of the atlas working.
      store.getState().say(`${t(store.getState().lang, 'mapFailed')} (${(err as Error).message})`, 'warning');
      return;
    }
    instance.touchZoomRotate.disableRotation();
    instance.keyboard.disableRotation();
    // Tests and the export wait for the camera to settle; the attribute says when it moves.
    instance.on('movestart', () => (el.dataset.moving = 'true'));
    instance.on('moveend', () => (el.dataset.moving = 'false'));
    instance.on('load', () => {
      instance.addSource(COUNTRY_SOURCE, { type: 'geojson', data: atlas.geometry.countries, promoteId: 'iso3' });
      instance.addSource(MICRO_SOURCE, { type: 'geojson', data: atlas.micro, promoteId: 'iso3' });
      for (const layer of countryLayers(theme)) instance.addLayer(layer);
      setMap(instance);
    });
    return () => {
      setMap(null);
      instance.remove();
    };
  }, [atlas, store, webgl]);

  useMapLooks(map);
  useMapSelection(map);
  useMapCamera(map);
  useMapPointer(map);

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
      {!webgl && (
        <p className="map-failure" role="alert">
          {t(lang, 'noWebgl')}
        </p>
      )}
      <MapContext.Provider value={map}>{children}</MapContext.Provider>
    </div>
  );
}
