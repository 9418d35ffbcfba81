// The benchmark's floor: the least a MapLibre page can do, built by the same
// tooling as the atlas. Its time to first drawn frame is what the atlas is measured against.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);
const map = new MapLibreMap({
  container: 'map',
  style: {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#dde7ee' } }],
  },
  center: [-81, 7],
  zoom: 1.5,
  attributionControl: false,
});
map.once('idle', () => performance.mark('floor:ready'));
