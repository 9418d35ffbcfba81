import { describe, expect, it } from 'vitest';
import type { Part } from '../data/joins.ts';
import type { InitiativeId, Membership, Status } from '../data/types.ts';
import { INITIATIVE_COLORS, lookOf, mix, THEME_COLORS, type Look } from './palette.ts';
import { patternImage } from './patterns.ts';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import {
  COUNTRY_LAYER_IDS,
  COUNTRY_SOURCE,
  DIM_LAYER,
  DIM_MARKER_OPACITY,
  FILL_LAYER,
  HOVER_LAYER,
  MICRO_LAYER,
  MICRO_SOURCE,
  PATTERN_LAYER,
  SELECTED_LAYER,
  baseStyle,
  countryLayers,
  dimMarker,
  fillColorExpression,
  microExpressions,
  patternExpressions,
} from './style.ts';

const land = THEME_COLORS.light.land;
const part = (initiative: InitiativeId, status: Status): Part => ({ initiative, status, membership: {} as Membership });

describe('lookOf', () => {
  it('is one solid colour for a partner of one initiative', () => {
    expect(lookOf([part('carsi', 'partner')], land)).toEqual({ kind: 'solid', color: INITIATIVE_COLORS.carsi });
  });

  it('stripes a country in several initiatives, so no colour silently wins', () => {
    const look = lookOf([part('merida', 'partner'), part('carsi', 'partner')], land);
    expect(look.kind).toBe('pattern');
    if (look.kind !== 'pattern') return;
    expect(look.bands.map((b) => b.color)).toEqual([INITIATIVE_COLORS.merida, INITIATIVE_COLORS.carsi]);
  });

  it('draws observers hatched and former members pale, unlike partners', () => {
    const observer = lookOf([part('cbsi', 'observer')], land);
    const former = lookOf([part('merida', 'former')], land);
    expect(observer.kind).toBe('pattern');
    expect(former).toEqual({ kind: 'solid', color: mix(INITIATIVE_COLORS.merida, land, 0.7) });
    expect(former).not.toEqual(lookOf([part('merida', 'partner')], land));
  });

  it('is nothing for a country in no initiative', () => {
    expect(lookOf([], land)).toEqual({ kind: 'none' });
  });
});

describe('colour expressions', () => {
  const looks = new Map<string, Look>([
    ['MEX', lookOf([part('merida', 'partner')], land)],
    ['BLZ', lookOf([part('carsi', 'partner'), part('cbsi', 'observer')], land)],
  ]);

  it('colours solid countries by ISO code, the United States as the counterpart, the rest as land', () => {
    expect(fillColorExpression(looks, THEME_COLORS.light)).toEqual([
      'match',
      ['get', 'iso3'],
      'MEX',
      INITIATIVE_COLORS.merida,
      'USA',
      THEME_COLORS.light.counterpart,
      land,
    ]);
  });

  it('gives patterned countries their own image and filters the pattern layer to them', () => {
    const { filter, pattern } = patternExpressions(looks);
    expect(filter).toEqual(['in', ['get', 'iso3'], ['literal', ['BLZ']]]);
    const id = (looks.get('BLZ') as Extract<Look, { kind: 'pattern' }>).id;
    expect(pattern).toEqual(['match', ['get', 'iso3'], 'BLZ', id, id]);
  });

  it('shows no pattern when no country needs one', () => {
    expect(patternExpressions(new Map()).pattern).toBe('');
  });

  it('rings micro-state markers with their second initiative', () => {
    const { fill, stroke } = microExpressions(looks, THEME_COLORS.light);
    expect(fill[3]).toEqual([
      'match',
      ['get', 'iso3'],
      'MEX',
      INITIATIVE_COLORS.merida,
      'BLZ',
      INITIATIVE_COLORS.carsi,
      land,
    ]);
    expect(stroke[3]).toEqual([
      'match',
      ['get', 'iso3'],
      'MEX',
      THEME_COLORS.light.ink,
      'BLZ',
      INITIATIVE_COLORS.cbsi,
      THEME_COLORS.light.border,
    ]);
  });

  it('dims a marker by its colour, as it would look at the dim opacity over the sea', () => {
    const theme = THEME_COLORS.light;
    const { fill, stroke } = microExpressions(looks, theme);
    // DIM_MARKER_OPACITY of the marker over the sea: 0.3 of its colour, 0.7 of the ocean's.
    const over = (color: string) => mix(color, theme.ocean, 0.7);
    expect(DIM_MARKER_OPACITY).toBe(0.3);
    expect(fill.slice(0, 2)).toEqual(['case', ['boolean', ['feature-state', 'dim'], false]]);
    expect(fill[2]).toEqual([
      'match',
      ['get', 'iso3'],
      'MEX',
      over(INITIATIVE_COLORS.merida),
      'BLZ',
      over(INITIATIVE_COLORS.carsi),
      over(land),
    ]);
    expect(stroke[2]).toEqual([
      'match',
      ['get', 'iso3'],
      'MEX',
      over(theme.ink),
      'BLZ',
      over(INITIATIVE_COLORS.cbsi),
      over(theme.border),
    ]);
    expect(dimMarker('#000000', theme)).toBe(over('#000000'));
    expect(microExpressions(new Map(), theme).fill).toEqual([
      'case',
      ['boolean', ['feature-state', 'dim'], false],
      over(land),
      land,
    ]);
  });
});

