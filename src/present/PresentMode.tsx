// Presentation mode: the caption bar (slide N/M, title, caption, sources). Every control is a visible button:
// nothing needs hover. The keys a briefer or a clicker presses are heard from the first view (presentKeys.ts).
import { useEffect } from 'react';
import { useAtlasData, useDetailsStatus } from '../state/atlasContext.ts';
import { t, tf } from '../i18n/strings.ts';
import { useAtlas, useAtlasStoreApi } from '../state/store.ts';
import { moveSlide, showSlide } from './deck.ts';
import { slidesOf } from '../state/slides.ts';
import { leavePresentation, toggleFullscreen } from './presentKeys.ts';
import { sourceLine } from '../panels/sourceLine.ts';

const ANIMATE_KEY = 'atlas:animate';

export function PresentMode() {
  const store = useAtlasStoreApi();
  const { index, complete } = useAtlasData();
  const details = useDetailsStatus();
  const lang = useAtlas((s) => s.lang);
  const slideNo = useAtlas((s) => s.slide);
  const animate = useAtlas((s) => s.animate);
  const slides = slidesOf(useAtlas((s) => s.deck));

  // Entering (a Present press, or present=1 in the opening URL): the slide's view replaces the current one.
  useEffect(() => {
    const saved = localStorage.getItem(ANIMATE_KEY);
    showSlide(store, store.getState().slide);
    if (saved !== null) store.setState({ animate: saved === '1' });
  }, [store]);

  const slide = slides[Math.min(slideNo, slides.length) - 1]!;
  const n = Math.min(slideNo, slides.length);
  const setAnimate = (on: boolean) => {
    localStorage.setItem(ANIMATE_KEY, on ? '1' : '0');
    store.setState({ animate: on });
  };

  return (
    <section className="present-bar" aria-label={tf(lang, 'slideOf', { n, m: slides.length })} data-slide-id={slide.id}>
      <div className="present-nav">
        <button
          type="button"
          onClick={() => moveSlide(store, 'prev')}
          disabled={n <= 1}
          aria-label={t(lang, 'prevSlide')}
        >
          ‹
        </button>
        <span className="present-count" aria-live="polite">
          {n}/{slides.length}
        </span>
        <button
          type="button"
          onClick={() => moveSlide(store, 'next')}
          disabled={n >= slides.length}
          aria-label={t(lang, 'nextSlide')}
        >
          ›
        </button>
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
            <button type="button" onClick={details.retry}>
              {t(lang, 'retry')}
            </button>
          </p>
        ) : (
          <p className="present-sources" aria-busy="true">
            …
          </p>
        )}
      </div>
      <div className="present-actions">
        <button type="button" onClick={toggleFullscreen}>
          {t(lang, 'fullScreen')}
        </button>
        <label className="present-animate">
          <input type="checkbox" checked={animate} onChange={(e) => setAnimate(e.target.checked)} />
          {t(lang, 'animations')}
        </label>
        <button type="button" onClick={() => leavePresentation(store)}>
          {t(lang, 'exitPresentation')}
        </button>
      </div>
    </section>
  );
}
