// The map's style as pure data: sources, layers and the expressions that colour
// them. Built by functions so they can be unit-tested without a map.
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Iso3 } from '../data/types.ts';
import { COUNTERPART } from '../data/types.ts';
import { mix, type Look, type ThemeColors } from './palette.ts';

export const COUNTRY_SOURCE = 'countries';
export const MICRO_SOURCE = 'micro';

export const FILL_LAYER = 'country-fill';
export const PATTERN_LAYER = 'country-pattern';
/** The previous year's colours, laid over the new ones and faded out: MapLibre does not transition data-driven paint. */
export const FADE_FILL_LAYER = 'country-fade-fill';
export const FADE_PATTERN_LAYER = 'country-fade-pattern';
/** How long the map takes to cross-fade from one year's colours to the next, in milliseconds. */
export const FADE_MS = 600;
export const DIM_LAYER = 'country-dim';
export const BORDER_LAYER = 'country-border';
export const HOVER_LAYER = 'country-hover';
export const SELECTED_LAYER = 'country-selected';
export const MICRO_LAYER = 'micro-marker';

/** Layers that draw only countries in a feature state, and are off while none is. */
export type StateLayer = typeof DIM_LAYER | typeof HOVER_LAYER | typeof SELECTED_LAYER;

/** Every tiled layer, bottom to top: hidden until the hand-over begins (handOver.ts). */
export const TILED_LAYER_IDS = [
  FILL_LAYER, PATTERN_LAYER, FADE_FILL_LAYER, FADE_PATTERN_LAYER, DIM_LAYER, BORDER_LAYER, HOVER_LAYER, SELECTED_LAYER, MICRO_LAYER,
] as const;

type OpacityProperty = 'fill-layer-opacity' | 'line-layer-opacity' | 'circle-opacity' | 'circle-stroke-opacity';

/**
 * The layers that draw from the start, and the constant paint properties that hold them at nothing (0) until the
 * hand-over opens them (1): a frame skips a layer whose opacity is a constant 0, and so does not compile its shaders.
 */
export const HELD_BY: Readonly<Record<string, readonly OpacityProperty[]>> = {
  [FILL_LAYER]: ['fill-layer-opacity'],
  [PATTERN_LAYER]: ['fill-layer-opacity'],
  // Drawn once a year has changed (the cross-fade sets their fill-opacity), which may be before the hand-over.
  [FADE_FILL_LAYER]: ['fill-layer-opacity'],
  [FADE_PATTERN_LAYER]: ['fill-layer-opacity'],
  [BORDER_LAYER]: ['line-layer-opacity'],
  [MICRO_LAYER]: ['circle-opacity', 'circle-stroke-opacity'],
};

/**
 * A tiled layer as it draws once the hand-over has opened it: shown, no longer held back, and with the state layers
 * listed switched on (an export's copy, drawn from the live map's style).
 */
export function openedLayer(layer: LayerSpecification, statesOn: readonly StateLayer[] = []): LayerSpecification {
  if (!(TILED_LAYER_IDS as readonly string[]).includes(layer.id)) return layer;
  const paint: Record<string, unknown> = { ...layer.paint };
  for (const property of HELD_BY[layer.id] ?? []) paint[property] = 1;
  if (isStateLayer(layer.id) && statesOn.includes(layer.id)) paint[STATE_LAYER_OPACITY[layer.id]] = 1;
  return { ...layer, layout: { ...layer.layout, visibility: 'visible' }, paint } as LayerSpecification;
}

export function isStateLayer(id: string): id is StateLayer {
  return Object.hasOwn(STATE_LAYER_OPACITY, id);
}

/** The layer opacity that switches each state layer on (1) and off (0). */
export const STATE_LAYER_OPACITY: Readonly<Record<StateLayer, OpacityProperty>> = {
  [DIM_LAYER]: 'fill-layer-opacity',
  [HOVER_LAYER]: 'line-layer-opacity',
  [SELECTED_LAYER]: 'line-layer-opacity',
};

const ISO: ExpressionSpecification = ['get', 'iso3'];

