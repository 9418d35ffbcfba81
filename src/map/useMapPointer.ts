// Hover and click. Hover is high-frequency: it writes the store's `hovered`
// only when the country under the pointer changes (the looks outline it), so a
// pointer move never re-renders the panels.
import type { MapMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import { useAtlasData } from '../state/atlasContext.ts';
import type { Iso3 } from '../data/types.ts';
import { useAtlasStoreApi, type AtlasStore } from '../state/store.ts';
import { pickAt, pickIndex, type PickIndex } from './pick.ts';

/** Half the side of the square around the pointer in which a micro-state marker is picked: a 44 px target. */
export const MICRO_HIT_PX = 22;
/** Where the browser has no idle callbacks (Safari), the picking index is built this long after the map arrives. */
const IDLE_FALLBACK_MS = 1000;

/** The country under a point of the map: see pickAt. */
export function pickCountry(map: MapLibreMap, index: PickIndex, point: { x: number; y: number }): Iso3 | null {
  const view = {
    zoom: map.getZoom(),
    project: (lngLat: [number, number]) => map.project(lngLat),
    unproject: (p: [number, number]): [number, number] => map.unproject(p).toArray(),
  };
  return pickAt(index, point, view, MICRO_HIT_PX);
}

export function useMapPointer(map: MapLibreMap | null): void {
  const store = useAtlasStoreApi();
  const { geometry, micro } = useAtlasData();
  // Built when the browser is next idle rather than in the render that brings the map (~20 ms there on a slow
  // machine), or by the first pointer event that needs it, if that comes first.
  const getIndex = useMemo(() => {
    let built: PickIndex | null = null;
    return () => (built ??= pickIndex(geometry.countries, micro));
  }, [geometry, micro]);
  useEffect(() => {
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(getIndex, IDLE_FALLBACK_MS);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(getIndex, { timeout: IDLE_FALLBACK_MS });
    return () => cancelIdleCallback(idle);
  }, [getIndex]);

  // A layout effect: clicks are heard as soon as the map is (see MapBehaviour).
  useLayoutEffect(() => {
    if (!map) return;
    let hovered: string | null = null;
    const setHover = (iso: string | null) => {
      if (iso === hovered) return;
      hovered = iso;
      map.getCanvas().style.cursor = iso ? 'pointer' : '';
      store.getState().setHovered(iso);
    };
    const onMove = (e: MapMouseEvent) => setHover(map.style ? pickCountry(map, getIndex(), e.point) : null);
    const onLeave = () => setHover(null);
    const onClick = (e: MapMouseEvent) => {
      if (!map.style) return; // a lost context: the rebuilt map will take the click
      selectPicked(store, pickCountry(map, getIndex(), e.point));
    };
    map.on('mousemove', onMove);
    map.on('mouseout', onLeave);
    map.on('click', onClick);
    return () => {
      map.off('mousemove', onMove);
      map.off('mouseout', onLeave);
      map.off('click', onClick);
      setHover(null);
    };
  }, [map, store, getIndex]);
}

/** A click on the map: the country under it is selected; a click on the sea clears the selection. */
export function selectPicked(store: AtlasStore, iso: Iso3 | null): void {
  const { country, selectCountry, clearSelection } = store.getState();
  if (!iso) clearSelection();
  else if (iso !== country) selectCountry(iso, 'user-map');
}
