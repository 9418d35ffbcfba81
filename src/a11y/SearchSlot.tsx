// The search needs the loaded data, the header does not wait for it: the header holds a stand-in where the search
// goes (its size, so nothing moves when it arrives) and the loaded atlas renders the search into that slot. The
// header comes and goes (a presentation hides it), so it tells the slot it renders, and the search follows it there.
import { createContext, useContext, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { CountrySearch } from './CountrySearch.tsx';

/** The header's search slot, as the header comes and goes. */
export class SearchSlot {
  private element: HTMLElement | null = null;
  private readonly listeners = new Set<() => void>();

  /** The ref callback for the header's slot element. */
  readonly attach = (element: HTMLElement | null): void => {
    this.element = element;
    for (const listener of this.listeners) listener();
  };

  readonly get = (): HTMLElement | null => this.element;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
}

export const SearchSlotContext = createContext<SearchSlot>(new SearchSlot());

export function SearchInHeader() {
  const slots = useContext(SearchSlotContext);
  const slot = useSyncExternalStore(slots.subscribe, slots.get);
  return slot ? createPortal(<CountrySearch />, slot) : null;
}
