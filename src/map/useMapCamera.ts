// Moves the camera when the app (not the map itself) changes the selection, so
// the map and the store never chase each other.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { useAtlasData } from '../app/atlasContext.ts';
import { membersOf } from '../data/joins.ts';
import { useAtlas } from '../state/store.ts';
import { boundsForCountries, frame, OVERVIEW_BOUNDS } from './camera.ts';

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function useMapCamera(map: MapLibreMap | null): void {
  const { index, geometry } = useAtlasData();
  const country = useAtlas((s) => s.country);
  const initiative = useAtlas((s) => s.initiative);
  const origin = useAtlas((s) => s.selectionOrigin);
  const first = useRef(true);

  useEffect(() => {
    if (!map || origin === 'user-map') return;
    // The map opens on the overview; a selection in the opening URL is jumped to, not flown to.
    const opening = first.current;
    first.current = false;
    if (opening && !country && !initiative) return;
    let target;
    if (country) target = frame(geometry.bounds.get(country) ?? null);
    else if (initiative) {
      const members = membersOf(index.memberships, initiative, null)
        .filter((p) => p.status !== 'former')
        .map((p) => p.membership.country);
      target = frame(boundsForCountries(members, geometry.bounds), 24);
    } else target = OVERVIEW_BOUNDS;
    map.fitBounds(target, { padding: 40, maxZoom: 5, animate: !opening && !prefersReducedMotion(), duration: 900 });
  }, [map, country, initiative, origin, index, geometry]);
}
