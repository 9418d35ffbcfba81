// The URL codec: the one place that turns a query string into view state and
// back. Pure, so it is tested both ways with hostile input; it never throws.
import {
  FIRST_YEAR,
  INITIATIVE_IDS,
  LANGS,
  LAST_YEAR,
  type InitiativeId,
  type Iso3,
  type Lang,
} from '../data/types.ts';

export const THEMES = ['light', 'dark', 'projector'] as const;
export type Theme = (typeof THEMES)[number];
export const VIEWS = ['map', 'table'] as const;
export type View = (typeof VIEWS)[number];

/** Which part of the details a view opens on (an extension of the contract, used by slides and links). */
export const PANELS = ['details', 'goals', 'assistance', 'funding', 'timeline', 'partners', 'compare'] as const;
export type PanelId = (typeof PANELS)[number];

/** How the map is drawn: chosen automatically, or forced (for testing, or a browser whose WebGL misbehaves). */
export const RENDERERS = ['auto', 'webgl', 'svg'] as const;
export type Renderer = (typeof RENDERERS)[number];

export interface UrlState {
  country: Iso3 | null;
  initiative: InitiativeId | null;
  /** null: every year the data covers, each country shown with its latest status. */
  year: number | null;
  /** "What changed": the year to compare the shown year (or, with no year, the last one) with; null: no comparison. */
  compare: number | null;
  lang: Lang;
  theme: Theme;
  view: View;
  present: boolean;
  /** 1-based, as in the URL. */
  slide: number;
  embed: boolean;
  panel: PanelId;
  renderer: Renderer;
}

export const DEFAULT_URL_STATE: UrlState = {
  country: null,
  initiative: null,
  year: null,
  compare: null,
  lang: 'en',
  theme: 'light',
  view: 'map',
  present: false,
  slide: 1,
  embed: false,
  panel: 'details',
  renderer: 'auto',
};

export type UrlParam = keyof UrlState;
export const URL_PARAMS = Object.keys(DEFAULT_URL_STATE) as UrlParam[];

/** A value the codec refused: shown to the user as plain text, never as HTML. */
export interface UrlWarning {
  param: string;
  value: string;
  expected: string;
  /** The parameter appeared more than once; this later value was dropped. */
  repeated?: boolean;
}

const MAX_SHOWN_VALUE = 40;
const MAX_SLIDE = 99;

function shown(value: string): string {
  return value.length > MAX_SHOWN_VALUE ? `${value.slice(0, MAX_SHOWN_VALUE)}…` : value;
}

function oneOf<T extends string>(values: readonly T[], raw: string): T | undefined {
  const v = raw.trim().toLowerCase();
  return values.find((x) => x === v);
}

function intIn(raw: string, min: number, max: number): number | undefined {
  const v = raw.trim();
  if (!/^\d{1,4}$/.test(v)) return undefined;
  const n = Number(v);
  return n >= min && n <= max ? n : undefined;
}

function flag(raw: string): boolean | undefined {
  const v = raw.trim().toLowerCase();
  if (v === '1' || v === 'true') return true;
  if (v === '0' || v === 'false') return false;
  return undefined;
}

export function isIso3(raw: string): boolean {
  return /^[A-Za-z]{3}$/.test(raw.trim());
}

type Decoder = (raw: string) => unknown;
const DECODERS: Record<UrlParam, { decode: Decoder; expected: string }> = {
  country: {
    decode: (r) => (isIso3(r) ? r.trim().toUpperCase() : undefined),
    expected: 'a three-letter ISO country code such as HND',
  },
  initiative: { decode: (r) => oneOf(INITIATIVE_IDS, r), expected: INITIATIVE_IDS.join(', ') },
  year: { decode: (r) => intIn(r, FIRST_YEAR, LAST_YEAR), expected: `a year from ${FIRST_YEAR} to ${LAST_YEAR}` },
  compare: { decode: (r) => intIn(r, FIRST_YEAR, LAST_YEAR), expected: `a year from ${FIRST_YEAR} to ${LAST_YEAR}` },
  lang: { decode: (r) => oneOf(LANGS, r), expected: LANGS.join(', ') },
  theme: { decode: (r) => oneOf(THEMES, r), expected: THEMES.join(', ') },
  view: { decode: (r) => oneOf(VIEWS, r), expected: VIEWS.join(', ') },
  present: { decode: flag, expected: '1 or 0' },
  slide: { decode: (r) => intIn(r, 1, MAX_SLIDE), expected: `a slide number from 1 to ${MAX_SLIDE}` },
  embed: { decode: flag, expected: '1 or 0' },
  panel: { decode: (r) => oneOf(PANELS, r), expected: PANELS.join(', ') },
  renderer: { decode: (r) => oneOf(RENDERERS, r), expected: RENDERERS.join(', ') },
};

/** Decode one parameter; undefined when the value is not acceptable. */
export function decodeParam<K extends UrlParam>(param: K, raw: string): UrlState[K] | undefined {
  return DECODERS[param].decode(raw) as UrlState[K] | undefined;
}

export function expectedFor(param: UrlParam): string {
  return DECODERS[param].expected;
}

/** `defaults` stand for absent parameters: the ambient theme (the OS's dark mode) differs from DEFAULT_URL_STATE. */
export function parseUrlState(
  search: string,
  defaults: UrlState = DEFAULT_URL_STATE,
): { state: UrlState; warnings: UrlWarning[] } {
  const params = new URLSearchParams(search);
  const state: UrlState = { ...defaults };
  const warnings: UrlWarning[] = [];
  const seen = new Set<string>();
  for (const [rawKey, raw] of params) {
    const key = rawKey.toLowerCase() as UrlParam;
    // Own keys only: `in` would find Object.prototype's `constructor` or `__proto__` and call a decoder that is not there.
    if (!Object.hasOwn(DECODERS, key)) {
      warnings.push({ param: shown(rawKey), value: shown(raw), expected: 'a known parameter' });
      continue;
    }
    if (seen.has(key)) {
      // The first occurrence wins, as in most routers; the reader is told the later one was dropped.
      warnings.push({ param: key, value: shown(raw), expected: 'one value', repeated: true });
      continue;
    }
    seen.add(key);
    const value = decodeParam(key, raw);
    if (value === undefined) {
      warnings.push({ param: key, value: shown(raw), expected: DECODERS[key].expected });
      continue;
    }
    (state as unknown as Record<string, unknown>)[key] = value;
  }
  return { state, warnings };
}

/** Only what differs from the defaults, in a stable order, lower case where the contract says so. */
export function toSearchParams(state: UrlState, defaults: UrlState = DEFAULT_URL_STATE): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of URL_PARAMS) {
    const value = state[key];
    if (value === defaults[key]) continue;
    if (key === 'slide' && !state.present) continue;
    if (typeof value === 'boolean') out.set(key, value ? '1' : '0');
    else if (value !== null) out.set(key, String(value));
  }
  return out;
}

export function toSearch(state: UrlState, defaults: UrlState = DEFAULT_URL_STATE): string {
  const s = toSearchParams(state, defaults).toString();
  return s ? `?${s}` : '';
}
