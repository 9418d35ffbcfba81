// The deck a briefer is building: kept in localStorage (it survives a reload), with an undo list for what the
// editor throws away (a deleted slide, a deck replaced by a start, an import or a link). One per page: the full
// atlas has one editor; embeds have none.
import { createStore, useStore, type StoreApi } from 'zustand';
import type { Lang } from '../../data/types.ts';
import { emptyDeck, parseDeck, type Deck, type DeckProblem, type DeckRefs, type DeckSlide } from './deckFormat.ts';

export const DECK_STORAGE_KEY = 'atlas:deck';
const MAX_UNDO = 20;

export interface DeckEditorState {
  deck: Deck;
  /** What a deck may name: the atlas's countries and sources. */
  refs: DeckRefs;
  /** Earlier decks, the latest last: Undo brings it back. */
  undo: Deck[];
  /** A problem with the copy kept in the browser, shown once when the editor opens. */
  storedProblems: DeckProblem[];
}

export interface DeckEditorActions {
  /** Change the deck; `remember` keeps the deck before it for Undo (for changes that throw something away). */
  change(next: Deck, remember?: boolean): void;
  changeSlides(update: (slides: DeckSlide[]) => DeckSlide[], remember?: boolean): void;
  undoLast(): void;
}

export type DeckStore = StoreApi<DeckEditorState & DeckEditorActions>;

function readStored(refs: DeckRefs, lang: Lang): { deck: Deck; problems: DeckProblem[] } {
  let json: string | null = null;
  try {
    json = localStorage.getItem(DECK_STORAGE_KEY);
  } catch {
    // Storage refused (a private window's policy): the deck lives for this visit only.
  }
  if (!json) return { deck: emptyDeck(lang), problems: [] };
  const { deck, problems } = parseDeck(json, refs);
  return { deck: deck ?? emptyDeck(lang), problems };
}

export function createDeckStore(refs: DeckRefs, lang: Lang): DeckStore {
  const stored = readStored(refs, lang);
  const store = createStore<DeckEditorState & DeckEditorActions>()((set, get) => ({
    deck: stored.deck,
    undo: [],
    refs,
    storedProblems: stored.problems,
    change: (deck, remember = false) =>
      set((s) => ({ deck, undo: remember ? [...s.undo, s.deck].slice(-MAX_UNDO) : s.undo })),
    changeSlides: (update, remember) =>
      get().change({ ...get().deck, slides: update([...get().deck.slides]) }, remember),
    undoLast: () =>
      set((s) => {
        const last = s.undo.at(-1);
        return last ? { deck: last, undo: s.undo.slice(0, -1) } : s;
      }),
  }));
  store.subscribe((s, prev) => {
    if (s.deck === prev.deck) return;
    try {
      localStorage.setItem(DECK_STORAGE_KEY, JSON.stringify(s.deck));
    } catch {
      // Full or refused: the editor still holds the deck; the next change tries again.
    }
  });
  return store;
}

let pageStore: DeckStore | null = null;

/** The page's deck store, made on first use (it needs the atlas's countries and sources to check the stored deck). */
export function deckStoreFor(refs: DeckRefs, lang: Lang): DeckStore {
  pageStore ??= createDeckStore(refs, lang);
  return pageStore;
}

export function useDeckStore<T>(store: DeckStore, selector: (s: DeckEditorState & DeckEditorActions) => T): T {
  return useStore(store, selector);
}
