// What the first view does not need, split out of the first bundle and fetched on first use: the table, the
// presentation, the deck editor and the embed's bridge to its host. (The panels' parts: panels/lazyParts.tsx; the SVG
// map: map/lazySvgMap.tsx.)
import { lazyPart } from '../ui/lazyPart.tsx';

export const CountryTable = lazyPart(() => import('../a11y/CountryTable.tsx').then((m) => m.CountryTable));
// Nothing to show while they load: the presentation's bar comes with its slide, the bridge has no view.
export const PresentMode = lazyPart(() => import('../present/PresentMode.tsx').then((m) => m.PresentMode), null);
export const DeckEditor = lazyPart(
  () => import('../present/deckEditor/DeckEditor.tsx').then((m) => m.DeckEditor),
  null,
);
export const EmbedBridge = lazyPart(() => import('../embed/EmbedBridge.tsx').then((m) => m.EmbedBridge), null);
