// How the tiled layers take over the countries from the first paint, without a long frame after ready.
//
// MapLibre compiles a layer type's shaders the first time it draws one, and asks WebGL for the result at once: the main
// thread waits for the GPU process, and if that process is still putting earlier frames on screen, for them too. On
// SwiftShader a frame takes the GPU process 60–250 ms (1024×768 to 1920×1080), and the hand-over's frame, which drew
// every tiled layer at once whenever their tiles arrived, waited 200–400 ms. So the tiled layers come in three steps:
// 1. they get the countries at ready, hidden (visibility none): MapLibre's worker parses them, but no tiles are made
//    and no frame draws them;
// 2. once the page has settled, they are shown, held at zero opacity (HELD_BY): the worker tiles the countries, and
//    the frames that bring the tiles draw nothing new and compile only the tiles' clipping mask, once;
// 3. once they are tiled and the page has settled again, they are opened and the first paint removed, in one frame
//    that compiles the layers' shaders with the GPU process idle.
// Without a first paint (its shaders failed) nothing is on screen until they draw: they are shown and opened at once,
// and the map is marked tiled when they have drawn.
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { FIRST_PAINT_LAYER } from './firstPaint.ts';
import { COUNTRY_SOURCE, HELD_BY, MICRO_SOURCE, STATE_LAYER_OPACITY, TILED_LAYER_IDS, type StateLayer } from './style.ts';

/**
 * Longest wait for a settled page, in animation frames' time: past it the step is taken anyway (a page that keeps
 * changing still gets its tiled layers). A hidden tab runs no frames, and waits until it is shown.
 */
const SETTLE_CAP_MS = 10_000;
/** Frames in a row at display rate that say the compositor is keeping up, and how far apart such frames come. */
const CALM_FRAMES = 3;
const CALM_FRAME_MS = 34;
/** How long the page must have gone without a DOM change (the interface's later parts arriving). */
const STILL_MS = 200;

/** Marked where the tiled layers open: with a first paint, the frame that compiles their shaders (for tests). */
export const TILED_MARK = 'atlas:tiled';

const opened = new WeakSet<MapLibreMap>();
/** The data each map's sources were given: an effect run again with the same data does not re-tile it. */
const given = new WeakMap<MapLibreMap, TiledData>();
/** The state layers in use (a selection, a spotlight, a hover), switched on once the tiled layers are open. */
const wanted = new WeakMap<MapLibreMap, Set<StateLayer>>();

/**
 * The dim, hover and selection layers draw nothing until some country is in their state: they start switched off
 * (layer opacity 0), so frames skip them and their shaders are not compiled before the first view, and are switched
 * on while in use, once the tiled layers are open (before that the first paint draws the states). A constant paint
 * change: no re-tiling.
 */
export function setLayerShown(map: MapLibreMap, layer: StateLayer, shown: boolean): void {
  if (!map.style || !map.getLayer(layer)) return;
  const inUse = wanted.get(map) ?? new Set<StateLayer>();
  wanted.set(map, inUse);
  if (shown) inUse.add(layer);
  else inUse.delete(layer);
  if (opened.has(map)) map.setPaintProperty(layer, STATE_LAYER_OPACITY[layer], shown ? 1 : 0);
}

type TiledData = { countries: GeoJSON.FeatureCollection; micro: GeoJSON.FeatureCollection };

/**
 * Gives the tiled layers the countries and hands over to them (the three steps above). `painted`: the first paint is
 * on screen. Returns a cancel function for an effect's cleanup.
 */
export function tileAndHandOver(map: MapLibreMap, data: TiledData, painted: boolean): () => void {
  const live = { current: true };
  const gone = () => !live.current || !map.style;
  const settled = () => (painted ? whenSettled(map, live) : Promise.resolve());
  const before = given.get(map);
  if (before?.countries !== data.countries) map.getSource<GeoJSONSource>(COUNTRY_SOURCE)?.setData(data.countries);
  if (before?.micro !== data.micro) map.getSource<GeoJSONSource>(MICRO_SOURCE)?.setData(data.micro);
  given.set(map, data);
  const tiled = () => {
    if (!map.isSourceLoaded(COUNTRY_SOURCE) || !map.isSourceLoaded(MICRO_SOURCE)) return;
    map.off('idle', tiled);
    void settled().then(() => {
      if (gone()) return;
      // The view may have moved while the page settled: its tiles first.
      if (!map.isSourceLoaded(COUNTRY_SOURCE) || !map.isSourceLoaded(MICRO_SOURCE)) return void map.on('idle', tiled);
      performance.mark(TILED_MARK);
      open(map);
      if (map.getLayer(FIRST_PAINT_LAYER)) map.removeLayer(FIRST_PAINT_LAYER);
      // In this frame, not MapLibre's next: the page is quiet now.
      if (painted) map.redraw();
      map.getContainer().dataset.tiled = 'true';
    });
  };
  void settled().then(() => {
    if (gone()) return;
    for (const id of TILED_LAYER_IDS) map.setLayoutProperty(id, 'visibility', 'visible');
    if (!painted) open(map);
    else {
      // Drawn now, in this quiet frame, and twice: updating the style raises events that ask MapLibre for a second
      // pass, which it would draw in the next frame, for the GPU to put on screen on its own just as the first tiles
      // arrive (SwiftShader at 1920×1080: ~200 ms a frame, which the first tiles' frame then waited for).
      map.redraw();
      map.redraw();
    }
    map.on('idle', tiled);
  });
  return () => {
    live.current = false;
    map.off('idle', tiled);
  };
}

function open(map: MapLibreMap): void {
  if (opened.has(map)) return;
  opened.add(map);
  for (const [layer, properties] of Object.entries(HELD_BY)) for (const property of properties) map.setPaintProperty(layer, property, 1);
  for (const layer of wanted.get(map) ?? []) map.setPaintProperty(layer, STATE_LAYER_OPACITY[layer], 1);
}

/**
 * Resolves in an animation frame once the page has settled: the GPU has done what the map gave it (a fence), frames
 * come at display rate again (the compositor has caught up), the camera is at rest and the DOM has not changed for a
 * moment (the interface's later parts have arrived). Or once SETTLE_CAP_MS of frames have passed.
 */
function whenSettled(map: MapLibreMap, live: { current: boolean }): Promise<void> {
  return new Promise((resolve) => {
    const start = performance.now();
    let lastChange = start;
    const observer = new MutationObserver(() => void (lastChange = performance.now()));
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    const gl = map.getCanvas().getContext('webgl2');
    let fence = gl?.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0) ?? null;
    gl?.flush();
    let last = start;
    let calm = 0;
    const frame = (now: number) => {
      calm = now - last < CALM_FRAME_MS ? calm + 1 : 0;
      last = now;
      // A lost context answers nothing: count its fence as passed.
      const done = !gl || !fence || gl.isContextLost() || gl.getSyncParameter(fence, gl.SYNC_STATUS) === gl.SIGNALED;
      const still = now - lastChange > STILL_MS && !map.isMoving();
      if (!live.current || (done && calm >= CALM_FRAMES && still) || now - start > SETTLE_CAP_MS) {
        if (gl && fence && !gl.isContextLost()) gl.deleteSync(fence);
        observer.disconnect();
        resolve();
        return;
      }
      // Passed while frames were still slow: set another behind whatever those frames drew.
      if (done && gl && fence && !gl.isContextLost()) {
        gl.deleteSync(fence);
        fence = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
        gl.flush();
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}
