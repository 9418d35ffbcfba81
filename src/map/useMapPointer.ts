// Hover and click. Hover is high-frequency: it writes feature state and the
// store's `hovered` only when the country under the pointer changes, so a
// pointer move never re-renders the panels.
import type { MapMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect } from 'react';
import { useAtlasStoreApi } from '../state/store.ts';
import { setLayerShown, setState } from './useMapSelection.ts';
import { COUNTRY_SOURCE, FILL_LAYER, HOVER_LAYER, MICRO_LAYER, MICRO_SOURCE } from './style.ts';

/** Half the side of the box searched around the pointer for a micro-state marker: a 44 px target. */
const MICRO_HIT_PX = 22;

/**
 * The country under a point. A micro-state marker under the pointer wins; then
 * whatever country is under it; then, over the sea, the nearest marker within
 * reach, which gives the smallest islands a 44 px target without stealing
 * clicks from their larger neighbours.
 */
export function pickCountry(map: MapLibreMap, point: { x: number; y: number }): string | null {
  const exactMicro = map.queryRenderedFeatures([point.x, point.y], { layers: [MICRO_LAYER] })[0];
  if (exactMicro) return String(exactMicro.properties.iso3);
  const land = map.queryRenderedFeatures([point.x, point.y], { layers: [FILL_LAYER] })[0];
  if (land) return String(land.properties.iso3);
  const box: [[number, number], [number, number]] = [
    [point.x - MICRO_HIT_PX, point.y - MICRO_HIT_PX],
    [point.x + MICRO_HIT_PX, point.y + MICRO_HIT_PX],
  ];
  let best: string | null = null;
  let bestDist = Infinity;
  for (const f of map.queryRenderedFeatures(box, { layers: [MICRO_LAYER] })) {
    const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
    const d = (p.x - point.x) ** 2 + (p.y - point.y) ** 2;
    if (d < bestDist) [best, bestDist] = [String(f.properties.iso3), d];
  }
  return best;
}

export function useMapPointer(map: MapLibreMap | null): void {
  const store = useAtlasStoreApi();

  useEffect(() => {
    if (!map) return;
    let hovered: string | null = null;
    const setHover = (iso: string | null) => {
      if (iso === hovered) return;
      for (const source of [COUNTRY_SOURCE, MICRO_SOURCE]) {
        if (hovered) setState(map, source, hovered, { hover: false });
        if (iso) setState(map, source, iso, { hover: true });
      }
      hovered = iso;
      // Off only when neither the pointer nor the keyboard's highlight (MapKeyboard) is on a country.
      setLayerShown(map, HOVER_LAYER, iso !== null || !!map.getCanvas().dataset.focusedCountry);
      map.getCanvas().style.cursor = iso ? 'pointer' : '';
      store.getState().setHovered(iso);
    };
    const onMove = (e: MapMouseEvent) => setHover(map.style ? pickCountry(map, e.point) : null);
    const onLeave = () => setHover(null);
    const onClick = (e: MapMouseEvent) => {
      if (!map.style) return; // a lost context: the rebuilt map will take the click
      const iso = pickCountry(map, e.point);
      const { country, selectCountry, clearSelection } = store.getState();
      if (!iso) clearSelection();
      else if (iso !== country) selectCountry(iso, 'user-map');
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
  }, [map, store]);
}
