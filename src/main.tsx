import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { tf } from './i18n/strings.ts';
import { createAtlasStore, AtlasStoreContext } from './state/store.ts';
import { parseUrlState, URL_PARAMS, type UrlParam } from './state/urlState.ts';
import { syncUrl } from './state/urlSync.ts';
import './styles/app.css';

const { state, warnings } = parseUrlState(window.location.search);
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
syncUrl(store);

// The atlas's files sit beside index.html wherever it is deployed.
const base = new URL('.', window.location.href).href;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AtlasStoreContext.Provider value={store}>
      <App base={base} />
    </AtlasStoreContext.Provider>
  </StrictMode>,
);