/** Micro-state marker radius in CSS pixels by zoom: [zoom, radius] stops, linear between (the style's interpolation; the SVG renderer, the first paint and picking use the function). */
export const MICRO_RADIUS_STOPS: readonly (readonly [number, number])[] = [[2, 5], [5, 8], [7, 0]];
/** The marker's ring, in CSS pixels, when neither hovered nor selected. */
export const MICRO_STROKE_PX = 2;

export function microRadius(zoom: number): number {
  const stops = MICRO_RADIUS_STOPS;
  if (zoom <= stops[0]![0]) return stops[0]![1];
  for (let i = 1; i < stops.length; i++) {
    const [z1, r1] = stops[i]!;
    const [z0, r0] = stops[i - 1]!;
    if (zoom <= z1) return r0 + ((r1 - r0) * (zoom - z0)) / (z1 - z0);
  }
  return stops.at(-1)![1];
}

/** How the feature states look, shared with the first paint (firstPaint.ts): widths in CSS pixels. */
export const DIM_OPACITY = 0.72;
export const DIM_MARKER_OPACITY = 0.3;
export const HOVER_WIDTH = 2;
export const SELECTED_WIDTH = 3.5;
export const MARKER_RING = { hover: 3, selected: 4 } as const;

/** fill-color: each solid look by country, the counterpart in its own colour, the rest land. */
export function fillColorExpression(looks: ReadonlyMap<Iso3, Look>, theme: ThemeColors): ExpressionSpecification | string {
  const pairs: (string | string[])[] = [];
  for (const [iso, look] of looks) if (look.kind === 'solid') pairs.push(iso, look.color);
  pairs.push(COUNTERPART, theme.counterpart);
  return ['match', ISO, ...pairs, theme.land] as unknown as ExpressionSpecification;
}

/** The countries drawn with a pattern, and which pattern image each uses. */
export function patternExpressions(looks: ReadonlyMap<Iso3, Look>): { filter: ExpressionSpecification; pattern: ExpressionSpecification | string } {
  const pairs: string[] = [];
  for (const [iso, look] of looks) if (look.kind === 'pattern') pairs.push(iso, look.id);
  if (pairs.length === 0) return { filter: ['==', ISO, '__none__'], pattern: '' };
  const countries = pairs.filter((_, i) => i % 2 === 0);
  return {
    filter: ['in', ISO, ['literal', countries]],
    pattern: ['match', ISO, ...pairs, pairs[1]!] as unknown as ExpressionSpecification,
  };
}

/** One marker's colours: the first band's colour inside, the second's as the ring (shared with the SVG renderer). */
export function microColors(look: Look, theme: ThemeColors): { fill: string; stroke: string } {
  if (look.kind === 'none') return { fill: theme.land, stroke: theme.border };
  if (look.kind === 'solid') return { fill: look.color, stroke: theme.ink };
  const [a, b] = look.bands;
  return { fill: a!.tone === 'hatch' ? theme.land : a!.color, stroke: b ? b.color : a!.color };
}

/** A dimmed marker's colour: the marker at DIM_MARKER_OPACITY over the sea, where the islands it stands for are. */
export function dimMarker(color: string, theme: ThemeColors): string {
  return mix(color, theme.ocean, 1 - DIM_MARKER_OPACITY);
}

/**
 * Micro-state markers: the first band's colour inside, the second's as the ring. Dimmed by colour, not by opacity: the
 * layer's opacity stays a constant, which holds it back until the hand-over (HELD_BY).
 */
export function microExpressions(looks: ReadonlyMap<Iso3, Look>, theme: ThemeColors): { fill: ExpressionSpecification; stroke: ExpressionSpecification } {
  const fill: string[] = [];
  const stroke: string[] = [];
  for (const [iso, look] of looks) {
    if (look.kind === 'none') continue;
    const colors = microColors(look, theme);
    fill.push(iso, colors.fill);
    stroke.push(iso, colors.stroke);
  }
  const match = (pairs: string[], fallback: string, shade: (color: string) => string) =>
    pairs.length ? ['match', ISO, ...pairs.map((v, i) => (i % 2 ? shade(v) : v)), shade(fallback)] : shade(fallback);
  const byState = (pairs: string[], fallback: string) =>
    ['case', state('dim'), match(pairs, fallback, (c) => dimMarker(c, theme)), match(pairs, fallback, (c) => c)] as ExpressionSpecification;
  return { fill: byState(fill, theme.land), stroke: byState(stroke, theme.border) };
}

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

