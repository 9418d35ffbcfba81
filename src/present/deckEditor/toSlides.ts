// A briefer's deck as the slides the presentation shows (the same shape as data/slides.json's), and the view a new
// slide records. Pure.
import type { AtlasIndex } from '../../data/joins.ts';
import { OVERVIEW_BOUNDS } from '../../map/camera.ts';
import type { AtlasState } from '../../state/store.ts';
import type { Slide, SlideBounds } from '../../state/slides.ts';
import type { Deck, DeckSlide } from './deckFormat.ts';

export function toSlides(deck: Deck): Slide[] {
  return deck.slides.map((s, i) => ({
    id: `deck-${i + 1}`,
    state: s.state,
    bounds: s.bounds ?? (OVERVIEW_BOUNDS as SlideBounds),
    spotlight: null,
    // A deck is written in one language: both read the briefer's words.
    title: { en: s.title, es: s.title },
    caption: { en: s.caption, es: s.caption },
    sourceIds: s.sourceIds ?? [],
    notes: s.notes,
  }));
}

/** The sources behind a view: the initiative's, or those of the selected country's memberships. */
export function sourcesOfView(state: Pick<AtlasState, 'country' | 'initiative'>, index: AtlasIndex): string[] {
  if (state.initiative) return [...(index.initiatives.get(state.initiative)?.sourceIds ?? [])];
  if (!state.country) return [];
  const ids = new Set<string>();
  for (const records of index.memberships.get(state.country)?.values() ?? [])
    for (const m of records) for (const id of m.sourceIds) ids.add(id);
  return [...ids];
}

/** The current view as a new slide: a title naming it, the selection's summary as a first caption, no notes yet. */
export function slideOfView(
  state: Pick<AtlasState, 'country' | 'initiative' | 'year' | 'panel' | 'lang'>,
  bounds: SlideBounds | undefined,
  index: AtlasIndex,
): DeckSlide {
  const { country, initiative, year, panel, lang } = state;
  const name = country
    ? index.countries.get(country)?.name[lang]
    : initiative
      ? index.initiatives.get(initiative)?.name[lang]
      : undefined;
  const slide: DeckSlide = {
    state: { country, initiative, year, panel },
    title: [name, year].filter((x) => x !== undefined && x !== null).join(' · '),
    caption: initiative ? (index.initiatives.get(initiative)?.summary[lang] ?? '') : '',
    notes: '',
    sourceIds: sourcesOfView(state, index),
  };
  if (bounds) slide.bounds = bounds;
  return slide;
}
