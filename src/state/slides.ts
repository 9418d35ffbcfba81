// Slides are data (data/slides.json): the view each one shows, its camera, the
// countries it is about and a cited caption. This module checks a slides file
// against the atlas data (pure: the build and the unit tests call it) and
// works out what a slide spotlights.
import type { AtlasIndex } from '../data/joins.ts';
import { membersOf } from '../data/joins.ts';
import {
  FIRST_YEAR,
  INITIATIVE_IDS,
  LANGS,
  LAST_YEAR,
  type InitiativeId,
  type Iso3,
  type Text,
} from '../data/types.ts';
import type { ValidationError } from '../data/validate.ts';
import { PANELS, type PanelId } from './urlState.ts';
import slidesJson from '../../data/slides.json';
import { withPeriod } from '../i18n/strings.ts';
import { clampSlide } from './slideMoves.ts';

export const SLIDES_FILE = 'slides.json';

/** [[west, south], [east, north]] in degrees. */
export type SlideBounds = [[number, number], [number, number]];

export interface Slide {
  id: string;
  /** The URL state the slide opens (the rest of the URL, language and theme, is the briefer's). */
  /** `compare` (optional): a year whose changes to the shown one the slide lists, as the `compare` URL parameter. */
  state: {
    country: Iso3 | null;
    initiative: InitiativeId | null;
    year: number | null;
    compare?: number | null;
    panel: PanelId;
  };
  bounds: SlideBounds;
  /** The countries left undimmed; null: the initiative's current members (or nothing dimmed). */
  spotlight: Iso3[] | null;
  title: Text;
  caption: Text;
  sourceIds: string[];
  /** The passages of the sources that support the caption (the provenance lock checks the shipped deck's). */
  quote?: string;
  quotes?: string[];
  /** Speaker notes: a briefer's own deck has them (deckEditor/); data/slides.json does not. */
  notes?: string;
}

export interface SlideRefs {
  sources: ReadonlySet<string>;
  countries: ReadonlySet<string>;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): boolean =>
  isRecord(v) && LANGS.every((l) => typeof v[l] === 'string' && (v[l] as string).trim() !== '');
const isLonLat = (v: unknown, [lonMax, latMax]: [number, number]): boolean =>
  Array.isArray(v) && v.length === 2 && Math.abs(v[0]) <= lonMax && Math.abs(v[1]) <= latMax;

const KEYS = ['id', 'state', 'bounds', 'spotlight', 'title', 'caption', 'sourceIds', 'quote', 'quotes'];
const STATE_KEYS = ['country', 'initiative', 'year', 'compare', 'panel'];

function checkSlide(v: unknown, refs: SlideRefs): { field: string; message: string }[] {
  if (!isRecord(v)) return [{ field: '', message: 'must be an object' }];
  const out: { field: string; message: string }[] = [];
  const bad = (field: string, message: string) => out.push({ field, message });
  for (const key of Object.keys(v)) if (!KEYS.includes(key)) bad(key, 'is not a known field (a typo?)');
  if (typeof v.id !== 'string' || !/^[a-z0-9-]+$/.test(v.id))
    bad('id', 'must be a lower-case id (letters, digits, hyphens)');
  const s = v.state;
  if (!isRecord(s)) bad('state', 'must be an object with country, initiative, year and panel');
  else {
    for (const key of Object.keys(s))
      if (!STATE_KEYS.includes(key)) bad(`state.${key}`, 'is not a known field (a typo?)');
    if (s.country !== null && !(typeof s.country === 'string' && refs.countries.has(s.country)))
      bad('state.country', 'must be null or a country in countries.json');
    if (s.initiative !== null && !INITIATIVE_IDS.includes(s.initiative as InitiativeId))
      bad('state.initiative', `must be null or one of: ${INITIATIVE_IDS.join(', ')}`);
    if (
      s.year !== null &&
      !(Number.isInteger(s.year) && (s.year as number) >= FIRST_YEAR && (s.year as number) <= LAST_YEAR)
    )
      bad('state.year', `must be null or a year from ${FIRST_YEAR} to ${LAST_YEAR}`);
    if (
      s.compare !== undefined &&
      s.compare !== null &&
      !(Number.isInteger(s.compare) && (s.compare as number) >= FIRST_YEAR && (s.compare as number) <= LAST_YEAR)
    )
      bad('state.compare', `must be absent, null or a year from ${FIRST_YEAR} to ${LAST_YEAR}`);
    if (!PANELS.includes(s.panel as PanelId)) bad('state.panel', `must be one of: ${PANELS.join(', ')}`);
  }
  const b = v.bounds;
  if (!(Array.isArray(b) && b.length === 2 && isLonLat(b[0], [180, 85]) && isLonLat(b[1], [180, 85])))
    bad('bounds', 'must be [[west, south], [east, north]] in degrees');
  else if (!(b[0][0] < b[1][0] && b[0][1] < b[1][1]))
    bad('bounds', 'west must be less than east and south less than north');
  if (v.spotlight !== null) {
    if (!Array.isArray(v.spotlight) || v.spotlight.length === 0)
      bad('spotlight', 'must be null or a non-empty list of countries');
    else
      v.spotlight.forEach((c, i) => {
        if (typeof c !== 'string' || !refs.countries.has(c))
          bad(`spotlight[${i}]`, `"${String(c)}" is not a country in countries.json`);
      });
  }
  if (!isText(v.title)) bad('title', `needs non-empty text in ${LANGS.join(' and ')}`);
  if (!isText(v.caption)) bad('caption', `needs non-empty text in ${LANGS.join(' and ')}`);
  if (!Array.isArray(v.sourceIds) || v.sourceIds.length === 0) bad('sourceIds', 'must cite at least one source');
  else
    v.sourceIds.forEach((id, i) => {
      if (typeof id !== 'string' || !refs.sources.has(id))
        bad(`sourceIds[${i}]`, `"${String(id)}" is not an id in sources.json`);
    });
  if (v.quote !== undefined && !(typeof v.quote === 'string' && v.quote.trim() !== ''))
    bad('quote', 'must be a non-empty string');
  if (
    v.quotes !== undefined &&
    !(Array.isArray(v.quotes) && v.quotes.length > 0 && v.quotes.every((q) => typeof q === 'string' && q.trim() !== ''))
  )
    bad('quotes', 'must be a non-empty list of non-empty strings');
  return out;
}

