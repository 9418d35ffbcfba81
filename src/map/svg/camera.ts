// The SVG renderer's camera, in MapLibre's own terms so both renderers frame a
// selection alike: Web Mercator onto a 512 px world at zoom 0, a zoom factor k
// (2^zoom) and the world point at the centre of the view. Pure, unit-tested.
import { mercatorUnit, type BoundsPair } from '../camera.ts';
import type { Padding } from '../overlays.ts';

/** MapLibre's world is 512 CSS px wide at zoom 0. */
export const WORLD_PX = 512;

export interface Camera {
  /** 2^zoom. */
  k: number;
  /** The world point (zoom-0 px) at the centre of the view. */
  cx: number;
  cy: number;
}

export function mercator(lon: number, lat: number): [number, number] {
  const [x, y] = mercatorUnit(lon, lat);
  return [x * WORLD_PX, y * WORLD_PX];
}

export interface FitOptions {
  /** CSS px on every side, or each side's (as MapLibre's fitBounds takes it). */
  padding: number | Padding;
  /** MapLibre zoom levels, as fitBounds takes them. */
  maxZoom: number;
  minZoom: number;
}

/** The camera that shows the bounds whole, centred, inside the padding: MapLibre's fitBounds. */
export function fitCamera(
  [[w, s], [e, n]]: BoundsPair,
  width: number,
  height: number,
  { padding, maxZoom, minZoom }: FitOptions,
): Camera {
  const [x0, y0] = mercator(w, n);
  const [x1, y1] = mercator(e, s);
  const pad = typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
  const fit = Math.min(
    Math.max(1, width - pad.left - pad.right) / Math.max(x1 - x0, 1e-9),
    Math.max(1, height - pad.top - pad.bottom) / Math.max(y1 - y0, 1e-9),
  );
  const k = Math.min(2 ** maxZoom, Math.max(2 ** minZoom, fit));
  // The bounds centred in the padded room: the view's centre moves by half the difference of opposite paddings.
  return { k, cx: (x0 + x1) / 2 + (pad.right - pad.left) / 2 / k, cy: (y0 + y1) / 2 + (pad.bottom - pad.top) / 2 / k };
}

/** Screen position (CSS px from the view's top left) of a world point. */
export function toScreen(
  camera: Camera,
  [x, y]: [number, number],
  width: number,
  height: number,
): { x: number; y: number } {
  return { x: (x - camera.cx) * camera.k + width / 2, y: (y - camera.cy) * camera.k + height / 2 };
}

/** The world point (zoom-0 px) at a screen position: toScreen's inverse. */
export function fromScreen(
  camera: Camera,
  { x, y }: { x: number; y: number },
  width: number,
  height: number,
): [number, number] {
  return [(x - width / 2) / camera.k + camera.cx, (y - height / 2) / camera.k + camera.cy];
}

/** The SVG transform that puts zoom-0 world coordinates on screen. */
export function worldTransform(camera: Camera, width: number, height: number): string {
  const tx = width / 2 - camera.cx * camera.k;
  const ty = height / 2 - camera.cy * camera.k;
  return `translate(${tx.toFixed(3)} ${ty.toFixed(3)}) scale(${camera.k.toFixed(6)})`;
}

/** In-between camera at t in 0..1: zoom moves evenly in log space, the centre linearly. */
export function interpolateCamera(a: Camera, b: Camera, t: number): Camera {
  if (t >= 1) return b; // exactly on the target: exp(log(k)) drifts in the last bit
  return {
    k: Math.exp(Math.log(a.k) * (1 - t) + Math.log(b.k) * t),
    cx: a.cx + (b.cx - a.cx) * t,
    cy: a.cy + (b.cy - a.cy) * t,
  };
}

/** MapLibre's default ease: cubic-bezier(0, 0, 0.25, 1), close enough as an ease-out cubic. */
export function easeOut(t: number): number {
  return 1 - (1 - t) ** 3;
}
