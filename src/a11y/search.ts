// Country and initiative search: matching that ignores case, accents and
// punctuation, in both languages, so "peru" finds Perú and "st vincent" finds
// Saint Vincent and the Grenadines. Pure, so it is tested without a page.
import type { Lang, Text } from '../data/types.ts';

export interface SearchEntry {
  kind: 'country' | 'initiative';
  id: string;
  /** Every name the entry answers to, in every language: the first is its label. */
  names: Text[];
  /** Names of its phases or later frameworks: a hit through one of them says so. */
  otherNames?: Text[];
}

export interface SearchHit {
  kind: SearchEntry['kind'];
  id: string;
  /** The name in the reader's language. */
  label: string;
  /** The name that matched, when the label itself did not: an other-language name or an other name. */
  matchedAs?: string;
  /** The language of matchedAs. */
  matchedLang?: Lang;
}

/** Abbreviations people type for the words in names. */
const ALIASES: Record<string, string> = {
  st: 'saint',
  sta: 'santa',
  sto: 'santo',
  us: 'united states',
  usa: 'united states',
  eeuu: 'estados unidos',
};

/** Lower case, no accents, punctuation as spaces, abbreviations spelled out. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^\p{Letter}\p{Number}]+/gu, ' ')
    .trim()
    .split(' ')
    .map((w) => ALIASES[w] ?? w)
    .join(' ');
}

/**
 * How well a name matches a query, lower is better; null when it does not.
 * 0: the name starts with the query; 1: a word starts with it; 2: every query
 * word starts some word of the name, in order; 3: the query is inside the name.
 */
export function matchRank(name: string, query: string): number | null {
  const q = fold(query);
  if (!q) return null;
  const n = fold(name);
  if (n.startsWith(q)) return 0;
  if (` ${n}`.includes(` ${q}`)) return 1;
  const words = n.split(' ');
  let at = 0;
  const inOrder = q.split(' ').every((qw) => {
    const found = words.findIndex((w, i) => i >= at && w.startsWith(qw));
    if (found < 0) return false;
    at = found + 1;
    return true;
  });
  if (inOrder) return 2;
  return n.includes(q) ? 3 : null;
}

/** The best hits for a query, countries before initiatives at equal rank, then by name. */
export function searchEntries(entries: readonly SearchEntry[], query: string, lang: Lang, limit = 8): SearchHit[] {
  // Nothing to match, as when the field is first drawn: folding compiles its Unicode property patterns the first time
  // (~30 ms of the render that brings the atlas, on a slow machine), which can wait for the first letter typed.
  if (!query.trim()) return [];
  const other: Lang = lang === 'en' ? 'es' : 'en';
  const scored: { hit: SearchHit; rank: number }[] = [];
  for (const entry of entries) {
    let best: { rank: number; name: string; lang: Lang; other: boolean } | null = null;
    const named = [
      ...entry.names.map((name) => ({ name, other: false })),
      ...(entry.otherNames ?? []).map((name) => ({ name, other: true })),
    ];
    for (const { name, other: isOther } of named) {
      for (const l of [lang, other]) {
        const rank = matchRank(name[l], query);
        if (rank === null) continue;
        // A match in the reader's own language wins a tie with the other one; the entry's own names win over others.
        const score = rank * 4 + (isOther ? 2 : 0) + (l === lang ? 0 : 1);
        if (!best || score < best.rank) best = { rank: score, name: name[l], lang: l, other: isOther };
      }
    }
    if (!best) continue;
    const label = entry.names[0]![lang];
    const hit: SearchHit = { kind: entry.kind, id: entry.id, label };
    if ((best.other || best.lang !== lang) && fold(best.name) !== fold(label)) {
      hit.matchedAs = best.name;
      hit.matchedLang = best.lang;
    }
    scored.push({ hit, rank: best.rank });
  }
  const collator = new Intl.Collator(lang);
  scored.sort(
    (a, b) =>
      a.rank - b.rank ||
      (a.hit.kind === b.hit.kind ? 0 : a.hit.kind === 'country' ? -1 : 1) ||
      collator.compare(a.hit.label, b.hit.label),
  );
  return scored.slice(0, limit).map((s) => s.hit);
}
