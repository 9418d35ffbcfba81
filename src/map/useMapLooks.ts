// The looks (looks.ts) from the store, and the MapLibre map brought to them through its public setters: paint
// properties and filters for the fills and the theme, feature state for each country's state. Marks `atlas:ready`
// once the coloured countries are first drawn.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useMemo, useRef } from 'react';
import { useAtlasData } from '../state/atlasContext.ts';
import type { Iso3 } from '../data/types.ts';
import { useAtlas, useAtlasStoreApi, type AtlasStore } from '../state/store.ts';
import { fillsOf, outlineOf, stateOf, statesOf, type AtlasLooks } from './looks.ts';
import { THEME_COLORS, type Look, type ThemeColors } from './palette.ts';
import { ensurePatterns } from './patterns.ts';
import {
  BORDER_LAYER,
  COUNTRY_SOURCE,
  DIM_LAYER,
  FADE_FILL_LAYER,
  FADE_MS,
  FADE_PATTERN_LAYER,
  FILL_LAYER,
  HOVER_LAYER,
  MICRO_LAYER,
  MICRO_SOURCE,
  PATTERN_LAYER,
  SELECTED_LAYER,
  fillColorExpression,
  microExpressions,
  patternExpressions,
} from './style.ts';
import { useSpotlight } from './useSpotlight.ts';

export const READY_MARK = 'atlas:ready';

/** The fills alone (year, legend toggles, theme): for parts that do not draw hover or selection (labels, export). */
export function useLooks(): ReadonlyMap<Iso3, Look> {
  const { index } = useAtlasData();
  const year = useAtlas((s) => s.year);
  const hidden = useAtlas((s) => s.hidden);
  const theme = useAtlas((s) => s.theme);
  // The memberships' index, not the whole index: it is kept when the details arrive, so the map is not repainted.
  return useMemo(() => fillsOf(index.memberships, year, hidden, theme), [index.memberships, year, hidden, theme]);
}

/** Every country's look and state, as the renderers draw them. */
export function useAtlasLooks(): AtlasLooks {
  const { core } = useAtlasData();
  // The fills and the states apart (looks.ts looksOf, in two parts), so a hover leaves the fills the same object.
  const fills = useLooks();
  const theme = useAtlas((s) => s.theme);
  const selected = useAtlas((s) => s.country);
  const hovered = useAtlas((s) => s.hovered);
  const focused = useAtlas((s) => s.focused);
  const spotlight = useSpotlight();
  const countries = useMemo(() => core.data.countries.map((c) => c.iso3), [core]);
  const states = useMemo(
    () => statesOf({ countries, spotlight, selected, hovered, focused }),
    [countries, spotlight, selected, hovered, focused],
  );
  return useMemo(() => ({ colors: THEME_COLORS[theme], fills, states }), [theme, fills, states]);
}

/** What a country's state is on the map: the feature state the style's expressions read (style.ts). */
function featureState(looks: AtlasLooks, iso: Iso3): { dim: boolean; selected: boolean; highlight: boolean } {
  const state = stateOf(looks, iso);
  return {
    dim: state.dim,
    selected: state.selected,
    highlight: outlineOf({ ...state, selected: false }) === 'highlight',
  };
}

/**
 * @param onDrawn called once MapLibre has first drawn the countries in their colours (its first idle after they were
 *   given): the SVG first view, if any, gives way then.
 */
