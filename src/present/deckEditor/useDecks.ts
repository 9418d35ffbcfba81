import { useAtlasData } from '../../state/atlasContext.ts';
import { useAtlas } from '../../state/store.ts';
import { deckStoreFor, type DeckStore } from './deckStore.ts';

/** The page's deck store; call only once the atlas's details (its sources) are in, so a stored deck checks whole. */
export function useDecks(): DeckStore {
  const { index } = useAtlasData();
  const lang = useAtlas((s) => s.lang);
  return deckStoreFor({ countries: new Set(index.countries.keys()), sources: new Set(index.sources.keys()) }, lang);
}
