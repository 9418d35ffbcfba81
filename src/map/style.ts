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

/** Every country layer, bottom to top. */
export const COUNTRY_LAYER_IDS = [
  FILL_LAYER,
  PATTERN_LAYER,
  FADE_FILL_LAYER,
  FADE_PATTERN_LAYER,
  DIM_LAYER,
  BORDER_LAYER,
  HOVER_LAYER,
  SELECTED_LAYER,
  MICRO_LAYER,
] as const;

const ISO: ExpressionSpecification = ['get', 'iso3'];

/** Micro-state marker radius in CSS pixels by zoom: [zoom, radius] stops, linear between (the style's interpolation; the SVG renderer and picking use the function). */
export const MICRO_RADIUS_STOPS: readonly (readonly [number, number])[] = [
  [2, 5],
  [5, 8],
  [7, 0],
];
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

/** How the feature states look, shared with the SVG map: widths in CSS pixels. */
export const DIM_OPACITY = 0.72;
export const DIM_MARKER_OPACITY = 0.3;
export const HOVER_WIDTH = 2;
export const SELECTED_WIDTH = 3.5;
export const MARKER_RING = { hover: 3, selected: 4 } as const;

/** fill-color: each solid look by country, the counterpart in its own colour, the rest land. */
export function fillColorExpression(
  looks: ReadonlyMap<Iso3, Look>,
  theme: ThemeColors,
): ExpressionSpecification | string {
  const pairs: (string | string[])[] = [];
  for (const [iso, look] of looks) if (look.kind === 'solid') pairs.push(iso, look.color);
  pairs.push(COUNTERPART, theme.counterpart);
  return ['match', ISO, ...pairs, theme.land] as unknown as ExpressionSpecification;
}

/** The countries drawn with a pattern, and which pattern image each uses. */
export function patternExpressions(looks: ReadonlyMap<Iso3, Look>): {
  filter: ExpressionSpecification;
  pattern: ExpressionSpecification | string;
} {
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
 * Micro-state markers: the first band's colour inside, the second's as the ring. Dimmed by colour, as the SVG map
 * dims them (over the sea, not over the land a dim layer covers).
 */
export function microExpressions(
  looks: ReadonlyMap<Iso3, Look>,
  theme: ThemeColors,
): { fill: ExpressionSpecification; stroke: ExpressionSpecification } {
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
    [
      'case',
      state('dim'),
      match(pairs, fallback, (c) => dimMarker(c, theme)),
      match(pairs, fallback, (c) => c),
    ] as ExpressionSpecification;
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

/**
 * The country layers. Feature state (written from the looks by useMapLooks) switches the dim, highlight and selection
 * on per country: `dim`, `highlight` (hover or keyboard focus, see looks.ts outlineOf) and `selected`.
 */
export function countryLayers(theme: ThemeColors): LayerSpecification[] {
  return [
    { id: FILL_LAYER, type: 'fill', source: COUNTRY_SOURCE, paint: { 'fill-color': theme.land, ...NO_OUTLINE } },
    {
      id: PATTERN_LAYER,
      type: 'fill',
      source: COUNTRY_SOURCE,
      filter: ['==', ISO, '__none__'],
      paint: { ...NO_OUTLINE },
    },
    // Invisible until the colours change; fill-opacity is a constant, so it can transition.
    {
      id: FADE_FILL_LAYER,
      type: 'fill',
      source: COUNTRY_SOURCE,
      paint: { 'fill-color': theme.land, 'fill-opacity': 0, ...NO_OUTLINE },
    },
    {
      id: FADE_PATTERN_LAYER,
      type: 'fill',
      source: COUNTRY_SOURCE,
      filter: ['==', ISO, '__none__'],
      paint: { 'fill-opacity': 0, ...NO_OUTLINE },
    },
    {
      id: DIM_LAYER,
      type: 'fill',
      source: COUNTRY_SOURCE,
      paint: { 'fill-color': theme.dim, 'fill-opacity': ['case', state('dim'), DIM_OPACITY, 0], ...NO_OUTLINE },
    },
    {
      id: BORDER_LAYER,
      type: 'line',
      source: COUNTRY_SOURCE,
      paint: { 'line-color': theme.border, 'line-width': theme.borderWidth },
    },
    {
      id: HOVER_LAYER,
      type: 'line',
      source: COUNTRY_SOURCE,
      paint: { 'line-color': theme.hover, 'line-width': ['case', state('highlight'), HOVER_WIDTH, 0] },
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
        'circle-stroke-width': [
          'case',
          state('selected'),
          MARKER_RING.selected,
          state('highlight'),
          MARKER_RING.hover,
          MICRO_STROKE_PX,
        ],
      },
    },
  ];
}
