// The deck the app ships: data/slides.json, bundled (no fetch, so it works
// offline and from file://). The build validated it against the data
// (build/atlasData.ts), so here it is only typed. A briefer's own deck
// (deckEditor/) replaces it in the store's `deck` while it is presented.
import type { AtlasStore } from '../state/store.ts';
import { clampSlide, move, type Move } from '../state/slideMoves.ts';
import { slideAt, slidesOf } from '../state/slides.ts';

/**
 * Show slide n in two steps. First the number: the camera (subscribed to the
 * store outside React) starts flying at once, and the spotlight and caption
 * follow in a light render. Then, after the animation's first frame, the view
 * the slide names (selection, year, panel), whose panel is the heavy render:
 * a briefer sees the map move at once instead of waiting for the panel.
 */
export function showSlide(store: AtlasStore, n: number): void {
  const slide = clampSlide(n, slidesOf(store.getState().deck).length);
  store.setState({ present: true, slide });
  const apply = () => {
    const now = store.getState();
    // A later key press (or leaving) wins over this one.
    if (!now.present || now.slide !== slide) return;
    const { country, initiative, year, compare = null, panel } = slideAt(slide, now.deck).state;
    store.setState({ country, initiative, year, compare, panel, selectionOrigin: 'app' });
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(apply, 0));
  else apply();
}

export function moveSlide(store: AtlasStore, m: Move): void {
  const { slide: current, deck } = store.getState();
  const target = move(current, slidesOf(deck).length, m);
  if (target !== current) showSlide(store, target);
}
