// MapLibre, fetched when the map first needs it: after the SVG first view is on screen, or at once when the atlas
// opens without one (a selection, a slide, no first view). The first view needs none of its ~800 KB of script, so
// neither downloading nor compiling it holds up the coloured map. The module system fetches it once per page.
import { WORKER_URL } from './workerUrl.ts';

export type MapLibre = typeof import('maplibre-gl');

export async function loadMapLibre(): Promise<MapLibre> {
  const maplibre = await import('maplibre-gl');
  // MapLibre 6 loads its worker as a separate module; Vite emits it and tells us where.
  maplibre.setWorkerUrl(WORKER_URL);
  // The module's evaluation was one long task; the map's start is another. A turn of the event loop between them lets
  // a click or a key typed meanwhile be handled, instead of both running as one task.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return maplibre;
}
