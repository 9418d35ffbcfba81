// Moves the camera when the app (not the map itself) changes the selection, so
// the map and the store never chase each other. The framing is shared by the
// WebGL map and the SVG fallback; each supplies its own way to move.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef } from 'react';
import { useAtlasData } from '../app/atlasContext.ts';
import { membersOf } from '../data/joins.ts';
import { slideAt } from '../present/deck.ts';
import type { Slide } from '../present/slides.ts';
import { useAtlas, useAtlasStoreApi } from '../state/store.ts';
import { boundsForCountries, frame, MAX_ZOOM, OVERVIEW_BOUNDS, type BoundsPair } from './camera.ts';

/** Set when a slide's camera move is asked for: tests and the benchmark time key → camera from it. */
export const SLIDE_CAMERA_MARK = 'atlas:slide-camera';

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** How every camera move is framed: px of padding, the closest zoom (MapLibre levels), the flight in ms. */
export const FIT_PADDING = 40;
export const FIT_MAX_ZOOM = 5;
export const FLIGHT_MS = 900;

/** Moves a renderer's camera to a frame; options override the defaults above (slides frame themselves). */
export type MoveCamera = (target: BoundsPair, animate: boolean, options?: { padding?: number; maxZoom?: number; duration?: number }) => void;

/** Calls `move` with the frame of each app-originated selection; a selection in the opening URL is jumped to. */
export function useSelectionCamera(move: MoveCamera | null): void {
  const { core: index, geometry } = useAtlasData(); // the first view's index: see Atlas.core
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
    if (!move) return;
    let opening = true;
    const fly = (s: { present: boolean; embed: boolean; slide: number; animate: boolean; deck: readonly Slide[] | null }) => {
      if (!s.present || s.embed) return;
      // Opening on a slide (present=1 in the URL) jumps there; every later slide flies.
      const animateThis = !opening && s.animate && !prefersReducedMotion();
      opening = false;
      performance.mark(SLIDE_CAMERA_MARK);
      move(slideAt(s.slide, s.deck).bounds, animateThis, { padding: 24, maxZoom: MAX_ZOOM, duration: 1200 });
    };
    fly(store.getState());
    return store.subscribe((s, prev) => {
      if (s.present !== prev.present || s.slide !== prev.slide || s.deck !== prev.deck) fly(s);
    });
  }, [move, store]);

  useEffect(() => {
    if (!move || present || origin === 'user-map') return;
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
      target = frame(boundsForCountries(members, geometry.bounds), 24);
    } else target = OVERVIEW_BOUNDS;
    move(target, !opening && animate && !prefersReducedMotion());
  }, [move, country, initiative, origin, index, geometry, present, animate]);
}

export function useMapCamera(map: MapLibreMap | null): void {
  const move = useMemo<MoveCamera | null>(
    () =>
      map &&
      ((target, animate, options = {}) => {
        map.stop();
        map.fitBounds(target, {
          padding: options.padding ?? FIT_PADDING,
          maxZoom: options.maxZoom ?? FIT_MAX_ZOOM,
          animate,
          duration: options.duration ?? FLIGHT_MS,
        });
      }),
    [map],
  );
  useSelectionCamera(move);
}
