// Moves the camera when the app (not the map itself) changes the selection, so
// the map and the store never chase each other. The framing is shared by the
// WebGL map and the SVG fallback; each supplies its own way to move.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef } from 'react';
import { useAtlasData } from '../app/atlasContext.ts';
import { membersOf } from '../data/joins.ts';
import { useAtlas } from '../state/store.ts';
import { boundsForCountries, frame, OVERVIEW_BOUNDS, type BoundsPair } from './camera.ts';

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** How every camera move is framed: px of padding, the closest zoom (MapLibre levels), the flight in ms. */
export const FIT_PADDING = 40;
export const FIT_MAX_ZOOM = 6;
export const FLIGHT_MS = 900;

export type MoveCamera = (target: BoundsPair, animate: boolean) => void;

/** Calls `move` with the frame of each app-originated selection; a selection in the opening URL is jumped to. */
export function useSelectionCamera(move: MoveCamera | null): void {
  const { index, geometry } = useAtlasData();
  const country = useAtlas((s) => s.country);
  const initiative = useAtlas((s) => s.initiative);
  const origin = useAtlas((s) => s.selectionOrigin);
  const first = useRef(true);

  useEffect(() => {
    if (!move || origin === 'user-map') return;
    // The map opens on the overview; a selection in the opening URL is jumped to, not flown to.
    const opening = first.current;
    first.current = false;
    if (opening && !country && !initiative) return;
    let target: BoundsPair;
    if (country) target = frame(geometry.bounds.get(country) ?? null);
    else if (initiative) {
      const members = membersOf(index.memberships, initiative, null)
        .filter((p) => p.status !== 'former')
        .map((p) => p.membership.country);
      target = frame(boundsForCountries(members, geometry.bounds), 12);
    } else target = OVERVIEW_BOUNDS;
    move(target, !opening && !prefersReducedMotion());
  }, [move, country, initiative, origin, index, geometry]);
}

export function useMapCamera(map: MapLibreMap | null): void {
  const move = useMemo<MoveCamera | null>(
    () => map && ((target, animate) => map.fitBounds(target, { padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM, animate, duration: FLIGHT_MS })),
    [map],
  );
  useSelectionCamera(move);
}
