// The "Your deck" button over the map's top left (the header has no room left at 1024×768): opens and closes the
// deck editor (loaded on first opening).
import { t } from '../../i18n/strings.ts';
import { useAtlas, useAtlasStoreApi } from '../../state/store.ts';
import '../../styles/deckButton.css';

export function DeckButton() {
  const lang = useAtlas((s) => s.lang);
  const open = useAtlas((s) => s.deckOpen);
  const store = useAtlasStoreApi();
  return (
    <button
      type="button"
      className="deck-button"
      aria-expanded={open}
      aria-controls="deck-editor"
      title={t(lang, 'deckButtonHint')}
      onClick={() => store.setState({ deckOpen: !open })}
    >
      {t(lang, 'deckButton')}
    </button>
  );
}
