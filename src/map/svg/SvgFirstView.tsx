// The first view while MapLibre starts: the countries drawn as SVG from the parsed geometry as soon as it arrives,
// in the same looks and at the same camera as the MapLibre map that replaces it once its layers have drawn
// (MapView). It marks `atlas:ready` in the frame after it is first committed: the coloured countries are on screen.
// Until MapLibre is there it takes clicks itself, picked from its camera as MapLibre's would be; once MapLibre is
// beneath, the pointer passes through to it (a drag pans).
import { Component, useEffect, useMemo, useRef, type MouseEvent, type ReactNode } from 'react';
import { useAtlasData } from '../../state/atlasContext.ts';
import { useAtlasStoreApi, type AtlasState } from '../../state/store.ts';
import { microRadius } from '../style.ts';
import { READY_MARK, useAtlasLooks } from '../useMapLooks.ts';
import { lngLatOfUnit } from '../camera.ts';
import { pickAt, pickIndex, type PickIndex } from '../pick.ts';
import { MICRO_HIT_PX, selectPicked } from '../useMapPointer.ts';
import { fromScreen, mercator, toScreen, WORLD_PX, worldTransform, type Camera } from './camera.ts';
import { microMarkers, SvgBackdrop, SvgCountries, SvgMicroMarkers, useCountryPaths } from './SvgDrawing.tsx';

/**
 * Whether the map opens with the SVG first view: on the overview, drawn with WebGL. A view opening on a selection or
 * a slide is jumped to by MapLibre (useSelectionCamera), which the first view would not show.
 */
export function firstViewWanted(
  s: Pick<AtlasState, 'renderer' | 'country' | 'initiative' | 'present' | 'embed' | 'ready'>,
): boolean {
  return s.renderer !== 'svg' && !s.country && !s.initiative && !(s.present && !s.embed) && !s.ready;
}

export interface FirstViewFrame {
  camera: Camera;
  width: number;
  height: number;
}

export function SvgFirstView({ frame, interactive }: { frame: FirstViewFrame; interactive: boolean }) {
  const { geometry, micro } = useAtlasData();
  const picking = useRef<PickIndex | null>(null);
  const store = useAtlasStoreApi();
  const looks = useAtlasLooks();
  const paths = useCountryPaths(geometry);
  const markers = useMemo(() => microMarkers(micro), [micro]);
  const { camera, width, height } = frame;
  const r = microRadius(Math.log2(camera.k));

  useEffect(() => {
    if (store.getState().ready) return;
    const drawn = requestAnimationFrame(() => {
      if (store.getState().ready) return;
      performance.mark(READY_MARK);
      store.setState({ ready: true });
    });
    return () => cancelAnimationFrame(drawn);
  }, [store]);

  // Stripes keep their screen width, as MapLibre's fill-pattern does (and the SVG map's camera sets).
  const patternTransform = `scale(${1 / camera.k})`;
  const onClick = (e: MouseEvent<SVGSVGElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const view = {
      zoom: Math.log2(camera.k),
      project: ([lng, lat]: [number, number]) => toScreen(camera, mercator(lng, lat), width, height),
      unproject: (p: [number, number]) => {
        const [x, y] = fromScreen(camera, { x: p[0], y: p[1] }, width, height);
        return lngLatOfUnit(x / WORLD_PX, y / WORLD_PX);
      },
    };
    picking.current ??= pickIndex(geometry.countries, micro);
    selectPicked(
      store,
      pickAt(picking.current, { x: e.clientX - box.left, y: e.clientY - box.top }, view, MICRO_HIT_PX),
    );
  };
  return (
    <svg
      className={interactive ? 'svg-map map-first-view is-interactive' : 'svg-map map-first-view'}
      width={width}
      height={height}
      xmlns="http://www.w3.org/2000/svg"
      aria-hidden="true"
      data-first-view="svg"
      onClick={interactive ? onClick : undefined}
    >
      <SvgBackdrop looks={looks} patternTransform={patternTransform} />
      <SvgCountries looks={looks} paths={paths} transform={worldTransform(camera, width, height)} />
      <SvgMicroMarkers
        looks={looks}
        markers={markers}
        position={(m) => {
          const p = toScreen(camera, mercator(m.lon, m.lat), width, height);
          return { cx: p.x, cy: p.y, r };
        }}
      />
    </svg>
  );
}

/**
 * A first view that cannot be drawn is left out and says so (`onFail`): MapLibre, which waits for the first view,
 * starts and draws the countries, and marks ready when it has.
 */
export class FirstViewBoundary extends Component<{ children: ReactNode; onFail: () => void }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: Error) {
    console.warn('The SVG first view could not be drawn; the map appears when MapLibre has drawn it:', error);
    this.props.onFail();
  }

  render() {
    return this.state.failed ? null : this.props.children;
  }
}
