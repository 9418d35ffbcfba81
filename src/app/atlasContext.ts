import { createContext, useContext } from 'react';
import type { Atlas } from '../data/load.ts';

/** The loaded, validated atlas (geometry and data): immutable once loaded; null while it loads. */
export const AtlasContext = createContext<Atlas | null>(null);

export function useAtlasData(): Atlas {
  const atlas = useContext(AtlasContext);
  if (!atlas) throw new Error('useAtlasData needs a loaded atlas above it');
  return atlas;
}

/** The atlas, or null while its files load: for what starts before the data (the map). */
export function useAtlasIfLoaded(): Atlas | null {
  return useContext(AtlasContext);
}

/** How the atlas's details are getting on: a failure to show beside the selection, and a retry. */
export interface DetailsStatus {
  failed: string | null;
  retry: () => void;
}

export const DetailsContext = createContext<DetailsStatus>({ failed: null, retry: () => {} });

export function useDetailsStatus(): DetailsStatus {
  return useContext(DetailsContext);
}

/**
 * The atlas's arrival, before React renders with it. When the map's style has loaded first, the map adds its first
 * paint and the interface follows once the countries are drawn, or after ARRIVAL_WAIT_MS whatever happens (a hidden
 * page draws no frames): rendering the interface first held the countries back by as long as that render took.
 * When the files are parsed before the style has loaded (the usual case on a fast link), there is no frame yet to
 * wait for and the interface renders at once. Measured (bench, 1920×1080 and 1024×768): holding it back until the
 * first paint's frame as well drew the countries no sooner, within the noise, and the interface ~400 ms later, behind
 * the long compositor task Chromium runs after a page's first frame.
 */
export const ARRIVAL_WAIT_MS = 250;

type ArrivalListener = (atlas: Atlas) => Promise<unknown> | undefined;

export class AtlasArrival {
  private readonly listeners = new Set<ArrivalListener>();

  /** `listener` returns what the interface should wait for, if anything. */
  listen(listener: ArrivalListener): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  /** Tells the listeners; resolves when what they asked to wait for is done, or after ARRIVAL_WAIT_MS. */
  announce(atlas: Atlas): Promise<void> {
    const waits: Promise<unknown>[] = [];
    for (const listener of this.listeners) {
      // A listener that fails must not keep the interface from the atlas: the map has its own ways to draw it.
      try {
        const wait = listener(atlas);
        if (wait) waits.push(wait.catch(() => {}));
      } catch (err) {
        console.warn('Could not draw the countries before the interface:', err);
      }
    }
    if (waits.length === 0) return Promise.resolve();
    return Promise.race([Promise.all(waits).then(() => {}), new Promise<void>((done) => setTimeout(done, ARRIVAL_WAIT_MS))]);
  }
}

export const AtlasArrivalContext = createContext<AtlasArrival | null>(null);
