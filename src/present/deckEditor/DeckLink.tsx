// A deck in the address (#deck= or #deckz=): read once the atlas's details are in, checked like a file, and made
// the deck being edited (Undo brings back the one before). The hash is then cleared: the deck lives in the browser
// from here on, and a reload does not replace the briefer's edits with the link's deck again. With present=1 the
// link's deck is presented from slide 1. A link pasted into an open atlas is read as well.
import { useEffect } from 'react';
import { useAtlasStoreApi } from '../../state/store.ts';
import { showSlide } from '../deck.ts';
import { jsonFromHash } from './deckFormat.ts';
import { problemText, takeDeck } from './readDeck.ts';
import { toSlides } from './toSlides.ts';
import { useDecksWhenAsked } from './useDecks.ts';

export function DeckLink() {
  const store = useAtlasStoreApi();
  // The deck store (and the browser's storage it reads) only when a link brings a deck.
  const decks = useDecksWhenAsked();
  useEffect(() => {
    let live = true;
    const read = () => {
      const hash = window.location.hash;
      if (/^#deckz?=/.test(hash)) void open(hash);
    };
    const open = async (hash: string) => {
      const out = await jsonFromHash(hash);
      if (!live || !out) return;
      const { pathname, search } = window.location;
      window.history.replaceState(window.history.state, '', `${pathname}${search}`);
      const s = store.getState();
      if ('problem' in out) {
        s.say(problemText(s.lang, out.problem), 'warning');
        return;
      }
      const deck = takeDeck(out.json, store, decks());
      if (deck && store.getState().present) {
        store.setState({ deck: toSlides(deck) });
        showSlide(store, 1);
      }
    };
    read();
    // A deck link pasted into the address of an open atlas changes only the hash: no reload.
    window.addEventListener('hashchange', read);
    return () => {
      live = false;
      window.removeEventListener('hashchange', read);
    };
  }, [store, decks]);
  return null;
}
