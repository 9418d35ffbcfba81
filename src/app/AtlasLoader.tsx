// Loads the geometry and data; while loading says so, and on failure says which
// file failed and why, with a retry, instead of a blank page. While the files
// load its children are already rendered with no atlas (the map starts
// MapLibre in parallel with the fetch); each part waits for the atlas it needs.
//
// Two steps: the first view's files, then the details (sources, goals, funding…),
// fetched once the map is drawn or as soon as the view needs them (a selection,
// the comparison, the presentation). A failure of the details leaves the map working
// and is reported in the panel, with its own retry.
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { loadAtlas, loadDetails, type Atlas } from '../data/load.ts';
import { t } from '../i18n/strings.ts';
import { firstViewWanted } from '../map/svg/SvgFirstView.tsx';
import { useAtlas, useAtlasStoreApi, type AtlasState, type AtlasStore } from '../state/store.ts';
import { ArrivedAtlasContext, AtlasContext, DetailsContext, type DetailsStatus } from '../state/atlasContext.ts';

type LoadState = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; atlas: Atlas };

interface Props {
  base: string;
  /** The first load, started before React rendered (main.tsx): the files are parsed while the map starts. */
  firstLoad?: Promise<Atlas>;
  children: ReactNode;
}

/** How long the interface waits for the first view's frame at most. */
const ARRIVAL_WAIT_MS = 250;

/** Resolves once the coloured map is on screen (the store's `ready`), or after `ms`. */
function untilReady(store: AtlasStore, ms: number): Promise<void> {
  return new Promise((done) => {
    if (store.getState().ready) return done();
    const timer = setTimeout(finish, ms);
    const unsubscribe = store.subscribe((s) => s.ready && finish());
    function finish() {
      clearTimeout(timer);
      unsubscribe();
      done();
    }
  });
}

/**
 * The view cannot wait for the details: it shows a selection, the comparison, a slide's sources or the table
 * (which marks the statuses the sources dispute, from the discrepancies).
 */
function needsDetails(s: AtlasState): boolean {
  return (
    s.ready || s.country !== null || s.initiative !== null || s.present || s.panel !== 'details' || s.view === 'table'
  );
}

export function AtlasLoader({ base, firstLoad, children }: Props) {
  const lang = useAtlas((s) => s.lang);
  const store = useAtlasStoreApi();
  const [state, setState] = useState<LoadState>({ kind: 'loading' });
  const [arrived, setArrived] = useState<Atlas | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [detailsFailed, setDetailsFailed] = useState<string | null>(null);
  const [detailsAttempt, setDetailsAttempt] = useState(0);
  const retry = useCallback(() => {
    setState({ kind: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  const retryDetails = useCallback(() => {
    setDetailsFailed(null);
    setDetailsAttempt((n) => n + 1);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    const load = attempt === 0 && firstLoad ? firstLoad : loadAtlas(base, controller.signal);
    load.then(
      async (atlas) => {
        if (controller.signal.aborted) return;
        // The map's SVG first view draws the countries first; the interface follows its frame, or ARRIVAL_WAIT_MS
        // whatever happens (a hidden page draws no frames). Rendering the interface first held the countries back by
        // as long as that render took.
        if (firstViewWanted(store.getState())) {
          setArrived(atlas);
          await untilReady(store, ARRIVAL_WAIT_MS);
        }
        if (!controller.signal.aborted) setState({ kind: 'ready', atlas });
      },
      (err: Error) => {
        if (!controller.signal.aborted) setState({ kind: 'failed', message: err.message });
      },
    );
    return () => controller.abort();
  }, [base, attempt, firstLoad, store]);

  const partial = state.kind === 'ready' && !state.atlas.complete ? state.atlas : null;
  useEffect(() => {
    if (!partial) return;
    const controller = new AbortController();
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      unsubscribe();
      loadDetails(base, partial, controller.signal).then(
        (atlas) => {
          if (!controller.signal.aborted) setState({ kind: 'ready', atlas });
        },
        (err: Error) => {
          if (!controller.signal.aborted) setDetailsFailed(err.message);
        },
      );
    };
    const unsubscribe = store.subscribe((s) => {
      if (needsDetails(s)) start();
    });
    if (needsDetails(store.getState())) start();
    return () => {
      unsubscribe();
      controller.abort();
    };
  }, [base, partial, store, detailsAttempt]);

  const details = useMemo<DetailsStatus>(
    () => ({ failed: detailsFailed, retry: retryDetails }),
    [detailsFailed, retryDetails],
  );

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
  return (
    <ArrivedAtlasContext.Provider value={state.kind === 'ready' ? state.atlas : arrived}>
      <AtlasContext.Provider value={state.kind === 'ready' ? state.atlas : null}>
        <DetailsContext.Provider value={details}>{children}</DetailsContext.Provider>
      </AtlasContext.Provider>
    </ArrivedAtlasContext.Provider>
  );
}
