// Loads the geometry and data; while loading says so, and on failure says which
// file failed and why, with a retry, instead of a blank page. While the files
// load its children are already rendered with no atlas (the map starts
// MapLibre in parallel with the fetch); each part waits for the atlas it needs.
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { loadAtlas, type Atlas } from '../data/load.ts';
import { t } from '../i18n/strings.ts';
import { useAtlas } from '../state/store.ts';
import { AtlasContext } from './atlasContext.ts';

type LoadState = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; atlas: Atlas };

interface Props {
  base: string;
  /** The first load, started before React rendered (main.tsx): the files are parsed while the map starts. */
  firstLoad?: Promise<Atlas>;
  children: ReactNode;
}

export function AtlasLoader({ base, firstLoad, children }: Props) {
  const lang = useAtlas((s) => s.lang);
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setState({ kind: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    const load = attempt === 0 && firstLoad ? firstLoad : loadAtlas(base, controller.signal);
    load.then(
      (atlas) => setState({ kind: 'ready', atlas }),
      (err: Error) => {
        if (!controller.signal.aborted) setState({ kind: 'failed', message: err.message });
      },
    );
    return () => controller.abort();
  }, [base, attempt, firstLoad]);

  if (state.kind === 'failed')
    return (
      <div className="load-failed" role="alert">
        <h2>{t(lang, 'loadFailed')}</h2>
        <p>{state.message}</p>
        <button type="button" onClick={retry}>
          {t(lang, 'retry')}
        </button>
      </div>
    );
  return <AtlasContext.Provider value={state.kind === 'ready' ? state.atlas : null}>{children}</AtlasContext.Provider>;
}
