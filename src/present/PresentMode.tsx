// Presentation mode: the caption bar (slide N/M, title, caption, sources) and
// the keys a briefer or a clicker presses. Every control is a visible button:
// nothing needs hover.
import { useEffect } from 'react';
import { useAtlasData, useDetailsStatus } from '../app/atlasContext.ts';
import { t, tf } from '../i18n/strings.ts';
import { useAtlas, useAtlasStoreApi, type AtlasStore } from '../state/store.ts';
import { moveSlide, showSlide, SLIDES, slideAt } from './deck.ts';
import { actionForKey } from './keys.ts';
import { sourceLine } from './sourceLine.ts';

const ANIMATE_KEY = 'atlas:animate';

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  // Refused without a user gesture or where the page is embedded: the presentation works without it.
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}

function leave(store: AtlasStore): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  store.setState({ present: false });
}

/** Keys: while presenting, on the whole window; typing in a control is left alone. */
function usePresentKeys(store: AtlasStore): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, select, textarea, [contenteditable="true"]')) return;
      const action = actionForKey(e);
      if (!action) return;
      // Space and Enter on a focused button press it; the deck still moves on Space via the key map.
      e.preventDefault();
      if ('move' in action) moveSlide(store, action.move);
      else if ('fullscreen' in action) toggleFullscreen();
      // Esc leaves full screen first (browsers usually take that Esc themselves), then the presentation.
      else if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      else leave(store);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}

export function PresentMode() {
  const store = useAtlasStoreApi();
  const { index, complete } = useAtlasData();
  const details = useDetailsStatus();
  const lang = useAtlas((s) => s.lang);
  const slideNo = useAtlas((s) => s.slide);
  const animate = useAtlas((s) => s.animate);
  usePresentKeys(store);

  // Entering (a Present press, or present=1 in the opening URL): the slide's view replaces the current one.
  useEffect(() => {
    const saved = localStorage.getItem(ANIMATE_KEY);
    showSlide(store, store.getState().slide);
    if (saved !== null) store.setState({ animate: saved === '1' });
  }, [store]);

  const slide = slideAt(slideNo);
  const n = Math.min(slideNo, SLIDES.length);
  const setAnimate = (on: boolean) => {
    localStorage.setItem(ANIMATE_KEY, on ? '1' : '0');
    store.setState({ animate: on });
  };

  return (
    <section className="present-bar" aria-label={tf(lang, 'slideOf', { n, m: SLIDES.length })} data-slide-id={slide.id}>
      <div className="present-nav">
        <button type="button" onClick={() => moveSlide(store, 'prev')} disabled={n <= 1} aria-label={t(lang, 'prevSlide')}>‹</button>
        <span className="present-count" aria-live="polite">
          {n}/{SLIDES.length}
        </span>
        <button type="button" onClick={() => moveSlide(store, 'next')} disabled={n >= SLIDES.length} aria-label={t(lang, 'nextSlide')}>›</button>
      </div>
      <div className="present-text">
        <h2 className="present-title">{slide.title[lang]}</h2>
        <p className="present-caption">{slide.caption[lang]}</p>
        {/* The sources arrive with the atlas's details, a moment after the map; if they cannot, it says so. */}
        {complete ? (
          <p className="present-sources">{sourceLine(lang, slide.sourceIds, index)}</p>
        ) : details.failed ? (
          <p className="present-sources" role="alert">
            {t(lang, 'detailsFailed')}{' '}
            <button type="button" onClick={details.retry}>{t(lang, 'retry')}</button>
          </p>
        ) : (
          <p className="present-sources" aria-busy="true">…</p>
        )}
      </div>
      <div className="present-actions">
        <button type="button" onClick={toggleFullscreen}>{t(lang, 'fullScreen')}</button>
        <label className="present-animate">
          <input type="checkbox" checked={animate} onChange={(e) => setAnimate(e.target.checked)} />
          {t(lang, 'animations')}
        </label>
        <button type="button" onClick={() => leave(store)}>{t(lang, 'exitPresentation')}</button>
      </div>
    </section>
  );
}
