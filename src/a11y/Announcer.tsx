// The atlas's live region: one polite voice for selections made anywhere (map,
// search, legend, table, keyboard) and for the country the arrow keys reach.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useAtlasData, useAtlasIfLoaded } from '../state/atlasContext.ts';
import { useAtlas } from '../state/store.ts';
import { AnnounceContext } from './announceContext.ts';
import { countrySentence, initiativeSentence } from './describe.ts';

/** Speaks each new selection in the current language. */
function SelectionAnnouncements({ announce }: { announce: (text: string) => void }) {
  const { core: index } = useAtlasData(); // the first view's index: see Atlas.core
  const country = useAtlas((s) => s.country);
  const initiative = useAtlas((s) => s.initiative);
  const lang = useAtlas((s) => s.lang);
  const year = useAtlas((s) => s.year);
  const first = useRef(true);
  useEffect(() => {
    // The opening view is read from the page itself; announce changes, not the start.
    if (first.current) {
      first.current = false;
      return;
    }
    if (country && index.countries.has(country)) announce(countrySentence(index, lang, country, year));
    else if (initiative) announce(initiativeSentence(index, lang, initiative, year));
  }, [country, initiative, index, lang, year, announce]);
  return null;
}

export function Announcer({ children }: { children: ReactNode }) {
  const loaded = useAtlasIfLoaded() !== null;
  const [message, setMessage] = useState('');
  // The same sentence twice in a row must still be spoken: alternate a trailing no-break space.
  const flip = useRef(false);
  const announce = useCallback((text: string) => {
    flip.current = !flip.current;
    setMessage(flip.current ? text : `${text}\u00a0`);
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {loaded && <SelectionAnnouncements announce={announce} />}
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {message}
      </div>
    </AnnounceContext.Provider>
  );
}
