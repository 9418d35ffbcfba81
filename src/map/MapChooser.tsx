// Chooses how the map is drawn: WebGL (MapView) unless MapLibre cannot start
// (no context: its constructor throws, and the chooser hears of it), else the SVG fallback; `renderer=svg|webgl` in the URL forces one.
// A lost context is waited for, then the map is rebuilt once; a second loss, a
// loss inside an iframe (where it usually means too many maps on the page: a
// rebuild would only take another atlas's context), or a failure to start
// switches to SVG. The selection, year and slide live in the store, so
// rebuilding or switching the view loses nothing.
import { useCallback, useState, type ReactNode } from 'react';
import { useAtlasIfLoaded } from '../state/atlasContext.ts';
import { useAtlas } from '../state/store.ts';
import { MapView } from './MapView.tsx';
import { SvgMapView } from './lazySvgMap.tsx';
import { countryPaths, CountryPathsContext, type CountryPaths } from './svg/SvgDrawing.tsx';
import type { Geometry } from '../data/load.ts';

function isFramed(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true; // a cross-origin parent: framed
  }
}

export function MapChooser({ children }: { children?: ReactNode }) {
  const requested = useAtlas((s) => s.renderer);
  const loaded = useAtlasIfLoaded() !== null;
  const [fallback, setFallback] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  const onFail = useCallback((reason: string) => {
    console.warn(`WebGL map unavailable (${reason}); drawing the map as SVG.`);
    setFallback(reason);
  }, []);
  const onLost = useCallback(() => {
    if (generation === 0 && !isFramed()) setGeneration(1);
    else onFail('the WebGL context was lost');
  }, [generation, onFail]);

  // The countries' SVG paths, computed once per geometry for every SVG drawing under this map (see CountryPathsContext).
  const [pathsOf] = useState(() => {
    const computed = new WeakMap<Geometry, CountryPaths>();
    return (geometry: Geometry): CountryPaths => {
      let paths = computed.get(geometry);
      if (!paths) computed.set(geometry, (paths = countryPaths(geometry)));
      return paths;
    };
  });

  // The SVG map draws from the atlas alone: nothing to start before it arrives.
  // No separate WebGL probe first: a probe context costs as much as the map's own (~0.1 s on a slow machine).
  return (
    <CountryPathsContext.Provider value={pathsOf}>
      {requested === 'svg' || fallback ? (
        loaded ? (
          <SvgMapView>{children}</SvgMapView>
        ) : (
          <div className="map-wrap" />
        )
      ) : (
        <MapView key={generation} onFail={onFail} onLost={onLost}>
          {children}
        </MapView>
      )}
    </CountryPathsContext.Provider>
  );
}
