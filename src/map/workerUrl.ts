// MapLibre 6 runs its worker from a separate module file; Vite emits it and
// this is its URL. The offline build swaps this module for workerUrl.offline.ts.
import url from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

export const WORKER_URL: string = url;
