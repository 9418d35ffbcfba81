// What the overlays (labels, tooltip) need from whichever renderer draws the
// map: where a [lon, lat] lands on screen, the element to track the pointer on,
// and a signal when the camera or size changes. The WebGL map and the SVG
// fallback each provide one, so the overlays are written once.
import { createContext, useContext } from 'react';

export interface MapViewport {
  /** The map's box: pointer events are tracked on it and labels kept inside it. */
  element: HTMLElement;
  /** [lon, lat] to CSS pixels from the element's top left. */
  project(lngLat: [number, number]): { x: number; y: number };
  /** Calls back on every camera move and resize; returns the unsubscribe. */
  onChange(callback: () => void): () => void;
}

export const ViewportContext = createContext<MapViewport | null>(null);

export function useViewport(): MapViewport | null {
  return useContext(ViewportContext);
}
