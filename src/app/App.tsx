// Layout: header, map with legend and labels, details panel.
import { useContext, useEffect, useState } from 'react';
import { CountryLabels } from '../map/CountryLabels.tsx';
import { Legend } from '../map/Legend.tsx';
import { MapChooser } from '../map/MapChooser.tsx';
import { Tooltip } from '../map/Tooltip.tsx';
import { DetailsPanel } from '../panels/DetailsPanel.tsx';
import { EmbedBar } from '../embed/EmbedBar.tsx';
import { ExportButtons } from '../present/ExportButtons.tsx';
import { t, tf } from '../i18n/strings.ts';
import { Announcer } from '../a11y/Announcer.tsx';
import { CountryTable, DeckEditor, EmbedBridge, PresentMode } from './lazyParts.tsx';
import { DeckButton } from '../present/deckEditor/DeckButton.tsx';
import { DeckLink } from '../present/deckEditor/DeckLink.tsx';
// Present button, export buttons and print rules are in the first view; the presentation's own code is not.
import '../styles/present.css';
import { MapKeyboard } from '../a11y/MapKeyboard.tsx';
import { usePresentKeys } from '../present/presentKeys.ts';
import { SearchInHeader, SearchSlot, SearchSlotContext } from '../a11y/SearchSlot.tsx';
import { useAtlas, useAtlasStoreApi } from '../state/store.ts';
import { useAtlasData, useAtlasIfLoaded } from '../state/atlasContext.ts';
import { AtlasLoader } from './AtlasLoader.tsx';
import type { Atlas as AtlasFiles } from '../data/load.ts';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { DataOutInFooter, DataOutPlaceholder, DataOutSlotContext } from '../dataOut/slot.tsx';
import { Header } from './Header.tsx';
import { StatusMessages } from './StatusMessages.tsx';

/** A country code that is well formed but not in the atlas gets a message and no selection. */
function useCheckCountry() {
  const { core: index } = useAtlasData(); // the first view's index: see Atlas.core
  const store = useAtlasStoreApi();
  const country = useAtlas((s) => s.country);
  useEffect(() => {
    if (!country || index.countries.has(country)) return;
    const { lang, say, selectCountry } = store.getState();
    selectCountry(null, 'app');
    say(tf(lang, 'unknownCountry', { value: country }), 'warning');
  }, [country, index, store]);
}

function CheckCountry() {
  useCheckCountry();
  return null;
}

/** Where the details panel will be, while the files load: the same width, so the map starts at its final size. */
function LoadingPanel() {
  const lang = useAtlas((s) => s.lang);
  return (
    <aside id="details" className="panel" aria-busy="true">
      <p className="loading" role="status">
        {t(lang, 'loading')}
      </p>
    </aside>
  );
}

/** The layout; until the atlas's files arrive only the map (MapLibre starting in parallel with the fetch) and a loading note. */
function Atlas() {
  const loaded = useAtlasIfLoaded() !== null;
  const embed = useAtlas((s) => s.embed);
  const present = useAtlas((s) => s.present && !s.embed);
  usePresentKeys(useAtlasStoreApi(), present);
  const view = useAtlas((s) => s.view);
  const lang = useAtlas((s) => s.lang);
  // The deck editor and a deck link check slides against the sources, which come with the details.
  const complete = useAtlasIfLoaded()?.complete ?? false;
  const deckOpen = useAtlas((s) => s.deckOpen);
  return (
    <main className="atlas-main">
      {loaded && <CheckCountry />}
      {loaded && <SearchInHeader />}
      {loaded && !embed && !present && <DataOutInFooter />}
      {view === 'table' ? (
        loaded && <CountryTable />
      ) : (
        <ErrorBoundary label={t(lang, 'mapPartLabel')} retryLabel={t(lang, 'retry')}>
          <MapChooser>
            {loaded && (
              <>
                <CountryLabels />
                <Tooltip />
                <ErrorBoundary label={t(lang, 'legendPartLabel')} retryLabel={t(lang, 'retry')}>
                  <Legend />
                </ErrorBoundary>
                <MapKeyboard />
                {!embed && <ExportButtons />}
                {!embed && !present && <DeckButton />}
                {!embed && !present && deckOpen && complete && <DeckEditor />}
              </>
            )}
          </MapChooser>
        </ErrorBoundary>
      )}
      {loaded ? <DetailsPanel /> : <LoadingPanel />}
      {loaded && embed && <EmbedBridge />}
      {complete && !embed && <DeckLink />}
      {loaded && present && <PresentMode />}
    </main>
  );
}

export function App({ base, firstLoad }: { base: string; firstLoad?: Promise<AtlasFiles> }) {
  const lang = useAtlas((s) => s.lang);
  const theme = useAtlas((s) => s.theme);
  const embed = useAtlas((s) => s.embed);
  const present = useAtlas((s) => s.present && !s.embed);
  const reading = useAtlas((s) => s.readingDetails);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dataset.theme = theme;
    document.title = t(lang, 'appTitle');
  }, [lang, theme]);
  const [searchSlot] = useState(() => new SearchSlot());
  const { attach: attachDataOutSlot } = useContext(DataOutSlotContext);
  return (
    <SearchSlotContext.Provider value={searchSlot}>
      <div
        className={[embed ? 'app is-embed' : present ? 'app is-present' : 'app', reading ? 'is-reading' : '']
          .join(' ')
          .trim()}
      >
        <a className="skip-link" href="#details">
          {t(lang, 'skipToPanel')}
        </a>
        {!embed && !present && <Header />}
        {/* Without the header, the page still needs its one level-1 heading for screen-reader navigation. */}
        {(embed || present) && (
          <header className="visually-hidden">
            <h1>{t(lang, 'appTitle')}</h1>
          </header>
        )}
        <StatusMessages />
        <AtlasLoader base={base} firstLoad={firstLoad}>
          <Announcer>
            <Atlas />
          </Announcer>
        </AtlasLoader>
        {embed && <EmbedBar />}
        {!embed && !present && (
          <footer className="app-footer">
            <span className="footer-credit">{t(lang, 'dataCredit')}</span>
            <span ref={attachDataOutSlot} className="data-out-slot">
              <DataOutPlaceholder />
            </span>
          </footer>
        )}
      </div>
    </SearchSlotContext.Provider>
  );
}
