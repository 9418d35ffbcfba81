// MapLibre draws a sky under every frame: a pass over every pixel, for views pitched towards the horizon. The atlas's
// maps are never pitched (MapView sets maxPitch to 0; the export's map takes no input) and their background layer is
// opaque, so the sky is never seen: every pixel it shades is painted over. On SwiftShader (Chromium's WebGL on the CPU, as on a laptop without a usable
// GPU) that pass cost ~50 ms of each 1920×1080 frame (dragging the map: 5.3 → 7.1 frames a second without it), and
// building its program held the first frame for 14–26 ms. The canvas is the same pixel for pixel without it.
import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * Stops this map drawing its sky. The painter's table of draw functions is typed in MapLibre's declarations; this map
 * gets a copy of it (the table is shared by every map). Should a later MapLibre lay it out otherwise, the sky is drawn.
 * MapLibre makes a new painter if it restores a lost context; MapView does not wait for that, it builds a new map.
 */
export function skipSky(map: MapLibreMap): void {
  const painter = map.painter as Partial<MapLibreMap['painter']> | undefined;
  if (typeof painter?.drawFunctions?.sky !== 'function') return;
  painter.drawFunctions = { ...painter.drawFunctions, sky: () => {} };
}
