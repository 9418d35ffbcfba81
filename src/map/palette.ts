// One colour per initiative, shared by the map, the legend and the panels.
// Okabe–Ito hues: told apart with the common colour-vision deficiencies, and
// every look also differs by pattern, so colour is never the only cue.
import type { InitiativeId, Status } from '../data/types.ts';
import type { Part } from '../data/joins.ts';
import type { Theme } from '../state/urlState.ts';

export const INITIATIVE_COLORS: Record<InitiativeId, string> = {
  merida: '#E69F00', // orange
  carsi: '#0072B2', // blue
  cbsi: '#009E73', // bluish green
  colombia: '#F0E442', // yellow
  andean: '#CC79A7', // reddish purple
};

/** Darker companions for text and thin strokes, each at least 4.5:1 on white. */
export const INITIATIVE_INK: Record<InitiativeId, string> = {
  merida: '#8A5A00',
  carsi: '#005A8C',
  cbsi: '#00694D',
  colombia: '#6B6400',
  andean: '#8E3A6E',
};

export interface ThemeColors {
  ocean: string;
  land: string;
  border: string;
  borderWidth: number;
  ink: string;
  counterpart: string;
  selected: string;
  hover: string;
  dim: string;
}

export const THEME_COLORS: Record<Theme, ThemeColors> = {
  light: {
    ocean: '#dde7ee',
    land: '#f7f5f0',
    border: '#7d8590',
    borderWidth: 0.6,
    ink: '#1b1f24',
    counterpart: '#5b6573',
    selected: '#111111',
    hover: '#111111',
    dim: '#dde7ee',
  },
  dark: {
    ocean: '#0d1620',
    land: '#2b3440',
    border: '#6d7b8c',
    borderWidth: 0.6,
    ink: '#f2f4f7',
    counterpart: '#8795a8',
    selected: '#ffffff',
    hover: '#ffffff',
    dim: '#0d1620',
  },
  projector: {
    ocean: '#e9eff4',
    land: '#ffffff',
    border: '#111111',
    borderWidth: 2,
    ink: '#000000',
    counterpart: '#3a4250',
    selected: '#000000',
    hover: '#000000',
    dim: '#e9eff4',
  },
};

export type Tone = 'full' | 'hatch' | 'pale';

export interface Band {
  color: string;
  tone: Tone;
}

/** How a country looks: nothing, one solid colour, or stripes of several. */
export type Look = { kind: 'none' } | { kind: 'solid'; color: string } | { kind: 'pattern'; id: string; bands: Band[] };

const TONE: Record<Status, Tone> = { partner: 'full', observer: 'hatch', former: 'pale' };

/** Mix a hex colour with another (the land) by t in 0..1. */
export function mix(hex: string, with_: string, t: number): string {
  const a = parseHex(hex);
  const b = parseHex(with_);
  const c = a.map((v, i) => Math.round(v * (1 - t) + b[i]! * t));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** A '#rrggbb' colour's channels, 0–255. */
export function parseHex(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

export function paleOf(color: string, land: string): string {
  return mix(color, land, 0.7);
}

export function lookOf(parts: readonly Part[], land: string): Look {
  if (parts.length === 0) return { kind: 'none' };
  const bands = parts.map((p) => ({ color: INITIATIVE_COLORS[p.initiative], tone: TONE[p.status] }));
  const only = bands[0]!;
  if (bands.length === 1 && only.tone === 'full') return { kind: 'solid', color: only.color };
  if (bands.length === 1 && only.tone === 'pale') return { kind: 'solid', color: paleOf(only.color, land) };
  // The land colour is part of the id: hatched and pale bands are drawn over it, so each theme has its own images.
  const id = `pat:${parts.map((p) => `${p.initiative}-${p.status}`).join('+')}@${land.replace('#', '')}`;
  return { kind: 'pattern', id, bands };
}

/** Width of one band in the stripe pattern, in CSS pixels (map and legend alike). */
export const BAND_PX = 6;

/** The colour runs of a pattern, one period long: [colour, length in px][]. */
export function stripeRuns(bands: readonly Band[], land: string): [string, number][] {
  return bands.flatMap((b): [string, number][] => {
    if (b.tone === 'hatch')
      return [
        [b.color, BAND_PX / 2],
        [land, BAND_PX / 2],
      ];
    return [[b.tone === 'pale' ? paleOf(b.color, land) : b.color, BAND_PX]];
  });
}
