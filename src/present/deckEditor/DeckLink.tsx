// A deck in the address (#deck= or #deckz=): read once the atlas's details are in, checked like a file, and made
// the deck being edited (Undo brings back the one before). The hash is then cleared: the deck lives in the browser
// from here on, and a reload does not replace the briefer's edits with the link's deck again. With present=1 the
// link's deck is presented from slide 1.
import { useEffect } from 'react';
import { useAtlasStoreApi } from '../../state/store.ts';
import { showSlide } from '../deck.ts';
import { jsonFromHash } from './deckFormat.ts';
import { problemText, takeDeck } from './readDeck.ts';
import { toSlides } from './toSlides.ts';
import { useDecks } from './useDecks.ts';

export function DeckLink() {
  const store = useAtlasStoreApi();
  const decks = useDecks();
  useEffect(() => {
    const hash = window.location.hash;
    if (!/^#deckz?=/.test(hash)) return;
    let live = true;
    void jsonFromHash(hash).then((out) => {
      if (!live || !out) return;
      const { pathname, search } = window.location;
      window.history.replaceState(window.history.state, '', `${pathname}${search}`);
      const s = store.getState();
      if ('problem' in out) {
        s.say(problemText(s.lang, out.problem), 'warning');
        return;
      }
      const deck = takeDeck(out.json, store, decks);
      if (deck && store.getState().present) {
        store.setState({ deck: toSlides(deck) });
        showSlide(store, 1);
      }
    });
    return () => {
      live = false;
    };
  }, [store, decks]);
  return null;
}
