import { useCallback } from 'react';
import { useAtlasData } from '../../state/atlasContext.ts';
import { useAtlas } from '../../state/store.ts';
import { deckStoreFor, type DeckStore } from './deckStore.ts';

/**
 * The page's deck store, made when first asked for: for parts that need it only sometimes (a deck link), since making
 * it reads the browser's storage (~20 ms on a fresh page). Call only once the atlas's details (its sources) are in,
 * so a stored deck checks whole.
 */
export function useDecksWhenAsked(): () => DeckStore {
  const { index } = useAtlasData();
  const lang = useAtlas((s) => s.lang);
  return useCallback(
    () => deckStoreFor({ countries: new Set(index.countries.keys()), sources: new Set(index.sources.keys()) }, lang),
    [index, lang],
  );
}

/** The page's deck store, for the editor. */
export function useDecks(): DeckStore {
  return useDecksWhenAsked()();
}
