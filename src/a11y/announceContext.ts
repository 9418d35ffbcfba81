import { createContext, useContext } from 'react';

/** Says a sentence to screen readers through the atlas's one polite live region. */
export type Announce = (text: string) => void;

export const AnnounceContext = createContext<Announce>(() => {});

export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
