// The one subscriber that writes the browser history. A new selection pushes an
// entry (so Back returns to the previous one); other changes replace it. An
// embed only replaces: its history would otherwise become the host page's.
import { DEFAULT_URL_STATE, parseUrlState, toSearch, type UrlState } from './urlState.ts';
import { urlStateOf, type AtlasStore } from './store.ts';

/** `defaults` are what an absent parameter means on this page (the OS's dark mode), so they are not written out. */
export function syncUrl(store: AtlasStore, win: Window = window, defaults: UrlState = DEFAULT_URL_STATE): () => void {
  let last = toSearch(urlStateOf(store.getState()), defaults);
  const unsubscribe = store.subscribe((state, prev) => {
    const search = toSearch(urlStateOf(state), defaults);
    if (search === last) return;
    last = search;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    const newSelection = state.country !== prev.country || state.initiative !== prev.initiative;
    if (newSelection && !state.embed) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  });
  const onPop = () => {
    const { state } = parseUrlState(win.location.search, defaults);
    last = toSearch(state, defaults);
    store.setState({ ...state, selectionOrigin: 'app' });
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
