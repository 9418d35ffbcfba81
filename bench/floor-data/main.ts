// The benchmark's second floor: the least a MapLibre page can do to draw any data at all, one GeoJSON triangle
// in one fill layer, with the worker started early (its best case). Drawing data from a GeoJSON source means
// starting MapLibre's worker, tiling there and drawing the tiles, which the background-only floor never does;
// this page measures that fixed cost, whatever the geometry.
import { Map as MapLibreMap, prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);
prewarm();
const map = new MapLibreMap({
  container: 'map',
  style: {
    version: 8,
    sources: {
      one: {
        type: 'geojson',
        data: {
          type: 'Feature',
          properties: {},
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [-90, 10],
                [-80, 10],
                [-80, 20],
                [-90, 10],
              ],
            ],
          },
        },
      },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dde7ee' } },
      { id: 'one', type: 'fill', source: 'one', paint: { 'fill-color': '#e69f00' } },
    ],
  },
  center: [-81, 7],
  zoom: 1.5,
  attributionControl: false,
});
map.once('idle', () => performance.mark('floor:ready'));
