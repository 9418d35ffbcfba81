// Moves the camera when the app (not the map itself) changes the selection, so
// the map and the store never chase each other. The framing is shared by the
// WebGL map and the SVG fallback; each supplies its own way to move.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef } from 'react';
import { useAtlasData } from '../state/atlasContext.ts';
import { membersOf, type AtlasIndex } from '../data/joins.ts';
import { useAtlas, useAtlasStoreApi } from '../state/store.ts';
import type { Geometry } from '../data/load.ts';
import type { InitiativeId, Iso3 } from '../data/types.ts';
import { slideAt, spotlightOf, type Slide } from '../state/slides.ts';
import { boundsForCountries, frame, unionBounds, MAX_ZOOM, OVERVIEW_BOUNDS, type BoundsPair } from './camera.ts';
import { insetCountries } from './inset.ts';
import { overlayPadding } from './overlays.ts';

/** Set when a slide's camera move is asked for: tests and the benchmark time key → camera from it. */
export const SLIDE_CAMERA_MARK = 'atlas:slide-camera';

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** How every camera move is framed: px of padding, the closest zoom (MapLibre levels), the flight in ms. */
export const FIT_PADDING = 40;
export const FIT_MAX_ZOOM = 5;
export const FLIGHT_MS = 900;

/**
 * Moves a renderer's camera to a frame; options override the defaults above (slides frame themselves). Each renderer
 * pads the frame for what sits over the map (overlays.ts); `inset`: the frame brings the Caribbean inset.
 */
export type MoveCamera = (
  target: BoundsPair,
  animate: boolean,
  options?: { padding?: number; maxZoom?: number; duration?: number; inset?: boolean; overlays?: boolean },
) => void;

/** A view's frame, and whether it brings the Caribbean inset (its subject has islands of the inset). */
export interface ViewFrame {
  target: BoundsPair;
  inset: boolean;
}

function viewFrame(target: BoundsPair, geometry: Geometry, subject: readonly Iso3[]): ViewFrame {
  const islands = new Set(insetCountries(geometry));
  return { target, inset: subject.some((iso) => islands.has(iso)) };
}

/** A slide's frame: its bounds, widened to hold all of its spotlight (a partner at the edge is not cut off). */
export function slideFrame(slide: Slide, index: AtlasIndex, geometry: Geometry): ViewFrame {
  const spotlight = spotlightOf(slide, index) ?? [];
  const [[w, s], [e, n]] = slide.bounds;
  const lit = boundsForCountries([...spotlight], geometry.bounds);
  const [west, south, east, north] = unionBounds(lit ? [[w, s, e, n], lit] : [[w, s, e, n]])!;
  return viewFrame(
    [
      [west, south],
      [east, north],
    ],
    geometry,
    [...spotlight],
  );
}

/** The frame of a selected country (with its neighbours), of an initiative's members, or the overview. */
export function selectionFrame(
  country: Iso3 | null,
  initiative: InitiativeId | null,
  index: AtlasIndex,
  geometry: Geometry,
): ViewFrame {
  if (country) return viewFrame(frame(geometry.bounds.get(country) ?? null), geometry, [country]);
  if (!initiative) return viewFrame(OVERVIEW_BOUNDS, geometry, []);
  // Every member the map spotlights (useSpotlight), former ones included: the whole subject is in the frame.
  const members = membersOf(index.memberships, initiative, null).map((p) => p.membership.country);
  return viewFrame(frame(boundsForCountries(members, geometry.bounds), 24), geometry, members);
}

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
    const fly = (s: {
      present: boolean;
      embed: boolean;
      slide: number;
      animate: boolean;
      deck: readonly Slide[] | null;
    }) => {
      if (!s.present || s.embed) return;
      // Opening on a slide (present=1 in the URL) jumps there; every later slide flies.
      const animateThis = !opening && s.animate && !prefersReducedMotion();
      opening = false;
      performance.mark(SLIDE_CAMERA_MARK);
      const { target, inset } = slideFrame(slideAt(s.slide, s.deck), index, geometry);
      move(target, animateThis, { padding: 24, maxZoom: MAX_ZOOM, duration: 1200, inset });
    };
    fly(store.getState());
    return store.subscribe((s, prev) => {
      if (s.present !== prev.present || s.slide !== prev.slide || s.deck !== prev.deck) fly(s);
    });
  }, [move, store, geometry, index]);

  useEffect(() => {
    if (!move || present || origin === 'user-map') return;
    // The map opens on the overview; a selection in the opening URL is jumped to, not flown to.
    const opening = first.current;
    first.current = false;
    if (opening && !country && !initiative) return;
    const { target, inset } = selectionFrame(country, initiative, index, geometry);
    // The overview returns to the frame the map opened on (before any overlay was drawn): its bounds leave the
    // legend the Pacific and the inset the South Atlantic.
    move(target, !opening && animate && !prefersReducedMotion(), { inset, overlays: !!(country || initiative) });
  }, [move, country, initiative, origin, index, geometry, present, animate]);
}

export function useMapCamera(map: MapLibreMap | null): void {
  const move = useMemo<MoveCamera | null>(
    () =>
      map &&
      ((target, animate, options = {}) => {
        map.stop();
        map.fitBounds(target, {
          padding:
            options.overlays === false
              ? (options.padding ?? FIT_PADDING)
              : overlayPadding(map.getContainer(), options.padding ?? FIT_PADDING, options.inset),
          maxZoom: options.maxZoom ?? FIT_MAX_ZOOM,
          animate,
          duration: options.duration ?? FLIGHT_MS,
        });
      }),
    [map],
  );
  useSelectionCamera(move);
}
