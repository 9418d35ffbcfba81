// How each country is drawn, from the atlas's state: the one description that the MapLibre style (useMapLooks.ts),
// the SVG map and the image export all draw from. Pure: no map, no React.
//
// A new per-country cue (a disputed status, what changed between two years) is one more field of CountryState, set
// here, and drawn by each renderer from that field.
import { partsByCountry, type MembershipIndex } from '../data/joins.ts';
import type { InitiativeId, Iso3 } from '../data/types.ts';
import type { Theme } from '../state/urlState.ts';
import { lookOf, THEME_COLORS, type Look, type ThemeColors } from './palette.ts';

export interface LooksInput {
  memberships: MembershipIndex;
  /** Every country of the atlas: those outside a spotlight are dimmed. */
  countries: readonly Iso3[];
  year: number | null;
  /** Initiatives hidden from the map through the legend. */
  hidden: readonly InitiativeId[];
  theme: Theme;
  /** The countries a slide or an initiative puts in the light; null when none is. */
  spotlight: ReadonlySet<Iso3> | null;
  selected: Iso3 | null;
  /** Under the pointer. */
  hovered: Iso3 | null;
  /** The keyboard's highlight (the map's arrow keys, or a country of the SVG map in focus). */
  focused: Iso3 | null;
}

/** A country's state on the map. Hover and keyboard focus are separate: either one outlines the country. */
export interface CountryState {
  dim: boolean;
  selected: boolean;
  hovered: boolean;
  focused: boolean;
}

export interface AtlasLooks {
  colors: ThemeColors;
  /** Each country's fill, a colour or stripes; a country not in it is drawn as land. */
  fills: ReadonlyMap<Iso3, Look>;
  /** The countries in some state; a country not in it is in none. */
  states: ReadonlyMap<Iso3, CountryState>;
}

const NO_STATE: CountryState = { dim: false, selected: false, hovered: false, focused: false };

/** The fills alone: what the year, the legend's toggles and the theme decide. */
export function fillsOf(
  memberships: MembershipIndex,
  year: number | null,
  hidden: readonly InitiativeId[],
  theme: Theme,
): Map<Iso3, Look> {
  const land = THEME_COLORS[theme].land;
  const fills = new Map<Iso3, Look>();
  for (const [iso, parts] of partsByCountry(memberships, year, hidden)) fills.set(iso, lookOf(parts, land));
  return fills;
}

export function looksOf(input: LooksInput): AtlasLooks {
  return {
    colors: THEME_COLORS[input.theme],
    fills: fillsOf(input.memberships, input.year, input.hidden, input.theme),
    states: statesOf(input),
  };
}

/** The states alone: what the spotlight, the selection, the pointer and the keyboard decide. */
export function statesOf(
  input: Pick<LooksInput, 'countries' | 'spotlight' | 'selected' | 'hovered' | 'focused'>,
): Map<Iso3, CountryState> {
  const states = new Map<Iso3, CountryState>();
  const set = (iso: Iso3 | null, patch: Partial<CountryState>) => {
    if (iso) states.set(iso, { ...(states.get(iso) ?? NO_STATE), ...patch });
  };
  if (input.spotlight) for (const iso of input.countries) if (!input.spotlight.has(iso)) set(iso, { dim: true });
  set(input.selected, { selected: true });
  set(input.hovered, { hovered: true });
  set(input.focused, { focused: true });
  return states;
}

export function stateOf(looks: AtlasLooks, iso: Iso3): CountryState {
  return looks.states.get(iso) ?? NO_STATE;
}

/** The outline drawn round a country: the selection's, else the highlight's (hover or keyboard focus), else none. */
export function outlineOf(state: CountryState): 'selected' | 'highlight' | null {
  if (state.selected) return 'selected';
  return state.hovered || state.focused ? 'highlight' : null;
}
