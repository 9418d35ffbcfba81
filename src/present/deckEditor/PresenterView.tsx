// The presenter view: a second window with the current slide, the next one, the speaker notes and a timer.
// It is a second React root in the same page, on the same store, rendered into the window this page opened: a key
// or a click in either window moves the one deck, so the two stay in step both ways with no messages to pass, and
// it works where BroadcastChannel cannot reach (the briefing copy from file://, where each file is its own origin).
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { t, tf } from '../../i18n/strings.ts';
import { AtlasStoreContext, useAtlas, useAtlasStoreApi, type AtlasStore } from '../../state/store.ts';
import { moveSlide, showSlide } from '../deck.ts';
import { slidesOf } from '../../state/slides.ts';
import { actionForKey } from '../keys.ts';
import { leavePresentation } from '../presentKeys.ts';

const WINDOW_NAME = 'hemisphere-atlas-presenter';

const CSS = `
  :root { color-scheme: dark; font-family: system-ui, sans-serif; }
  body { margin: 0; background: #111; color: #eee; }
  main { display: grid; grid-template-columns: 3fr 2fr; grid-template-rows: auto 1fr auto; gap: 1rem; padding: 1rem; height: 100vh; box-sizing: border-box; }
  h1 { grid-column: 1 / -1; margin: 0; font-size: 1.1rem; color: #bbb; }
  section { background: #1e1e1e; border: 1px solid #444; border-radius: 6px; padding: 1rem; overflow: auto; }
  h2 { margin: 0 0 .5rem; font-size: .9rem; text-transform: uppercase; letter-spacing: .05em; color: #9cf; }
  .now-title { font-size: 2rem; margin: 0 0 .5rem; }
  .now-caption { font-size: 1.2rem; line-height: 1.4; }
  .next-title { font-size: 1.3rem; }
  .notes { grid-column: 1 / -1; font-size: 1.4rem; line-height: 1.5; white-space: pre-wrap; }
  .bar { grid-column: 1 / -1; display: flex; gap: .75rem; align-items: center; flex-wrap: wrap; }
  .timer { font-size: 2rem; font-variant-numeric: tabular-nums; margin-right: auto; }
  button { font: inherit; padding: .4rem .9rem; background: #333; color: #fff; border: 1px solid #888; border-radius: 4px; cursor: pointer; }
  button:focus-visible { outline: 3px solid #9cf; outline-offset: 2px; }
`;

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function useTimer(): { elapsed: number; running: boolean; toggle(): void; reset(): void } {
  const [start, setStart] = useState(() => Date.now());
  const [pausedAt, setPausedAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(id);
  }, []);
  return {
    elapsed: (pausedAt ?? now) - start,
    running: pausedAt === null,
    toggle: () => {
      if (pausedAt === null) setPausedAt(Date.now());
      else {
        setStart(start + (Date.now() - pausedAt));
        setPausedAt(null);
      }
    },
    reset: () => {
      setStart(Date.now());
      setPausedAt(pausedAt === null ? null : Date.now());
    },
  };
}

function nameWindow(win: Window, title: string, lang: string): void {
  win.document.title = title;
  win.document.documentElement.lang = lang;
}

function PresenterPanel({ win }: { win: Window }) {
  const store = useAtlasStoreApi();
  const lang = useAtlas((s) => s.lang);
  const present = useAtlas((s) => s.present);
  const slideNo = useAtlas((s) => s.slide);
  const slides = slidesOf(useAtlas((s) => s.deck));
  const timer = useTimer();
  const n = Math.min(slideNo, slides.length);
  const now = slides[n - 1]!;
  const next = slides[n];

  useEffect(() => nameWindow(win, `${t(lang, 'presenterView')} — ${now.title[lang]}`, lang), [win, lang, now]);

  // The clicker's keys, heard in this window as in the main one (presentKeys.ts).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = actionForKey(e);
      if (!action || !('move' in action)) return;
      if ((e.target as HTMLElement | null)?.closest('button') && (e.key === ' ' || e.key === 'Enter')) return;
      e.preventDefault();
      if (!store.getState().present) showSlide(store, store.getState().slide);
      else moveSlide(store, action.move);
    };
    win.addEventListener('keydown', onKey);
    return () => win.removeEventListener('keydown', onKey);
  }, [win, store]);

  return (
    <main aria-label={t(lang, 'presenterView')}>
      <h1>
        {t(lang, 'presenterView')} · <span data-presenter-count>{tf(lang, 'slideOf', { n, m: slides.length })}</span>
      </h1>
      <section aria-labelledby="presenter-now">
        <h2 id="presenter-now">{t(lang, 'presenterNow')}</h2>
        {present ? (
          <>
            <p className="now-title" data-presenter-title>
              {now.title[lang]}
            </p>
            <p className="now-caption">{now.caption[lang]}</p>
          </>
        ) : (
          <p>{t(lang, 'presenterNotPresenting')}</p>
        )}
      </section>
      <section aria-labelledby="presenter-next">
        <h2 id="presenter-next">{t(lang, 'presenterNext')}</h2>
        <p className="next-title" data-presenter-next>
          {next ? next.title[lang] : t(lang, 'presenterEnd')}
        </p>
      </section>
      <section className="notes" aria-labelledby="presenter-notes">
        <h2 id="presenter-notes">{t(lang, 'slideNotes')}</h2>
        <div data-presenter-notes>{now.notes || t(lang, 'presenterNoNotes')}</div>
      </section>
      <div className="bar">
        <span className="timer" role="timer" aria-label={t(lang, 'presenterTimer')}>
          {clock(timer.elapsed)}
        </span>
        <button type="button" onClick={timer.toggle}>
          {t(lang, timer.running ? 'timerPause' : 'timerResume')}
        </button>
        <button type="button" onClick={timer.reset}>
          {t(lang, 'timerReset')}
        </button>
        <button type="button" onClick={() => moveSlide(store, 'prev')} disabled={!present || n <= 1}>
          {t(lang, 'prevSlide')}
        </button>
        <button
          type="button"
          onClick={() => (present ? moveSlide(store, 'next') : showSlide(store, slideNo))}
          disabled={present && n >= slides.length}
        >
          {t(lang, 'nextSlide')}
        </button>
        <button type="button" onClick={() => leavePresentation(store)} disabled={!present}>
          {t(lang, 'exitPresentation')}
        </button>
      </div>
    </main>
  );
}

/** Opens (or brings forward) the presenter window; false when the browser blocked it. */
export function openPresenterView(store: AtlasStore): boolean {
  const win = window.open('', WINDOW_NAME, 'popup,width=1000,height=700');
  if (!win) return false;
  win.focus();
  // Already showing (the same window, found by name): bring it forward only.
  if (win.document.getElementById('presenter-root')) return true;
  win.document.title = t(store.getState().lang, 'presenterView');
  const style = win.document.createElement('style');
  style.textContent = CSS;
  win.document.head.append(style);
  const el = win.document.createElement('div');
  el.id = 'presenter-root';
  win.document.body.append(el);
  const root = createRoot(el);
  root.render(
    <AtlasStoreContext.Provider value={store}>
      <PresenterPanel win={win} />
    </AtlasStoreContext.Provider>,
  );
  // The presenter window closes with the page that drives it (a reload would leave it showing nothing).
  const closeWithOpener = () => win.close();
  window.addEventListener('pagehide', closeWithOpener, { once: true });
  win.addEventListener('pagehide', () => {
    root.unmount();
    window.removeEventListener('pagehide', closeWithOpener);
  });
  return true;
}
