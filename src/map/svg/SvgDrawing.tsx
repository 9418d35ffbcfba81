// The countries drawn as SVG from the looks (looks.ts): fills, stripes, dimming, borders, outlines and micro-state
// markers. Shared by the SVG map (SvgMapView, interactive, its own camera) and the first view (SvgFirstView, drawn
// once while MapLibre starts). Zoom-0 world coordinates; the caller puts the camera on the world group.
import { geoPath, geoTransform } from 'd3-geo';
import { createContext, memo, useContext, useMemo, type ReactNode, type Ref } from 'react';
import type { Atlas, Geometry } from '../../data/load.ts';
import { COUNTERPART, type Iso3 } from '../../data/types.ts';
import { outlineOf, stateOf, type AtlasLooks } from '../looks.ts';
import type { Look } from '../palette.ts';
import {
  DIM_MARKER_OPACITY,
  DIM_OPACITY,
  HOVER_WIDTH,
  MARKER_RING,
  MICRO_STROKE_PX,
  microColors,
  SELECTED_WIDTH,
} from '../style.ts';
import { mercator } from './camera.ts';
import { patternDomId, SvgPatterns } from './SvgPatterns.tsx';

/** Country outlines at zoom 0 in MapLibre's Web Mercator, computed once; the camera is a transform. */
const project = geoTransform({
  point(lon, lat) {
    const [x, y] = mercator(lon, lat);
    this.stream.point(x, y);
  },
});

export type CountryPaths = ReadonlyMap<Iso3, string>;

/** Each country's outline as an SVG path, in zoom-0 world coordinates. */
export function countryPaths(geometry: Geometry): CountryPaths {
  const path = geoPath(project).digits(3);
  return new Map(geometry.countries.features.map((f) => [f.properties.iso3, path(f) ?? ''] as const));
}

/**
 * The map's owner (MapChooser) keeps the paths it has computed, so the first view, the inset and the SVG map share
 * them: computing them costs ~15 ms on a slow machine, and the inset's came in the render right after the first view.
 */
export const CountryPathsContext = createContext<((geometry: Geometry) => CountryPaths) | null>(null);

export function useCountryPaths(geometry: Geometry): CountryPaths {
  const shared = useContext(CountryPathsContext);
  return useMemo(() => (shared ?? countryPaths)(geometry), [shared, geometry]);
}

export interface MicroMarker {
  iso: Iso3;
  lon: number;
  lat: number;
}

export function microMarkers(micro: Atlas['micro']): MicroMarker[] {
  return micro.features.map((f) => {
    const [lon, lat] = f.geometry.coordinates as [number, number];
    return { iso: f.properties.iso3, lon, lat };
  });
}

function fillOf(iso: Iso3, look: Look | undefined, land: string, counterpart: string, patternPrefix?: string): string {
  if (iso === COUNTERPART) return counterpart;
  if (!look || look.kind === 'none') return land;
  return look.kind === 'solid' ? look.color : `url(#${patternDomId(look, patternPrefix)})`;
}

const join = (paths: ReadonlyMap<Iso3, string>, isos: Iterable<Iso3>) =>
  [...isos].map((iso) => paths.get(iso) ?? '').join('');

/** The patterns and the ocean: the first children of the <svg>. */
export function SvgBackdrop({ looks, patternTransform }: { looks: AtlasLooks; patternTransform?: string }) {
  return (
    <>
      <SvgPatterns fills={looks.fills} land={looks.colors.land} transform={patternTransform} />
      <rect className="svg-ocean" width="100%" height="100%" fill={looks.colors.ocean} />
    </>
  );
}

/**
 * The countries and their states, in a group the caller moves with its camera. `country` gives a country's path any
 * extra attributes (the SVG map makes them buttons). Memoised: its overlays join every country's path into long
 * strings, which a parent's render for another reason (MapLibre arriving under the first view) need not redo.
 */
export const SvgCountries = memo(function SvgCountries({
  looks,
  paths,
  worldRef,
  transform,
  country,
  patternPrefix,
}: {
  looks: AtlasLooks;
  paths: ReadonlyMap<Iso3, string>;
  worldRef?: Ref<SVGGElement>;
  /** The camera, when the caller does not set it on worldRef. */
  transform?: string;
  country?: (iso: Iso3) => Record<string, unknown>;
  /** The prefix its SvgPatterns were given. */
  patternPrefix?: string;
}) {
  const theme = looks.colors;
  const states = [...looks.states];
  const where = (test: (iso: Iso3) => boolean) => states.filter(([iso]) => test(iso)).map(([iso]) => iso);
  const line = { fill: 'none', vectorEffect: 'non-scaling-stroke', strokeLinejoin: 'round' } as const;
  return (
    <g ref={worldRef} className="svg-world" transform={transform}>
      {[...paths].map(([iso, d]) => (
        <path
          key={iso}
          className="svg-country"
          data-iso={iso}
          d={d}
          fill={fillOf(iso, looks.fills.get(iso), theme.land, theme.counterpart, patternPrefix)}
          {...country?.(iso)}
        />
      ))}
      <path
        className="svg-overlay"
        d={join(
          paths,
          where((iso) => stateOf(looks, iso).dim),
        )}
        fill={theme.dim}
        fillOpacity={DIM_OPACITY}
      />
      <path
        className="svg-overlay"
        d={[...paths.values()].join('')}
        stroke={theme.border}
        strokeWidth={theme.borderWidth}
        {...line}
      />
      <path
        className="svg-overlay svg-highlight"
        d={join(
          paths,
          where((iso) => outlineOf({ ...stateOf(looks, iso), selected: false }) === 'highlight'),
        )}
        stroke={theme.hover}
        strokeWidth={HOVER_WIDTH}
        {...line}
      />
      <path
        className="svg-overlay svg-selected"
        d={join(
          paths,
          where((iso) => stateOf(looks, iso).selected),
        )}
        stroke={theme.selected}
        strokeWidth={SELECTED_WIDTH}
        {...line}
      />
    </g>
  );
});

/** The micro-states' markers; `position` places each (the SVG map's camera moves them itself, after rendering). */
export function SvgMicroMarkers({
  looks,
  markers,
  position,
}: {
  looks: AtlasLooks;
  markers: readonly MicroMarker[];
  position?: (m: MicroMarker) => { cx: number; cy: number; r: number };
}): ReactNode {
  return (
    <g className="svg-micro">
      {markers.map((m) => {
        const colors = microColors(looks.fills.get(m.iso) ?? { kind: 'none' }, looks.colors);
        const state = stateOf(looks, m.iso);
        const outline = outlineOf(state);
        return (
          <circle
            key={m.iso}
            className={state.selected ? 'svg-micro is-selected' : 'svg-micro'}
            data-iso={m.iso}
            data-lon={m.lon}
            data-lat={m.lat}
            fill={colors.fill}
            stroke={colors.stroke}
            strokeWidth={
              outline === 'selected'
                ? MARKER_RING.selected
                : outline === 'highlight'
                  ? MARKER_RING.hover
                  : MICRO_STROKE_PX
            }
            opacity={state.dim ? DIM_MARKER_OPACITY : 1}
            {...position?.(m)}
          />
        );
      })}
    </g>
  );
}
