// The postMessage protocol between an embedded atlas and its host page (see
// the contract). Inbound data is untrusted: it is decoded here, field by field,
// with the URL codec's own decoders, so a message can ask for exactly what a
// URL can and nothing else. Pure, so it is tested with hostile input.
import type { InitiativeId, Iso3, Lang } from '../data/types.ts';
import { decodeParam, type Theme } from '../state/urlState.ts';

/** A command from the host page, validated. Absent fields mean "leave as is". */
export type InboundCommand =
  | { type: 'select'; country?: Iso3 | null; initiative?: InitiativeId | null }
  | { type: 'set'; lang?: Lang; theme?: Theme; year?: number | null; slide?: number };

/** What an embedded atlas shows, as `atlas:ready` reports it (so the host's getState() is right from the start). */
export interface EmbedViewState {
  country: Iso3 | null;
  initiative: InitiativeId | null;
  year: number | null;
  slide: number;
}

export type OutboundMessage =
  | ({ type: 'atlas:ready' } & Partial<EmbedViewState>)
  | { type: 'atlas:resize'; height: number }
  | { type: 'atlas:select'; country: Iso3 | null; initiative: InitiativeId | null }
  | { type: 'atlas:year'; year: number | null }
  | { type: 'atlas:slide'; slide: number };

/** Longer strings are never a valid value; refusing them early keeps the decoders' work small. */
const MAX_STRING = 32;

type Fields = Record<string, unknown>;

function isRecord(data: unknown): data is Fields {
  return typeof data === 'object' && data !== null && !Array.isArray(data);
}

/** Own properties only: a value inherited from a prototype is not part of the message. */
function field(data: Fields, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(data, key) ? data[key] : undefined;
}

function shortString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= MAX_STRING ? value : undefined;
}

/** An integer, given as a number (not a string): the decoder then applies the URL's ranges. */
function integerText(value: unknown): string | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : undefined;
}

function parseSelect(data: Fields): InboundCommand | null {
  const out: Extract<InboundCommand, { type: 'select' }> = { type: 'select' };
  const country = field(data, 'country');
  const initiative = field(data, 'initiative');
  if (country === null) out.country = null;
  else {
    const raw = shortString(country);
    const value = raw === undefined ? undefined : decodeParam('country', raw);
    if (value) out.country = value;
  }
  if (initiative === null) out.initiative = null;
  else {
    const raw = shortString(initiative);
    const value = raw === undefined ? undefined : decodeParam('initiative', raw);
    if (value) out.initiative = value;
  }
  return 'country' in out || 'initiative' in out ? out : null;
}

function parseSet(data: Fields): InboundCommand | null {
  const out: Extract<InboundCommand, { type: 'set' }> = { type: 'set' };
  const lang = shortString(field(data, 'lang'));
  const theme = shortString(field(data, 'theme'));
  const year = field(data, 'year');
  const slide = integerText(field(data, 'slide'));
  if (lang !== undefined) {
    const value = decodeParam('lang', lang);
    if (value) out.lang = value;
  }
  if (theme !== undefined) {
    const value = decodeParam('theme', theme);
    if (value) out.theme = value;
  }
  if (year === null) out.year = null;
  else {
    const raw = integerText(year);
    const value = raw === undefined ? undefined : decodeParam('year', raw);
    if (value != null) out.year = value;
  }
  if (slide !== undefined) {
    const value = decodeParam('slide', slide);
    if (value !== undefined) out.slide = value;
  }
  return Object.keys(out).length > 1 ? out : null;
}

/**
 * A host page's message as a command, or null when it is not one: not an
 * object, an unknown type, or no field that decodes. A field of the wrong
 * type or out of range is dropped; the rest of the message still applies.
 */
export function parseInboundMessage(data: unknown): InboundCommand | null {
  if (!isRecord(data)) return null;
  const type = field(data, 'type');
  if (type === 'atlas:select') return parseSelect(data);
  if (type === 'atlas:set') return parseSet(data);
  return null;
}
