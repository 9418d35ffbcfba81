// A briefer's own deck (contract.md, "Decks"): the JSON format, its validation and the #deck= / #deckz= link codec.
// Pure (no DOM): the validator and codec are unit-tested with hostile input. Everything in a deck is plain text:
// nothing from one is ever rendered as HTML, and text that looks like HTML is refused rather than shown.
import {
  FIRST_YEAR,
  INITIATIVE_IDS,
  LANGS,
  LAST_YEAR,
  type InitiativeId,
  type Iso3,
  type Lang,
} from '../../data/types.ts';
import { PANELS, type PanelId } from '../../state/urlState.ts';
import type { SlideBounds } from '../../state/slides.ts';

export const DECK_TYPE = 'hemisphere-atlas-deck';
export const DECK_VERSION = 1;
/** A deck's JSON, and a link's inflated JSON, may be this long: a 100-slide deck with long notes is ~300 KB. */
export const MAX_DECK_CHARS = 1_000_000;
export const MAX_SLIDES = 100;
export const MAX_CHARS = { title: 200, caption: 1000, notes: 10_000 } as const;

export interface DeckSlide {
  state: { country: Iso3 | null; initiative: InitiativeId | null; year: number | null; panel: PanelId };
  title: string;
  caption: string;
  notes: string;
  /** The camera when the slide was made (an extension of the contract): [[west, south], [east, north]]. */
  bounds?: SlideBounds;
  /** The sources of the view the slide shows (an extension of the contract), ids in sources.json. */
  sourceIds?: string[];
}

export interface Deck {
  type: typeof DECK_TYPE;
  version: typeof DECK_VERSION;
  title: string;
  lang: Lang;
  slides: DeckSlide[];
}

/** What was wrong, as a string key (deckProblem_<code> in strings.ts) and the values its message names. */
export interface DeckProblem {
  code:
    | 'notJson'
    | 'tooLarge'
    | 'notObject'
    | 'wrongType'
    | 'wrongVersion'
    | 'noSlides'
    | 'tooManySlides'
    | 'badLink'
    | 'badField'
    | 'html'
    | 'tooLong'
    | 'unknownCountry'
    | 'unknownInitiative'
    | 'badYear'
    | 'badPanel';
  /** 1-based slide number, when the problem is one slide's (that slide is left out, the rest of the deck opens). */
  slide?: number;
  field?: string;
  value?: string;
}

export interface DeckRefs {
  countries: ReadonlySet<string>;
  sources: ReadonlySet<string>;
}

export function emptyDeck(lang: Lang): Deck {
  return { type: DECK_TYPE, version: DECK_VERSION, title: '', lang, slides: [] };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** A tag, a closing tag, a comment or a doctype: "<b", "</", "<!", "<?". "a < b" and "<5%" are text. */
const LOOKS_LIKE_HTML = /<\s*[a-zA-Z/!?]/;
const shown = (v: unknown) => {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};

function text(v: unknown, field: string, max: number, slide?: number): string | DeckProblem {
  if (v === undefined || v === null) return '';
  if (typeof v !== 'string') return { code: 'badField', slide, field };
  if (v.length > max) return { code: 'tooLong', slide, field, value: String(max) };
  if (LOOKS_LIKE_HTML.test(v)) return { code: 'html', slide, field };
  return v;
}

const isBounds = (b: unknown): b is SlideBounds =>
  Array.isArray(b) &&
  b.length === 2 &&
  b.every((p) => Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === 'number' && Number.isFinite(x))) &&
  Math.abs(b[0][0]) <= 360 &&
  Math.abs(b[1][0]) <= 360 &&
  Math.abs(b[0][1]) <= 90 &&
  Math.abs(b[1][1]) <= 90 &&
  b[0][0] < b[1][0] &&
  b[0][1] < b[1][1];

function checkSlide(v: unknown, n: number, refs: DeckRefs): DeckSlide | DeckProblem {
  if (!isRecord(v) || !isRecord(v.state)) return { code: 'badField', slide: n, field: 'state' };
  const s = v.state;
  const country = s.country ?? null;
  if (country !== null && !(typeof country === 'string' && refs.countries.has(country)))
    return { code: 'unknownCountry', slide: n, field: 'state.country', value: shown(country) };
  const initiative = s.initiative ?? null;
  if (initiative !== null && !INITIATIVE_IDS.includes(initiative as InitiativeId))
    return { code: 'unknownInitiative', slide: n, field: 'state.initiative', value: shown(initiative) };
  const year = s.year ?? null;
  if (year !== null && !(Number.isInteger(year) && (year as number) >= FIRST_YEAR && (year as number) <= LAST_YEAR))
    return { code: 'badYear', slide: n, field: 'state.year', value: shown(year) };
  const panel = s.panel ?? 'details';
  if (!PANELS.includes(panel as PanelId))
    return { code: 'badPanel', slide: n, field: 'state.panel', value: shown(panel) };
  const title = text(v.title, 'title', MAX_CHARS.title, n);
  if (typeof title !== 'string') return title;
  const caption = text(v.caption, 'caption', MAX_CHARS.caption, n);
  if (typeof caption !== 'string') return caption;
  const notes = text(v.notes, 'notes', MAX_CHARS.notes, n);
  if (typeof notes !== 'string') return notes;
  const slide: DeckSlide = {
    state: {
      country: country as Iso3 | null,
      initiative: initiative as InitiativeId | null,
      year: year as number | null,
      panel: panel as PanelId,
    },
    title,
    caption,
    notes,
  };
  if (v.bounds !== undefined) {
    if (!isBounds(v.bounds)) return { code: 'badField', slide: n, field: 'bounds' };
    slide.bounds = v.bounds;
  }
  if (v.sourceIds !== undefined) {
    if (!Array.isArray(v.sourceIds) || !v.sourceIds.every((id) => typeof id === 'string' && refs.sources.has(id)))
      return { code: 'badField', slide: n, field: 'sourceIds' };
    slide.sourceIds = [...(v.sourceIds as string[])];
  }
  return slide;
}

