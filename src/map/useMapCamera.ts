// Moves the camera when the app (not the map itself) changes the selection, so
// the map and the store never chase each other.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef } from 'react';
import { useAtlasData } from '../app/atlasContext.ts';
import { membersOf } from '../data/joins.ts';
import { slideAt } from '../present/deck.ts';
import { useAtlas, useAtlasStoreApi } from '../state/store.ts';
import { boundsForCountries, frame, OVERVIEW_BOUNDS } from './camera.ts';

/** Set when a slide's camera move is asked for: tests and the benchmark time key → camera from it. */
export const SLIDE_CAMERA_MARK = 'atlas:slide-camera';

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function useMapCamera(map: MapLibreMap | null): void {
  const { index, geometry } = useAtlasData();
  const country = useAtlas((s) => s.country);
  const initiative = useAtlas((s) => s.initiative);
  const origin = useAtlas((s) => s.selectionOrigin);
  const present = useAtlas((s) => s.present && !s.embed);
  const animate = useAtlas((s) => s.animate);
  const store = useAtlasStoreApi();
  const first = useRef(true);

  // A slide names its own camera. The store is read outside React: the fly starts in the same task as
  // the key press, before React renders the slide's panel (a briefer notices a camera that waits 100 ms).
  useEffect(() => {
    if (!map) return;
    const fly = (s: { present: boolean; embed: boolean; slide: number; animate: boolean }) => {
      if (!s.present || s.embed) return;
      // Opening on a slide (present=1 in the URL) jumps there; every later slide flies.
      const opening = first.current;
      first.current = false;
      map.stop();
      performance.mark(SLIDE_CAMERA_MARK);
      map.fitBounds(slideAt(s.slide).bounds, { padding: 24, animate: !opening && s.animate && !prefersReducedMotion(), duration: 1200 });
    };
    fly(store.getState());
    return store.subscribe((s, prev) => {
      if (s.present !== prev.present || s.slide !== prev.slide) fly(s);
    });
  }, [map, store]);

  useEffect(() => {
    if (!map || present || origin === 'user-map') return;
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
    map.fitBounds(target, { padding: 40, maxZoom: 5, animate: !opening && animate && !prefersReducedMotion(), duration: 900 });
  }, [map, country, initiative, origin, index, geometry, present, animate]);
}
