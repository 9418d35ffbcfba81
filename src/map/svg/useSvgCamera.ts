// The SVG map's camera: kept in a ref and applied imperatively (a transform on
// the world group, marker positions, pattern scale), so a flight never
// re-renders React. The viewport it returns drives the shared label and
// tooltip overlays, exactly as MapLibre's camera does for the WebGL map.
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { MIN_ZOOM, OVERVIEW_BOUNDS, type BoundsPair } from '../camera.ts';
import { FIT_MAX_ZOOM, FIT_PADDING, FLIGHT_MS, useSelectionCamera, type MoveCamera } from '../useMapCamera.ts';
import type { MapViewport } from '../viewport.ts';
import { overlayPadding } from '../overlays.ts';
import { easeOut, fitCamera, interpolateCamera, mercator, toScreen, worldTransform, type Camera } from './camera.ts';
import { microRadius } from '../style.ts';

export interface SvgCamera {
  /** Refs for the map box, the <svg> and the group the world is drawn in. */
  container: RefObject<HTMLDivElement | null>;
  svg: RefObject<SVGSVGElement | null>;
  world: RefObject<SVGGElement | null>;
  viewport: MapViewport | null;
  /** Puts the camera on the elements: call after React adds patterns or markers. */
  apply: () => void;
}

export function useSvgCamera(): SvgCamera {
  const container = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const world = useRef<SVGGElement>(null);
  const camera = useRef<Camera | null>(null);
  const size = useRef({ width: 0, height: 0 });
  const listeners = useRef(new Set<() => void>());
  const flight = useRef(0);
  const [viewport, setViewport] = useState<MapViewport | null>(null);

  const apply = useCallback(() => {
    const cam = camera.current;
    const root = svg.current;
    if (!cam || !root) return;
    const { width, height } = size.current;
    world.current?.setAttribute('transform', worldTransform(cam, width, height));
    // Stripes keep their screen width whatever the zoom, as MapLibre's fill-pattern does.
    for (const p of root.querySelectorAll('pattern.svg-pattern'))
      p.setAttribute('patternTransform', `scale(${1 / cam.k})`);
    const r = microRadius(Math.log2(cam.k));
    for (const c of root.querySelectorAll<SVGCircleElement>('circle[data-lon]')) {
      const p = toScreen(cam, mercator(Number(c.dataset.lon), Number(c.dataset.lat)), width, height);
      c.setAttribute('cx', p.x.toFixed(1));
      c.setAttribute('cy', p.y.toFixed(1));
      if (!c.dataset.hit) c.setAttribute('r', r.toFixed(2));
    }
    for (const listener of listeners.current) listener();
  }, []);

  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    const measure = () => {
      const { width, height } = el.getBoundingClientRect();
      size.current = { width, height };
      camera.current ??= fitCamera(OVERVIEW_BOUNDS, width, height, {
        padding: FIT_PADDING,
        maxZoom: FIT_MAX_ZOOM,
        minZoom: MIN_ZOOM,
      });
      apply();
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    setViewport({
      element: el,
      project: (lngLat) =>
        camera.current
          ? toScreen(camera.current, mercator(lngLat[0], lngLat[1]), size.current.width, size.current.height)
          : { x: -1e6, y: -1e6 },
      onChange(callback) {
        listeners.current.add(callback);
        return () => listeners.current.delete(callback);
      },
    });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(flight.current);
    };
  }, [apply]);

  const move = useMemo<MoveCamera>(
    () =>
      (target: BoundsPair, animate: boolean, options = {}) => {
        const el = container.current;
        const from = camera.current;
        if (!el || !from) return;
        const { width, height } = size.current;
        const padding =
          options.overlays === false
            ? (options.padding ?? FIT_PADDING)
            : overlayPadding(el, options.padding ?? FIT_PADDING, options.inset);
        const to = fitCamera(target, width, height, {
          padding,
          maxZoom: options.maxZoom ?? FIT_MAX_ZOOM,
          minZoom: MIN_ZOOM,
        });
        cancelAnimationFrame(flight.current);
        if (!animate) {
          camera.current = to;
          apply();
          el.setAttribute('data-moving', 'false');
          return;
        }
        // Tests and the export wait for the camera to settle, as with the WebGL map.
        el.setAttribute('data-moving', 'true');
        const start = performance.now();
        const step = (now: number) => {
          const t = Math.min(1, (now - start) / FLIGHT_MS);
          camera.current = interpolateCamera(from, to, easeOut(t));
          apply();
          if (t < 1) flight.current = requestAnimationFrame(step);
          else el.setAttribute('data-moving', 'false');
        };
        flight.current = requestAnimationFrame(step);
      },
    [apply],
  );
  useSelectionCamera(move);

  return { container, svg, world, viewport, apply };
}
