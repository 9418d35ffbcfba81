// The header's Present button: small and in the first view; the presentation itself (PresentMode) loads on entry.
import { t } from '../i18n/strings.ts';
import { useAtlas, useAtlasStoreApi } from '../state/store.ts';
import { showSlide } from './deck.ts';

export function PresentButton() {
  const store = useAtlasStoreApi();
  const lang = useAtlas((s) => s.lang);
  return (
    <button
      type="button"
      className="present-button"
      title={t(lang, 'presentHint')}
      onClick={() => {
        // The atlas's own slides (a briefer's deck is presented from the deck editor).
        store.setState({ deck: null });
        showSlide(store, 1);
      }}
    >
      {t(lang, 'present')}
    </button>
  );
}
