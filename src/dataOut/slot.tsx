// Where the Download data and Cite buttons go: the page's footer (the header has no room left at 1024×768). The
// footer renders before the data has loaded, outside the loader, so the loaded atlas renders the buttons into the
// footer's slot (DataOutInFooter), as it does the search into the header's; until then the slot holds disabled
// stand-ins of the same size, so nothing moves when they arrive.
// The buttons' code (derives, CSV, citations, the handout) is fetched with them, not with the first view.
import { createContext, lazy, Suspense, useContext, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { SearchSlot } from '../a11y/SearchSlot.tsx';
import { t } from '../i18n/strings.ts';
import { useAtlas } from '../state/store.ts';
import './dataOut.css';

/** One footer per page: the context's default slot serves it. */
export const DataOutSlotContext = createContext<SearchSlot>(new SearchSlot());

const DataOutButtons = lazy(() => import('./DataOutButtons.tsx').then((m) => ({ default: m.DataOutButtons })));

export function DataOutPlaceholder() {
  const lang = useAtlas((s) => s.lang);
  return (
    <span className="data-out-placeholder" aria-hidden="true">
      <button type="button" className="share-button" disabled tabIndex={-1}>
        {t(lang, 'downloadData')}
      </button>
      <button type="button" className="share-button" disabled tabIndex={-1}>
        {t(lang, 'citeButton')}
      </button>
    </span>
  );
}

export function DataOutInFooter() {
  const slots = useContext(DataOutSlotContext);
  const slot = useSyncExternalStore(slots.subscribe, slots.get);
  return slot
    ? createPortal(
        <Suspense fallback={null}>
          <DataOutButtons />
        </Suspense>,
        slot,
      )
    : null;
}
