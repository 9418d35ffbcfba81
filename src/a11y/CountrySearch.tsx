// The search box: an editable combobox with a list of suggestions, as in the
// WAI-ARIA Authoring Practices (arrow keys move, Enter chooses, Escape closes).
// Choosing a country selects it, flies the map there and moves focus to the details.
import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useAtlasData } from '../state/atlasContext.ts';
import { t, tn } from '../i18n/strings.ts';
import { useAtlas } from '../state/store.ts';
import { useAnnounce } from './announceContext.ts';
import { focusDetailsHeading } from './focusDetails.ts';
import { searchEntries, type SearchEntry, type SearchHit } from './search.ts';
import '../styles/a11y.css';

export const SEARCH_INPUT_ID = 'atlas-search';

export function CountrySearch() {
  const { core: index } = useAtlasData(); // the first view's index: see Atlas.core
  const lang = useAtlas((s) => s.lang);
  const selectCountry = useAtlas((s) => s.selectCountry);
  const selectInitiative = useAtlas((s) => s.selectInitiative);
  const announce = useAnnounce();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const entries = useMemo<SearchEntry[]>(
    () => [
      ...index.data.countries.map((c) => ({ kind: 'country' as const, id: c.iso3, names: [c.name] })),
      ...index.data.initiatives.map((i) => ({
        kind: 'initiative' as const,
        id: i.id,
        names: [i.name, i.shortName],
        otherNames: i.otherNames,
      })),
    ],
    [index],
  );
  const hits = useMemo(() => searchEntries(entries, query, lang), [entries, query, lang]);
  const expanded = open && query.trim() !== '';

  const choose = (hit: SearchHit) => {
    if (hit.kind === 'country') selectCountry(hit.id, 'user-ui');
    else selectInitiative(hit.id as Parameters<typeof selectInitiative>[0], 'user-ui');
    setQuery('');
    setOpen(false);
    setActive(-1);
    focusDetailsHeading();
  };

  const onChange = (value: string) => {
    setQuery(value);
    setOpen(true);
    setActive(-1);
    const n = searchEntries(entries, value, lang).length;
    if (value.trim()) announce(n ? tn(lang, 'searchResultsCount', n) : t(lang, 'searchNoResults'));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!hits.length) return;
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      // From nothing highlighted, Down goes to the first and Up to the last, as in the APG example.
      setActive((a) => (a < 0 ? (step > 0 ? 0 : hits.length - 1) : (a + step + hits.length) % hits.length));
    } else if (e.key === 'Enter') {
      const hit = hits[active] ?? (expanded ? hits[0] : undefined);
      if (hit) {
        e.preventDefault();
        choose(hit);
      }
    } else if (e.key === 'Escape') {
      // First Escape closes the list; a second clears the box.
      if (expanded) setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  };

  const optionId = (i: number) => `${listId}-opt-${i}`;
  return (
    <div className="search">
      <label htmlFor={SEARCH_INPUT_ID}>{t(lang, 'searchLabel')}</label>
      <input
        id={SEARCH_INPUT_ID}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t(lang, 'searchPlaceholder')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={query}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      {expanded && hits.length === 0 && <p className="search-list search-empty">{t(lang, 'searchNoResults')}</p>}
      <ul
        id={listId}
        role="listbox"
        aria-label={t(lang, 'searchLabel')}
        className="search-list"
        hidden={!expanded || hits.length === 0}
      >
        {expanded &&
          hits.map((hit, i) => (
            <li
              key={`${hit.kind}-${hit.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'search-option is-active' : 'search-option'}
              // mousedown, not click: the input keeps focus, so blur does not close the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(hit);
              }}
            >
              <span>{hit.label}</span>
              {hit.matchedAs && (
                <span className="muted" lang={hit.matchedLang}>
                  {' '}
                  ({hit.matchedAs})
                </span>
              )}
              <span className="search-kind">
                {t(lang, hit.kind === 'country' ? 'searchKindCountry' : 'searchKindInitiative')}
              </span>
            </li>
          ))}
      </ul>
    </div>
  );
}
