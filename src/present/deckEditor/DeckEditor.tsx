// The deck editor: a briefer's own slides, made from views of the map (Add slide), edited, reordered, shared as a
// link or a file, presented (with a presenter view), printed and downloaded as PowerPoint. A panel over the map
// (it needs the map: a slide records its camera, and the images are drawn from it), loaded when first opened.
import { useEffect, useRef, useState } from 'react';
import { useAtlasData } from '../../state/atlasContext.ts';
import { t, tf } from '../../i18n/strings.ts';
import { useMap } from '../../map/mapContext.ts';
import { useViewport } from '../../map/viewport.ts';
import { useAtlas, useAtlasStoreApi } from '../../state/store.ts';
import { showSlide } from '../deck.ts';
import { SLIDES } from '../../state/slides.ts';
import type { SlideBounds } from '../../state/slides.ts';
import { deckHash, deckJson, MAX_CHARS, type Deck, type DeckSlide } from './deckFormat.ts';
import { useDeckStore } from './deckStore.ts';
import { DeckPrint } from './DeckPrint.tsx';
import { openPresenterView } from './PresenterView.tsx';
import { problemText, takeDeck } from './readDeck.ts';
import { slideImages, type SlideImage } from './slideImages.ts';
import { SlideItem, slideKey } from './SlideItem.tsx';
import { slideOfView, toSlides } from './toSlides.ts';
import { useDecks } from './useDecks.ts';
import '../../styles/deckEditor.css';

