// The search needs the loaded data, the header does not wait for it: the header
// keeps an empty slot and the loaded atlas renders the search into it.
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { CountrySearch } from './CountrySearch.tsx';

export const SEARCH_SLOT_ID = 'atlas-search-slot';

export function SearchInHeader() {
  // The atlas renders only after its data loads, long after the header is on the page.
  const [slot] = useState(() => document.getElementById(SEARCH_SLOT_ID));
  return slot ? createPortal(<CountrySearch />, slot) : null;
}
