import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { loadAtlas } from './data/load.ts';
import { tf } from './i18n/strings.ts';
import { createAtlasStore, AtlasStoreContext } from './state/store.ts';
import { DEFAULT_URL_STATE, parseUrlState, URL_PARAMS, type UrlParam, type UrlState } from './state/urlState.ts';
import { syncUrl } from './state/urlSync.ts';
import './styles/app.css';

// Without a theme in the address, the OS's dark mode picks the dark theme; it is not written into the URL.
const prefersDark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
const defaults: UrlState = { ...DEFAULT_URL_STATE, theme: prefersDark ? 'dark' : DEFAULT_URL_STATE.theme };
const { state, warnings } = parseUrlState(window.location.search, defaults);
const store = createAtlasStore(state);
for (const w of warnings) {
  const known = URL_PARAMS.includes(w.param as UrlParam);
  store.getState().say(
    w.repeated
      ? tf(state.lang, 'repeatedParam', { param: w.param, value: w.value })
      : known
      ? tf(state.lang, 'ignoredParam', { param: w.param, value: w.value, expected: tf(state.lang, `expect_${w.param as UrlParam}`, {}) })
      : tf(state.lang, 'unknownParam', { param: w.param }),
    'warning',
  );
}
syncUrl(store, window, defaults);

// The atlas's files sit beside index.html wherever it is deployed.
const base = new URL('.', window.location.href).href;

// Before React renders: the files (preloaded by index.html) are read, so the first paint can draw them as soon as
// the map has set up WebGL. MapLibre's worker is not started early: it is not needed until after the first paint,
// and starting it sooner only takes CPU from the first frame. A failure is shown by AtlasLoader, which takes this
// promise over.
const firstLoad = loadAtlas(base);
firstLoad.catch(() => {});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AtlasStoreContext.Provider value={store}>
      <App base={base} firstLoad={firstLoad} />
    </AtlasStoreContext.Provider>
  </StrictMode>,
);