export function baseStyle(theme: ThemeColors): StyleSpecification {
  return {
    version: 8,
    // No glyphs or sprite: labels are an HTML overlay, so the map asks no server for fonts.
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': theme.ocean } }],
    // Paint changes apply at once (a theme switch, the first colours): a default 300 ms transition would keep the
    // map redrawing, and "ready" waiting, for nothing. The year cross-fade sets its own transition.
    transition: { duration: 0, delay: 0 },
  };
}

/**
 * The border layer draws every outline; a fill's own antialiased outline would be drawn beneath it by a second
 * shader program per fill layer, compiled before the first frame, for nothing seen.
 */
const NO_OUTLINE = { 'fill-antialias': false } as const;

/** The tiled layers, hidden and held back (TILED_LAYER_IDS, HELD_BY) until the hand-over. */
export function countryLayers(theme: ThemeColors): LayerSpecification[] {
  const layers: LayerSpecification[] = [
    { id: FILL_LAYER, type: 'fill', source: COUNTRY_SOURCE, paint: { 'fill-color': theme.land, ...NO_OUTLINE } },
    { id: PATTERN_LAYER, type: 'fill', source: COUNTRY_SOURCE, filter: ['==', ISO, '__none__'], paint: { ...NO_OUTLINE } },
    // Invisible until the colours change; fill-opacity is a constant, so it can transition.
    { id: FADE_FILL_LAYER, type: 'fill', source: COUNTRY_SOURCE, paint: { 'fill-color': theme.land, 'fill-opacity': 0, ...NO_OUTLINE } },
    { id: FADE_PATTERN_LAYER, type: 'fill', source: COUNTRY_SOURCE, filter: ['==', ISO, '__none__'], paint: { 'fill-opacity': 0, ...NO_OUTLINE } },
    {
      id: DIM_LAYER,
      type: 'fill',
      source: COUNTRY_SOURCE,
      paint: { 'fill-color': theme.dim, 'fill-opacity': ['case', state('dim'), DIM_OPACITY, 0], ...NO_OUTLINE },
    },
    { id: BORDER_LAYER, type: 'line', source: COUNTRY_SOURCE, paint: { 'line-color': theme.border, 'line-width': theme.borderWidth } },
    {
      id: HOVER_LAYER,
      type: 'line',
      source: COUNTRY_SOURCE,
      paint: { 'line-color': theme.hover, 'line-width': ['case', state('hover'), HOVER_WIDTH, 0] },
    },
    {
      id: SELECTED_LAYER,
      type: 'line',
      source: COUNTRY_SOURCE,
      paint: { 'line-color': theme.selected, 'line-width': ['case', state('selected'), SELECTED_WIDTH, 0] },
    },
    {
      id: MICRO_LAYER,
      type: 'circle',
      source: MICRO_SOURCE,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], ...MICRO_RADIUS_STOPS.flat()] as ExpressionSpecification,
        'circle-color': theme.land,
        'circle-stroke-color': theme.border,
        'circle-stroke-width': ['case', state('selected'), MARKER_RING.selected, state('hover'), MARKER_RING.hover, MICRO_STROKE_PX],
      },
    },
  ];
  // Hidden, and held at nothing or switched off: the hand-over shows and opens them (handOver.ts).
  return layers.map((layer) => {
    const off = [...(HELD_BY[layer.id] ?? []), ...(isStateLayer(layer.id) ? [STATE_LAYER_OPACITY[layer.id]] : [])];
    const paint = { ...layer.paint, ...Object.fromEntries(off.map((property) => [property, 0])) };
    return { ...layer, layout: { ...layer.layout, visibility: 'none' }, paint } as LayerSpecification;
  });
}
