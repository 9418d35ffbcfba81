import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { parseFirstView, readFirstView } from './data/load.ts';
import { preferredLang } from './i18n/preferredLang.ts';
import { tf } from './i18n/strings.ts';
import { createAtlasStore, AtlasStoreContext } from './state/store.ts';
import { DEFAULT_URL_STATE, parseUrlState, URL_PARAMS, type UrlParam, type UrlState } from './state/urlState.ts';
import { syncUrl } from './state/urlSync.ts';
import './styles/app.css';

// Without a theme in the address, the OS's dark mode picks the dark theme; without a language, the browser's languages
// pick it. Neither is written into the URL.
const prefersDark = typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
const defaults: UrlState = {
  ...DEFAULT_URL_STATE,
  theme: prefersDark ? 'dark' : DEFAULT_URL_STATE.theme,
  lang: preferredLang(navigator.languages, DEFAULT_URL_STATE.lang),
};
const { state, warnings } = parseUrlState(window.location.search, defaults);
const store = createAtlasStore(state);
for (const w of warnings) {
  const known = URL_PARAMS.includes(w.param as UrlParam);
  store.getState().say(
    w.repeated
      ? tf(state.lang, 'repeatedParam', { param: w.param, value: w.value })
      : known
        ? tf(state.lang, 'ignoredParam', {
            param: w.param,
            value: w.value,
            expected: tf(state.lang, `expect_${w.param as UrlParam}`, {}),
          })
        : tf(state.lang, 'unknownParam', { param: w.param }),
    'warning',
  );
}
syncUrl(store, window, defaults);

// The atlas's files sit beside index.html wherever it is deployed.
const base = new URL('.', window.location.href).href;

// The first view's files (preloaded by index.html) are read; then React renders, synchronously, and the files are
// parsed right after, in the same task; the SVG first view draws the countries from them. MapLibre's script is fetched
// only once that view is on screen (MapView), or at once when the atlas opens without one (a selection, a slide). On a
// slow link the page does not wait for the files: it renders after READ_WAIT_MS and shows its frame while they arrive.
// A failure is shown by AtlasLoader, which takes the promise over.
const READ_WAIT_MS = 100;
const files = readFirstView(base);
let rendered!: () => void;
const afterRender = new Promise<void>((resolve) => (rendered = resolve));
const firstLoad = files.then(async (read) => {
  await afterRender;
  return parseFirstView(read);
});
firstLoad.catch(() => {});

const root = createRoot(document.getElementById('root')!);
let started = false;
function render(): void {
  if (started) return;
  started = true;
  flushSync(() =>
    root.render(
      <StrictMode>
        <AtlasStoreContext.Provider value={store}>
          <App base={base} firstLoad={firstLoad} />
        </AtlasStoreContext.Provider>
      </StrictMode>,
    ),
  );
  rendered();
}
void Promise.race([files, new Promise((wait) => setTimeout(wait, READ_WAIT_MS))]).then(render, render);
