// Types for buildGeo.mjs, so TypeScript tests and tools can import it.
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';

/** Properties of every feature: a label point [longitude, latitude] in degrees, 2 decimals. */
export type CountryProperties = { label: [number, number] };

/** A country or territory: id is the ISO 3166-1 alpha-3 code. */
export type CountryGeometry = (Polygon<CountryProperties> | MultiPolygon<CountryProperties>) & {
  id: string;
  properties: CountryProperties;
};

export interface CountriesObject extends GeometryCollection<CountryProperties> {
  geometries: CountryGeometry[];
}

export type HemisphereObjects = { countries: CountriesObject };

/** The shape of public/geo/hemisphere.topo.json. */
export interface HemisphereTopology extends Topology<HemisphereObjects> {
  /** "by data/scripts/buildGeo.mjs from … — do not edit". */
  generated: string;
  bbox: [number, number, number, number];
  transform: { scale: [number, number]; translate: [number, number] };
}

export interface GeoBuild {
  topology: HemisphereTopology;
  /** The exact text of the output file, trailing newline included. */
  json: string;
  /** Feature ids in output order (sorted). */
  ids: string[];
}

export declare const SOURCE_PATH: string;
export declare const OUTPUT_PATH: string;
export declare const GENERATED: string;
/** [ISO numeric as in world-atlas, alpha-3, Natural Earth name]. */
export declare const HEMISPHERE: ReadonlyArray<readonly [string, string, string]>;
export declare const SPLITS: ReadonlyArray<{
  numeric: string;
  name: string;
  parts: ReadonlyArray<{ iso3: string; box: readonly [number, number, number, number] }>;
}>;
/** Features that keep every islet and vertex; the same set as micro: true in data/countries.json. */
export declare const MICRO_ISO3: readonly string[];
export declare const LABEL_OVERRIDES: Readonly<Record<string, readonly [number, number]>>;

/** Builds the hemisphere topology from world-atlas; pure apart from reading the input. */
export declare function buildGeo(): GeoBuild;