export function useMapLooks(map: MapLibreMap | null, looks: AtlasLooks, onDrawn?: () => void): void {
  const themeName = useAtlas((s) => s.theme);
  const store = useAtlasStoreApi();
  // This map's own bookkeeping, held by its owner: which fills are on which pair of layers, the fade waiting for the
  // tiles, and the feature state written.
  const shown = useRef<{ fills: ReadonlyMap<Iso3, Look>; theme: string; top: boolean } | null>(null);
  const pendingFade = useRef<(() => void) | null>(null);
  const written = useRef<AtlasLooks | null>(null);
  const drawn = useRef(false);
  const { fills, colors } = looks;

  // First, so the effects below start afresh on it: a new map (a rebuilt one after a lost context) starts with no feature state.
  useEffect(() => {
    written.current = null;
    shown.current = null;
    drawn.current = false;
  }, [map]);

  // Fills and theme: paint properties and filters.
  useEffect(() => {
    if (!map?.style) return; // no style while a lost context waits for the rebuild
    const theme = colors;
    ensurePatterns(map, fills.values(), theme.land);
    map.setPaintProperty('background', 'background-color', theme.ocean);
    const before = shown.current;
    if (before && before.theme === themeName && before.fills !== fills && !prefersReducedMotion()) {
      // A new year: draw it on the hidden pair of layers, then fade between the pairs.
      const top = !before.top;
      shown.current = { fills, theme: themeName, top };
      crossFadeTo(map, fills, theme, top, pendingFade);
    } else if (!before || before.fills !== fills || before.theme !== themeName) {
      // The first colours, a theme change or reduced motion: both pairs at once, the top one hidden.
      shown.current = { fills, theme: themeName, top: false };
      paintFills(map, fills, theme, FILL_LAYER, PATTERN_LAYER);
      paintFills(map, fills, theme, FADE_FILL_LAYER, FADE_PATTERN_LAYER);
      setTopOpacity(map, 0, 0);
    }
    map.setPaintProperty(DIM_LAYER, 'fill-color', theme.dim);
    map.setPaintProperty(BORDER_LAYER, 'line-color', theme.border);
    map.setPaintProperty(BORDER_LAYER, 'line-width', theme.borderWidth);
    map.setPaintProperty(HOVER_LAYER, 'line-color', theme.hover);
    map.setPaintProperty(SELECTED_LAYER, 'line-color', theme.selected);
    const micro = microExpressions(fills, theme);
    map.setPaintProperty(MICRO_LAYER, 'circle-color', micro.fill);
    map.setPaintProperty(MICRO_LAYER, 'circle-stroke-color', micro.stroke);
    if (drawn.current) return;
    // Drawn once MapLibre has drawn the countries in these colours: its first idle after they were given. Ready
    // then, unless the SVG first view was on screen before.
    let live = true;
    map.once('idle', () => {
      if (!live) return;
      drawn.current = true;
      markReady(store);
      onDrawn?.();
    });
    return () => {
      live = false;
    };
  }, [map, fills, themeName, colors, store, onDrawn]);

  // Each country's state: feature state, written only where it changed.
  useEffect(() => {
    if (!map?.style) return;
    const before = written.current;
    const changed = new Set<Iso3>([...looks.states.keys(), ...(before ? before.states.keys() : [])]);
    for (const iso of changed) {
      const next = featureState(looks, iso);
      const prev = before ? featureState(before, iso) : null;
      if (prev && prev.dim === next.dim && prev.selected === next.selected && prev.highlight === next.highlight)
        continue;
      for (const source of [COUNTRY_SOURCE, MICRO_SOURCE]) map.setFeatureState({ source, id: iso }, next);
    }
    written.current = looks;
  }, [map, looks]);
}

/** "Ready" means the coloured countries are on screen, not that the code has started: marked once. */
function markReady(store: AtlasStore): void {
  if (store.getState().ready) return;
  performance.mark(READY_MARK);
  store.setState({ ready: true });
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function paintFills(
  map: MapLibreMap,
  fills: ReadonlyMap<Iso3, Look>,
  theme: ThemeColors,
  fill: string,
  patternLayer: string,
): void {
  map.setPaintProperty(fill, 'fill-color', fillColorExpression(fills, theme));
  const { filter, pattern } = patternExpressions(fills);
  map.setFilter(patternLayer, filter);
  map.setPaintProperty(patternLayer, 'fill-pattern', pattern || undefined);
}

function setTopOpacity(map: MapLibreMap, opacity: number, duration: number): void {
  for (const layer of [FADE_FILL_LAYER, FADE_PATTERN_LAYER]) {
    map.setPaintProperty(layer, 'fill-opacity-transition', { duration, delay: 0 });
    map.setPaintProperty(layer, 'fill-opacity', opacity);
  }
}

/**
 * Two pairs of fill layers take turns: the new year is painted on the pair not
 * on show, and once MapLibre has rebuilt its tiles (a data-driven paint change
 * goes through the worker) the top pair fades in or out to reveal it.
 */
function crossFadeTo(
  map: MapLibreMap,
  fills: ReadonlyMap<Iso3, Look>,
  theme: ThemeColors,
  top: boolean,
  pending: { current: (() => void) | null },
): void {
  if (top) paintFills(map, fills, theme, FADE_FILL_LAYER, FADE_PATTERN_LAYER);
  else paintFills(map, fills, theme, FILL_LAYER, PATTERN_LAYER);
  if (pending.current) map.off('idle', pending.current);
  const run = () => {
    pending.current = null;
    setTopOpacity(map, top ? 1 : 0, FADE_MS);
  };
  pending.current = run;
  map.once('idle', run);
  map.triggerRepaint();
}
