// The briefing copy opens from file://, where nothing can be fetched from disk:
// the worker travels inside the page as a data: URL (MapLibre reads it back
// and starts a module worker from it on opaque origins).
import source from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';

export const WORKER_URL = `data:text/javascript;charset=utf-8,${encodeURIComponent(source)}`;
