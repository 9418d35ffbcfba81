// Where the map's style and the atlas's files meet: the first paint (firstPaint.ts) is added by the second of the two
// to arrive, once per map, with the looks the store asks for. The atlas is given to it as soon as its files are
// parsed (AtlasLoader's arrival), before React renders the interface with it: that render takes a few hundred
// milliseconds on a slow machine, and the countries no longer wait for it.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Atlas } from '../data/load.ts';
import type { AtlasStore } from '../state/store.ts';
import { FirstPaintLayer } from './firstPaint.ts';
import { THEME_COLORS } from './palette.ts';
import { looksFor } from './useMapLooks.ts';

export class FirstFrame {
  private map: MapLibreMap | null = null;
  private atlas: Atlas | null = null;
  /** The map the first paint was added to: once per map, not again after the hand-over has removed it. */
  private addedTo: MapLibreMap | null = null;
  private layer: { geometry: Atlas['geometry']; paint: FirstPaintLayer } | null = null;
  private failure: string | null = null;
  /** Lets whoever waits for the first paint's frame go on without it (it cannot draw). */
  private release: (() => void) | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly store: AtlasStore) {}

  /** The map's style has loaded, in MapLibre's animation frame (null: the map is gone). */
  styled(map: MapLibreMap | null): void {
    this.map = map;
    void this.add(true);
  }

  /**
   * The atlas has arrived. Resolves once the first paint has drawn it (with the frame's time) or has failed; undefined
   * when this call adds nothing: the style has not loaded, the first paint cannot draw, or it is on this map already.
   */
  arrived(atlas: Atlas): Promise<number | undefined> | undefined {
    this.atlas = atlas;
    // Built now: the files are usually parsed before MapLibre's style loads (in an animation frame), and the main
    // thread would otherwise wait idle for it and then build the mesh.
    if (this.failure === null) this.layerFor(atlas);
    return this.add(false);
  }

  /** The first paint of this atlas's geometry, built once (its mesh is the costly part). */
  layerFor(atlas: Atlas): FirstPaintLayer {
    if (this.layer?.geometry !== atlas.geometry)
      this.layer = {
        geometry: atlas.geometry,
        paint: new FirstPaintLayer(atlas.geometry.countries, atlas.micro, (reason) => {
          console.warn(`Drawing the map with its tiled layers only: ${reason}`);
          this.failure = reason;
          this.release?.();
          for (const listener of this.listeners) listener();
        }),
      };
    return this.layer.paint;
  }

  /** WebGL would not build the first paint: the tiled layers draw the countries. For useSyncExternalStore. */
  readonly failed = (): boolean => this.failure !== null;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** `inFrame`: called in an animation frame, whose rendering puts what is drawn now on screen before any task. */
  private add(inFrame: boolean): Promise<number | undefined> | undefined {
    const { map, atlas } = this;
    if (!map || !atlas || this.failure !== null) return undefined;
    const paint = this.layerFor(atlas);
    if (this.addedTo === map) return undefined;
    this.addedTo = map;
    const { year, hidden, theme } = this.store.getState();
    // The same object as useLooks will give MapBehaviour for the same state, so the ready mark hears of this frame.
    const looks = looksFor(atlas.index.memberships, year, hidden, theme);
    paint.setLooks(looks, THEME_COLORS[theme]);
    map.addLayer(paint);
    map.getContainer().dataset.tiled = 'false';
    const shown = new Promise<number | undefined>((resolve) => {
      this.release = () => resolve(undefined);
      void paint.whenShown(looks).then(resolve);
    });
    // In the style's load frame, drawn at once rather than in the next frame MapLibre would ask for: whatever was
    // queued meanwhile (on a fast link, React's render of the interface with the atlas, ~120–170 ms on a slow machine)
    // ran first, and the countries waited for it (bench at 1920×1080: ready 1.10–1.34× the floor → 0.91–1.13×).
    // Outside a frame (the files parsed after the style loaded) the next frame draws it: drawn in this task, `shown`
    // would let the interface render before the browser had put the countries on screen. A failure to link the
    // shaders is heard in the draw, and releases `shown`.
    if (!inFrame) map.triggerRepaint();
    else {
      try {
        map.redraw();
      } catch (err) {
        // Thrown out of the style's load handler, it would keep the map from the interface: MapLibre drops the error.
        console.error('The first paint could not draw the countries:', err);
        map.triggerRepaint();
      }
    }
    return shown;
  }
}
