// Layout: header, map with legend and labels, details panel.
import { useEffect } from 'react';
import { CountryLabels } from '../map/CountryLabels.tsx';
import { Legend } from '../map/Legend.tsx';
import { MapChooser } from '../map/MapChooser.tsx';
import { Tooltip } from '../map/Tooltip.tsx';
import { DetailsPanel } from '../panels/DetailsPanel.tsx';
import { t, tf } from '../i18n/strings.ts';
import { useAtlas, useAtlasStoreApi } from '../state/store.ts';
import { useAtlasData } from './atlasContext.ts';
import { AtlasLoader } from './AtlasLoader.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { Header } from './Header.tsx';
import { StatusMessages } from './StatusMessages.tsx';

/** A country code that is well formed but not in the atlas gets a message and no selection. */
function useCheckCountry() {
  const { index } = useAtlasData();
  const store = useAtlasStoreApi();
  const country = useAtlas((s) => s.country);
  useEffect(() => {
    if (!country || index.countries.has(country)) return;
    const { lang, say, selectCountry } = store.getState();
    selectCountry(null, 'app');
    say(tf(lang, 'unknownCountry', { value: country }), 'warning');
  }, [country, index, store]);
}

function Atlas() {
  useCheckCountry();
  const lang = useAtlas((s) => s.lang);
  return (
    <main className="atlas-main">
      <ErrorBoundary label={t(lang, 'mapPartLabel')} retryLabel={t(lang, 'retry')}>
        <MapChooser>
          <CountryLabels />
          <Tooltip />
          <ErrorBoundary label={t(lang, 'legendPartLabel')} retryLabel={t(lang, 'retry')}>
            <Legend />
          </ErrorBoundary>
        </MapChooser>
      </ErrorBoundary>
      <DetailsPanel />
    </main>
  );
}

export function App({ base }: { base: string }) {
  const lang = useAtlas((s) => s.lang);
  const theme = useAtlas((s) => s.theme);
  const embed = useAtlas((s) => s.embed);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dataset.theme = theme;
    document.title = t(lang, 'appTitle');
  }, [lang, theme]);
  return (
    <div className={embed ? 'app is-embed' : 'app'}>
      <a className="skip-link" href="#details">
        {t(lang, 'skipToPanel')}
      </a>
      {!embed && <Header />}
      <StatusMessages />
      <AtlasLoader base={base}>
        <Atlas />
      </AtlasLoader>
      {!embed && <footer className="app-footer">{t(lang, 'dataCredit')}</footer>}
    </div>
  );
}
