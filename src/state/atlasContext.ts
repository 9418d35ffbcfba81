import { createContext, useContext } from 'react';
import type { Atlas } from '../data/load.ts';

/** The loaded, validated atlas (geometry and data): immutable once loaded; null while it loads. */
export const AtlasContext = createContext<Atlas | null>(null);

export function useAtlasData(): Atlas {
  const atlas = useContext(AtlasContext);
  if (!atlas) throw new Error('useAtlasData needs a loaded atlas above it');
  return atlas;
}

/**
 * The atlas as soon as its files are parsed, before the interface renders with it: the map's SVG first view draws
 * from it, and the interface follows that frame (AtlasLoader).
 */
export const ArrivedAtlasContext = createContext<Atlas | null>(null);

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
