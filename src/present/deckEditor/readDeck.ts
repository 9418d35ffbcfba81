// Reading a deck from a file or a link, and a deck problem as the status message a reader sees: it says "deck" and names the problem (and the slide).
import type { Lang } from '../../data/types.ts';
import { t, tf, type StringKey } from '../../i18n/strings.ts';
import type { AtlasStore } from '../../state/store.ts';
import { parseDeck, type Deck, type DeckProblem } from './deckFormat.ts';
import type { DeckStore } from './deckStore.ts';

export function problemText(lang: Lang, p: DeckProblem): string {
  const problem = tf(lang, `deckProblem_${p.code}` as StringKey, { field: p.field ?? '', value: p.value ?? '' });
  return p.slide ? tf(lang, 'deckSlideLeftOut', { n: p.slide, problem }) : tf(lang, 'deckRefused', { problem });
}

/**
 * A deck read from a file or a link replaces the one being edited (Undo brings that back) when it has slides;
 * otherwise it is refused and the deck being edited stays. Its left-out slides are named either way.
 */
export function takeDeck(json: string, store: AtlasStore, decks: DeckStore): Deck | null {
  const { lang, say } = store.getState();
  const { deck, problems } = parseDeck(json, decks.getState().refs);
  for (const p of problems) say(problemText(lang, p), 'warning');
  if (!deck) return null;
  if (deck.slides.length === 0) {
    say(t(lang, 'deckNeedsSlides'), 'warning');
    return null;
  }
  decks.getState().change(deck, true);
  say(tf(lang, 'deckReplaced', { n: deck.slides.length }));
  return deck;
}