function fileName(deck: Deck, ext: string): string {
  const slug = deck.title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${slug || 'hemisphere-atlas-deck'}.${ext}`;
}

export function DeckEditor() {
  const store = useAtlasStoreApi();
  const atlas = useAtlasData();
  const map = useMap();
  const viewport = useViewport();
  const lang = useAtlas((s) => s.lang);
  const decks = useDecks();
  const deck = useDeckStore(decks, (s) => s.deck);
  const canUndo = useDeckStore(decks, (s) => s.undo.length > 0);
  const { change, changeSlides, undoLast } = decks.getState();
  const [link, setLink] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [printImages, setPrintImages] = useState<SlideImage[] | null>(null);
  const pendingFocus = useRef<{ key: string; field: string } | null>(null);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  // Read by the drop, which may come before React has rendered the drag's start.
  const dragging = useRef<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [note, setNote] = useState('');
  // Warnings go to the atlas's status messages; routine notes ("Slide 3 added") to the editor's own status line,
  // so they do not pile up over the map and the editor.
  const say = (text: string, tone?: 'warning') => (tone ? store.getState().say(text, tone) : setNote(text));

  useEffect(() => heading.current?.focus(), []);
  // A problem with the copy kept in the browser (edited by hand, or from an older atlas), said once.
  useEffect(() => {
    const { storedProblems } = decks.getState();
    if (storedProblems.length === 0) return;
    for (const p of storedProblems) store.getState().say(problemText(lang, p), 'warning');
    decks.setState({ storedProblems: [] });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the editor first opens
  }, []);
  // After a keyboard move, the field that moved keeps the focus.
  useEffect(() => {
    const focus = pendingFocus.current;
    if (!focus) return;
    pendingFocus.current = null;
    list.current?.querySelector<HTMLElement>(`[data-key="${focus.key}"] [data-field="${focus.field}"]`)?.focus();
  });

  const addSlide = () => {
    const s = store.getState();
    const b = map?.getBounds();
    const bounds: SlideBounds | undefined = b
      ? [
          [b.getWest(), b.getSouth()],
          [b.getEast(), b.getNorth()],
        ]
      : undefined;
    const slide = slideOfView(s, bounds, atlas.index);
    slide.caption = slide.caption.slice(0, MAX_CHARS.caption);
    changeSlides((slides) => [...slides, slide]);
    say(tf(lang, 'slideAdded', { n: deck.slides.length + 1 }));
  };

  const moveTo = (from: number, to: number, field?: string) => {
    if (to < 0 || to >= deck.slides.length || to === from) return;
    const moved = deck.slides[from]!;
    changeSlides((slides) => {
      slides.splice(from, 1);
      slides.splice(to, 0, moved);
      return slides;
    });
    say(tf(lang, 'slideMoved', { n: to + 1 }));
    if (field) pendingFocus.current = { key: slideKey(moved), field };
  };

  const remove = (i: number) => {
    changeSlides((slides) => slides.filter((_, j) => j !== i), true);
    say(tf(lang, 'slideDeleted', { n: i + 1 }));
  };

  const needSlides = () => {
    if (deck.slides.length > 0) return true;
    say(t(lang, 'deckNeedsSlides'), 'warning');
    return false;
  };

  const present = (withPresenter: boolean) => {
    if (!needSlides()) return;
    store.setState({ deck: toSlides(deck) });
    if (withPresenter && !openPresenterView(store)) say(t(lang, 'presenterBlocked'), 'warning');
    showSlide(store, 1);
  };

  const startFrom = (slides: DeckSlide[]) => {
    change({ ...deck, slides }, true);
    say(tf(lang, 'deckReplaced', { n: slides.length }));
  };

  const shareLink = async () => {
    if (!needSlides()) return;
    const { origin, pathname, search } = window.location;
    // The view's own parameters stay; a shared deck opens on the atlas, not mid-presentation.
    const params = new URLSearchParams(search);
    params.delete('present');
    params.delete('slide');
    const query = params.toString();
    const url = `${origin === 'null' ? 'file://' : origin}${pathname}${query ? `?${query}` : ''}${await deckHash(deck)}`;
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      say(t(lang, 'deckLinkCopied'));
    } catch {
      // No clipboard (file://, or permission refused): the link is in the box to copy by hand.
      say(t(lang, 'deckLinkReady'));
    }
  };

  const saveJson = async () => {
    if (!needSlides()) return;
    const { download } = await import('../exportImage.ts');
    const name = fileName(deck, 'json');
    download(new Blob([deckJson(deck)], { type: 'application/json' }), name);
    say(tf(lang, 'deckFileSaved', { file: name }));
  };

  const openJson = async (file: File | undefined) => {
    if (!file) return;
    if (takeDeck(await file.text(), store, decks)) setNote('');
  };

  const images = async (): Promise<SlideImage[] | null> => {
    if (!map && !viewport) {
      say(t(lang, 'deckNeedsMap'), 'warning');
      return null;
    }
    return slideImages({ store, atlas, map, viewport }, deck, (n) =>
      setBusy(tf(lang, 'deckPptxProgress', { n, m: deck.slides.length })),
    );
  };

  const run = async (job: () => Promise<void>) => {
    if (busy || !needSlides()) return;
    setBusy('…');
    try {
      await job();
    } catch (err) {
      say(tf(lang, 'deckPptxFailed', { error: (err as Error).message }), 'warning');
    } finally {
      setBusy(null);
    }
  };

  const downloadPptx = () =>
    run(async () => {
      const shots = await images();
      if (!shots) return;
      const [{ deckPptx }, { download }] = await Promise.all([import('./pptx.ts'), import('../exportImage.ts')]);
      const name = fileName(deck, 'pptx');
      download(await deckPptx(deck, shots, t(lang, 'appTitle')), name);
      say(tf(lang, 'deckPptxDone', { file: name }));
    });

  const print = () =>
    run(async () => {
      const shots = await images();
      if (!shots) return;
      setPrintImages(shots);
      // The pages render first; the browser's print dialog then prints only them (deckEditor.css, @media print).
      requestAnimationFrame(() => {
        document.documentElement.classList.add('print-deck');
        window.addEventListener('afterprint', () => document.documentElement.classList.remove('print-deck'), {
          once: true,
        });
        window.print();
      });
    });

  const builtIn = (): DeckSlide[] =>
    SLIDES.map((s) => ({
      state: { ...s.state },
      title: s.title[lang],
      caption: s.caption[lang],
      notes: '',
      bounds: s.bounds,
      sourceIds: [...s.sourceIds],
    }));

  return (
    <section id="deck-editor" className="deck-editor" aria-labelledby="deck-editor-title">
      <div className="deck-editor-head">
        <h2 id="deck-editor-title" ref={heading} tabIndex={-1}>
          {t(lang, 'deckEditorTitle')}
        </h2>
        <button
          type="button"
          className="deck-close"
          onClick={() => store.setState({ deckOpen: false })}
          aria-label={t(lang, 'closeDeck')}
        >
          ×
        </button>
      </div>
      <label className="deck-field">
        <span>{t(lang, 'deckTitleLabel')}</span>
        <input
          type="text"
          value={deck.title}
          maxLength={MAX_CHARS.title}
          onChange={(e) => change({ ...deck, title: e.target.value })}
        />
      </label>
      <div className="deck-actions">
        <button type="button" className="deck-primary" onClick={addSlide} title={t(lang, 'addSlideHint')}>
          {t(lang, 'addSlide')}
        </button>
        <button type="button" onClick={() => present(false)}>
          {t(lang, 'presentDeck')}
        </button>
        <button type="button" onClick={() => present(true)}>
          {t(lang, 'presenterView')}
        </button>
        <button type="button" onClick={undoLast} disabled={!canUndo}>
          {t(lang, 'undo')}
        </button>
      </div>
      <p className="deck-status" role="status">
        {busy ?? note}
      </p>
      <p className="deck-hint">{t(lang, 'deckReorderHint')}</p>
      {deck.slides.length === 0 ? (
        <p className="deck-empty">{t(lang, 'deckEmpty')}</p>
      ) : (
        <ol ref={list} className="deck-slides" aria-label={t(lang, 'deckSlides')}>
          {deck.slides.map((slide, i) => (
            <SlideItem
              key={slideKey(slide)}
              slide={slide}
              n={i + 1}
              count={deck.slides.length}
              lang={lang}
              dragging={dragFrom === i}
              onChange={(next) => changeSlides((slides) => slides.map((s, j) => (j === i ? next : s)))}
              onMove={(to, field) => moveTo(i, to, field)}
              onDuplicate={() =>
                changeSlides((slides) => [...slides.slice(0, i + 1), { ...slide }, ...slides.slice(i + 1)])
              }
              onDelete={() => remove(i)}
              onShow={() => store.setState({ ...slide.state, selectionOrigin: 'app' })}
              onDragStart={() => {
                dragging.current = i;
                setDragFrom(i);
              }}
              onDragEnd={() => setDragFrom(null)}
              onDrop={() => {
                if (dragging.current !== null) moveTo(dragging.current, i);
                dragging.current = null;
                setDragFrom(null);
              }}
            />
          ))}
        </ol>
      )}
      <div className="deck-actions">
        <button type="button" onClick={() => startFrom([])}>
          {t(lang, 'startEmpty')}
        </button>
        <button type="button" onClick={() => startFrom(builtIn())}>
          {t(lang, 'startBuiltIn')}
        </button>
      </div>
      <div className="deck-actions">
        <button type="button" onClick={() => void downloadPptx()} disabled={!!busy} aria-busy={!!busy}>
          {t(lang, 'downloadPptx')}
        </button>
        <button type="button" onClick={() => void print()} disabled={!!busy}>
          {t(lang, 'printDeck')}
        </button>
        <button type="button" onClick={() => void shareLink()}>
          {t(lang, 'copyDeckLink')}
        </button>
        <button type="button" onClick={() => void saveJson()}>
          {t(lang, 'saveDeckJson')}
        </button>
        <label className="deck-file">
          <span>{t(lang, 'openDeckJson')}</span>
          <input
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              void openJson(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      {link && (
        <label className="deck-field">
          <span>{t(lang, 'deckLinkLabel')}</span>
          <input type="text" readOnly value={link} onFocus={(e) => e.target.select()} />
        </label>
      )}
      {printImages && <DeckPrint deck={deck} images={printImages} lang={lang} />}
    </section>
  );
}
