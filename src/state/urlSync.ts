// The one subscriber that writes the browser history. A new selection pushes an
// entry (so Back returns to the previous one); other changes replace it. An
// embed only replaces: its history would otherwise become the host page's.
import { parseUrlState, toSearch } from './urlState.ts';
import { urlStateOf, type AtlasStore } from './store.ts';

export function syncUrl(store: AtlasStore, win: Window = window): () => void {
  let last = toSearch(urlStateOf(store.getState()));
  const unsubscribe = store.subscribe((state, prev) => {
    const search = toSearch(urlStateOf(state));
    if (search === last) return;
    last = search;
    const url = `${win.location.pathname}${search}${win.location.hash}`;
    const newSelection = state.country !== prev.country || state.initiative !== prev.initiative;
    if (newSelection && !state.embed) win.history.pushState(null, '', url);
    else win.history.replaceState(null, '', url);
  });
  const onPop = () => {
    const { state } = parseUrlState(win.location.search);
    last = toSearch(state);
    store.setState({ ...state, selectionOrigin: 'app' });
  };
  win.addEventListener('popstate', onPop);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