/** Every problem in a slides file, named by record and field like the data validation. */
export function validateSlides(raw: unknown, refs: SlideRefs): { slides: Slide[] | null; errors: ValidationError[] } {
  if (!Array.isArray(raw))
    return {
      slides: null,
      errors: [{ file: SLIDES_FILE, record: '', field: '', message: 'must be a JSON array of slides' }],
    };
  if (raw.length === 0)
    return {
      slides: null,
      errors: [{ file: SLIDES_FILE, record: '', field: '', message: 'must hold at least one slide' }],
    };
  const errors: ValidationError[] = [];
  const seen = new Set<string>();
  raw.forEach((slide, i) => {
    const id = isRecord(slide) && typeof slide.id === 'string' && slide.id ? slide.id : `#${i}`;
    for (const { field, message } of checkSlide(slide, refs))
      errors.push({ file: SLIDES_FILE, record: id, field, message });
    if (seen.has(id))
      errors.push({
        file: SLIDES_FILE,
        record: id,
        field: 'id',
        message: 'duplicates an earlier slide (ids must be unique)',
      });
    seen.add(id);
  });
  return { slides: errors.length ? null : (raw as Slide[]), errors };
}

/**
 * The countries a slide is about: its own list, else the initiative's members
 * that year (former members are dimmed: the slide is about the present), else
 * the selected country; null when nothing is dimmed.
 */
export function spotlightOf(slide: Slide, index: AtlasIndex): Iso3[] | null {
  if (slide.spotlight) return slide.spotlight;
  const { initiative, country, year } = slide.state;
  if (initiative)
    return membersOf(index.memberships, initiative, year)
      .filter((p) => p.status !== 'former')
      .map((p) => p.membership.country);
  return country ? [country] : null;
}

// The deck the app ships: data/slides.json, bundled (no fetch, so it works offline and from file://). The build
// validated it against the data (build/atlasData.ts), so here it is only typed. A briefer's own deck (deckEditor/)
// replaces it in the store's `deck` while it is presented.
const period = (text: Text): Text => Object.fromEntries(LANGS.map((l) => [l, withPeriod(text[l])])) as Text;

/** The slides, with `{first}`–`{last}` in a title or caption read as the period the data covers. */
export const SLIDES: readonly Slide[] = (slidesJson as unknown as Slide[]).map((s) => ({
  ...s,
  title: period(s.title),
  caption: period(s.caption),
}));

/** The slides presented: the briefer's deck when one is, else the atlas's own. */
export function slidesOf(deck: readonly Slide[] | null): readonly Slide[] {
  return deck && deck.length > 0 ? deck : SLIDES;
}

/** The slide a (1-based, possibly out-of-range) number shows. */
export function slideAt(n: number, deck: readonly Slide[] | null = null): Slide {
  const slides = slidesOf(deck);
  return slides[clampSlide(n, slides.length) - 1]!;
}
