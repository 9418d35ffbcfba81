// Connects one embedded atlas's store to its host page: tells the parent when
// the map is ready, how tall the content is and what a reader selects, and
// applies the host's validated commands. Only when the atlas is in a frame.
import type { Iso3 } from '../data/types.ts';
import type { AtlasStore } from '../state/store.ts';
import { parseInboundMessage, type InboundCommand, type OutboundMessage } from './messages.ts';

export interface BridgeOptions {
  win?: Window;
  /** The element whose height is the atlas's content height (not the viewport's: that is the iframe's). */
  content: HTMLElement;
  /** Whether the atlas has this country; an unknown one is ignored rather than clearing the view. */
  isKnownCountry(iso3: Iso3): boolean;
}

export function isEmbedded(win: Window = window): boolean {
  return win.parent !== win;
}

function apply(store: AtlasStore, command: InboundCommand, isKnownCountry: (iso3: Iso3) => boolean): void {
  const s = store.getState();
  if (command.type === 'set') {
    const { lang, theme, year, slide } = command;
    // Only the fields the message carried: the rest of the view stays as it is.
    const patch = Object.fromEntries(Object.entries({ lang, theme, year, slide }).filter(([, v]) => v !== undefined));
    s.setView(patch);
    return;
  }
  if (command.country) {
    if (isKnownCountry(command.country)) s.selectCountry(command.country, 'app');
  } else if (command.initiative) s.selectInitiative(command.initiative, 'app');
  else if (command.country === null || command.initiative === null) {
    // An explicit null clears that part of the selection; the other part stays as it is.
    if (command.country === null && s.country) s.selectCountry(null, 'app');
    if (command.initiative === null && s.initiative) s.selectInitiative(null, 'app');
  }
}

/** Starts the bridge; returns a function that stops it. Does nothing outside a frame. */
export function connectEmbedBridge(
  store: AtlasStore,
  { win = window, content, isKnownCountry }: BridgeOptions,
): () => void {
  if (!isEmbedded(win)) return () => {};
  const parent = win.parent;
  // targetOrigin '*': the atlas may be embedded by any page, and everything it
  // sends (a height, a country code, an initiative id) is public, so no origin
  // needs to be kept from reading it. Inbound messages are what we check.
  const post = (message: OutboundMessage) => parent.postMessage(message, '*');

  let lastHeight = -1;
  const reportHeight = () => {
    // CSS pixels, rounded up so the frame never cuts off the last sub-pixel row.
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    post({ type: 'atlas:resize', height });
  };
  const observer = new ResizeObserver(reportHeight);
  observer.observe(content);
  reportHeight();

  let readySent = false;
  const sendReady = () => {
    if (readySent || !store.getState().ready) return;
    readySent = true;
    const { country, initiative, year, slide } = store.getState();
    post({ type: 'atlas:ready', country, initiative, year, slide });
  };
  sendReady();
  const unsubscribe = store.subscribe((state, prev) => {
    sendReady();
    if (state.country !== prev.country || state.initiative !== prev.initiative)
      post({ type: 'atlas:select', country: state.country, initiative: state.initiative });
    if (state.year !== prev.year) post({ type: 'atlas:year', year: state.year });
    if (state.slide !== prev.slide) post({ type: 'atlas:slide', slide: state.slide });
  });

  const onMessage = (event: MessageEvent) => {
    // Only the page that embeds this atlas may steer it, not other frames or windows.
    if (event.source !== parent) return;
    const command = parseInboundMessage(event.data);
    if (command) apply(store, command, isKnownCountry);
  };
  win.addEventListener('message', onMessage);

  return () => {
    observer.disconnect();
    unsubscribe();
    win.removeEventListener('message', onMessage);
  };
}
