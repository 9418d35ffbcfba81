import { createContext, useContext } from 'react';
import type { Atlas } from '../data/load.ts';

/** The loaded, validated atlas (geometry and data): immutable once loaded. */
export const AtlasContext = createContext<Atlas | null>(null);

export function useAtlasData(): Atlas {
  const atlas = useContext(AtlasContext);
  if (!atlas) throw new Error('useAtlasData needs a loaded atlas above it');
  return atlas;
}