describe('countryLayers', () => {
  const layers = countryLayers(THEME_COLORS.light);

  it('lists every country layer, in order, all shown', () => {
    expect(layers.map((l) => l.id)).toEqual([...COUNTRY_LAYER_IDS]);
    for (const layer of layers) expect(layer.layout?.visibility ?? 'visible').toBe('visible');
  });

  it('draws the highlight from hover or keyboard focus, and the selection and dimming, from feature state', () => {
    const paint = (id: string) => JSON.stringify(layers.find((l) => l.id === id)!.paint);
    expect(paint(HOVER_LAYER)).toContain('"highlight"');
    expect(paint(SELECTED_LAYER)).toContain('"selected"');
    expect(paint(DIM_LAYER)).toContain('"dim"');
    expect(paint(MICRO_LAYER)).toContain('"highlight"');
  });
});

describe('patterns', () => {
  it('tiles seamlessly with every band present', () => {
    const look = lookOf([part('carsi', 'partner'), part('cbsi', 'partner')], land) as Extract<
      Look,
      { kind: 'pattern' }
    >;
    const img = patternImage(look, land);
    expect(img.width).toBe(img.height);
    const at = (x: number, y: number) =>
      Array.from(img.data.slice((y * img.width + x) * 4, (y * img.width + x) * 4 + 3));
    // Colour depends on (x + y) mod period: the tile's left column continues its right one.
    expect(at(0, 5)).toEqual(at(img.width - 1, 6));
    const hex = (rgb: number[]) => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
    const colours = new Set<string>();
    for (let x = 0; x < img.width; x++) colours.add(hex(at(x, 0)));
    expect(colours).toEqual(new Set([INITIATIVE_COLORS.carsi, INITIATIVE_COLORS.cbsi]));
  });
});

describe('the style', () => {
  // The map skips MapLibre's own validation at run time (validateStyle: false), so it is checked here, with the
  // paint and filters the hooks set on it.
  it.each(Object.keys(THEME_COLORS) as (keyof typeof THEME_COLORS)[])(
    'is a valid MapLibre style in the %s theme',
    (name) => {
      const theme = THEME_COLORS[name];
      const looks = new Map<string, Look>([
        ['MEX', lookOf([part('merida', 'partner')], theme.land)],
        ['BLZ', lookOf([part('carsi', 'partner'), part('cbsi', 'observer')], theme.land)],
      ]);
      const { filter, pattern } = patternExpressions(looks);
      const micro = microExpressions(looks, theme);
      const layers = countryLayers(theme).map((layer): LayerSpecification => {
        if (layer.id === FILL_LAYER && layer.type === 'fill')
          return { ...layer, paint: { ...layer.paint, 'fill-color': fillColorExpression(looks, theme) } };
        if (layer.id === PATTERN_LAYER && layer.type === 'fill')
          return { ...layer, filter, paint: { ...layer.paint, 'fill-pattern': pattern as string } };
        if (layer.id === MICRO_LAYER && layer.type === 'circle')
          return {
            ...layer,
            paint: { ...layer.paint, 'circle-color': micro.fill, 'circle-stroke-color': micro.stroke },
          };
        return layer;
      });
      const empty: SourceSpecification = {
        type: 'geojson',
        data: { type: 'FeatureCollection', features: [] },
        promoteId: 'iso3',
      };
      const style = baseStyle(theme);
      const errors = validateStyleMin({
        ...style,
        sources: { [COUNTRY_SOURCE]: empty, [MICRO_SOURCE]: empty },
        layers: [...style.layers, ...layers],
      });
      expect(errors.map((e) => e.message)).toEqual([]);
    },
  );

  it('would be caught if it were not', () => {
    const style = baseStyle(THEME_COLORS.light);
    const errors = validateStyleMin({
      ...style,
      layers: [
        { id: 'x', type: 'fill', source: 'missing', paint: { 'fill-color': 42 } } as unknown as LayerSpecification,
      ],
    });
    expect(errors.length).toBeGreaterThan(0);
  });
});
