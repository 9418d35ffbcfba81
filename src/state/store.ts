// One store per atlas instance (the full app, each embed, each test), made by a
// factory and handed down through context. Actions live beside the state.
import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { InitiativeId, Iso3 } from '../data/types.ts';
import type { Slide } from './slides.ts';
import { DEFAULT_URL_STATE, type UrlState } from './urlState.ts';

export interface StatusMessage {
  id: number;
  text: string;
  tone: 'info' | 'warning';
}

export interface AtlasState extends UrlState {
  /** Initiatives hidden from the map through the legend. */
  hidden: InitiativeId[];
  /** Pointer hover: high-frequency, read outside React where it matters. */
  hovered: Iso3 | null;
  /** The keyboard's highlight on the map, apart from the pointer's hover so that neither clears the other's outline. */
  focused: Iso3 | null;
  messages: StatusMessage[];
  /** The coloured map is on screen (the `atlas:ready` mark has been set). */
  ready: boolean;
  /** Where the last selection came from: the map does not fly on its own clicks. */
  selectionOrigin: 'user-map' | 'user-ui' | 'app';
  /** Camera animations (a setting; prefers-reduced-motion turns them off as well). */
  animate: boolean;
  /** The slides being presented: a briefer's own deck, or null for the atlas's (data/slides.json). */
  deck: readonly Slide[] | null;
  /** The deck editor is open (deckEditor/). */
  deckOpen: boolean;
  /** The reader has scrolled into the details: a phone folds its header away so the details get the screen. */
  readingDetails: boolean;
}

export interface AtlasActions {
  selectCountry(country: Iso3 | null, origin?: AtlasState['selectionOrigin']): void;
  selectInitiative(initiative: InitiativeId | null, origin?: AtlasState['selectionOrigin']): void;
  clearSelection(): void;
  setHovered(country: Iso3 | null): void;
  setFocused(country: Iso3 | null): void;
  toggleHidden(initiative: InitiativeId): void;
  setView(patch: Partial<UrlState>): void;
  say(text: string, tone?: StatusMessage['tone']): void;
  dismiss(id: number): void;
}

export type AtlasStore = StoreApi<AtlasState & AtlasActions>;

const MAX_MESSAGES = 5;

export function createAtlasStore(initial: Partial<AtlasState> = {}): AtlasStore {
  // Each store numbers its own messages: two atlases on a page share nothing.
  let nextMessageId = 1;
  return createStore<AtlasState & AtlasActions>()((set) => ({
    ...DEFAULT_URL_STATE,
    hidden: [],
    hovered: null,
    focused: null,
    messages: [],
    ready: false,
    selectionOrigin: 'app',
    animate: true,
    deck: null,
    deckOpen: false,
    readingDetails: false,
    ...initial,
    // A new selection leaves the comparison for its details. Here, in the action, not in an effect that watches the
    // selection: a slide or a link that names a selection and the comparison together must keep both.
    selectCountry: (country, origin = 'user-ui') => set((s) => select(s, country, null, origin)),
    selectInitiative: (initiative, origin = 'user-ui') => set((s) => select(s, null, initiative, origin)),
    clearSelection: () => set((s) => select(s, null, null, 'user-ui')),
    setHovered: (hovered) => set((s) => (s.hovered === hovered ? s : { hovered })),
    setFocused: (focused) => set((s) => (s.focused === focused ? s : { focused })),
    toggleHidden: (id) =>
      set((s) => ({ hidden: s.hidden.includes(id) ? s.hidden.filter((x) => x !== id) : [...s.hidden, id] })),
    setView: (patch) => set(patch),
    say: (text, tone = 'info') =>
      set((s) => ({ messages: [...s.messages, { id: nextMessageId++, text, tone }].slice(-MAX_MESSAGES) })),
    dismiss: (id) => set((s) => ({ messages: s.messages.filter((m) => m.id !== id) })),
  }));
}

function select(
  s: AtlasState,
  country: Iso3 | null,
  initiative: InitiativeId | null,
  selectionOrigin: AtlasState['selectionOrigin'],
): Partial<AtlasState> {
  const changed = s.country !== country || s.initiative !== initiative;
  return { country, initiative, selectionOrigin, panel: changed && s.panel === 'compare' ? 'details' : s.panel };
}

export const AtlasStoreContext = createContext<AtlasStore | null>(null);

export function useAtlasStoreApi(): AtlasStore {
  const store = useContext(AtlasStoreContext);
  if (!store) throw new Error('useAtlas needs an <AtlasStoreContext.Provider>');
  return store;
}

/** Read the store with a narrow selector, so a component re-renders only when its slice changes. */
export function useAtlas<T>(selector: (s: AtlasState & AtlasActions) => T): T {
  return useStore(useAtlasStoreApi(), selector);
}

/** The URL-visible part of the state. */
export function urlStateOf(s: AtlasState): UrlState {
  const { country, initiative, year, compare, lang, theme, view, present, slide, embed, panel, renderer } = s;
  return { country, initiative, year, compare, lang, theme, view, present, slide, embed, panel, renderer };
}