/**
 * A deck from its JSON text. A deck-wide problem refuses the deck (deck: null); a bad slide is left out and named
 * in problems while the rest opens. Only the known fields are copied: nothing else in the JSON reaches the atlas.
 */
export function parseDeck(json: string, refs: DeckRefs): { deck: Deck | null; problems: DeckProblem[] } {
  const refuse = (p: DeckProblem) => ({ deck: null, problems: [p] });
  if (json.length > MAX_DECK_CHARS) return refuse({ code: 'tooLarge', value: `${(json.length / 1e6).toFixed(1)} MB` });
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return refuse({ code: 'notJson' });
  }
  if (!isRecord(raw)) return refuse({ code: 'notObject' });
  if (raw.type !== DECK_TYPE) return refuse({ code: 'wrongType', field: 'type', value: shown(raw.type) });
  if (raw.version !== DECK_VERSION)
    return refuse({ code: 'wrongVersion', field: 'version', value: shown(raw.version) });
  if (!Array.isArray(raw.slides)) return refuse({ code: 'noSlides', field: 'slides' });
  if (raw.slides.length > MAX_SLIDES)
    return refuse({ code: 'tooManySlides', field: 'slides', value: String(MAX_SLIDES) });
  const title = text(raw.title, 'title', MAX_CHARS.title);
  if (typeof title !== 'string') return refuse(title);
  const lang = LANGS.includes(raw.lang as Lang) ? (raw.lang as Lang) : 'en';
  const problems: DeckProblem[] = [];
  const slides: DeckSlide[] = [];
  raw.slides.forEach((s, i) => {
    const out = checkSlide(s, i + 1, refs);
    if ('code' in out) problems.push(out);
    else slides.push(out);
  });
  return { deck: { type: DECK_TYPE, version: DECK_VERSION, title, lang, slides }, problems };
}

export function deckJson(deck: Deck): string {
  return JSON.stringify(deck, null, 2);
}

// — links: #deck=<base64url of the UTF-8 JSON>, #deckz=<base64url of its deflate-raw> —

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s)) return null;
  try {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(bin, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  maxBytes: number,
): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    // A link that inflates past the limit is refused as it inflates: a small link cannot fill the memory.
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The hash that carries a deck: compressed where the browser can (every current one), else plain. */
export async function deckHash(deck: Deck): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(deck));
  if (typeof CompressionStream === 'function') {
    const z = await pipe(bytes, new CompressionStream('deflate-raw'), Infinity);
    if (z) return `#deckz=${toBase64Url(z)}`;
  }
  return `#deck=${toBase64Url(bytes)}`;
}

/**
 * The deck JSON a location hash carries: null when it carries none, a problem when it carries one that cannot be
 * read. (The JSON then goes through parseDeck like a file.)
 */
export async function jsonFromHash(hash: string): Promise<{ json: string } | { problem: DeckProblem } | null> {
  const m = /^#?(deckz?)=(.*)$/.exec(hash);
  if (!m) return null;
  const [, kind, payload = ''] = m;
  if (payload.length > MAX_DECK_CHARS * 2)
    return { problem: { code: 'tooLarge', value: `${(payload.length / 1e6).toFixed(1)} MB` } };
  const bytes = fromBase64Url(payload);
  if (!bytes) return { problem: { code: 'badLink' } };
  // Four bytes of UTF-8 per character at most: the inflated JSON's limit in bytes.
  const plain =
    kind === 'deckz'
      ? await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_DECK_CHARS * 4).catch(() => undefined)
      : bytes;
  if (plain === undefined) return { problem: { code: 'badLink' } };
  if (plain === null) return { problem: { code: 'tooLarge', value: `> ${MAX_DECK_CHARS / 1e6} MB` } };
  const json = new TextDecoder('utf-8', { fatal: false }).decode(plain);
  return { json };
}
