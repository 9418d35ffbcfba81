// One slide in the deck editor: its title, caption and notes as plain-text fields (nothing is rendered as HTML),
// and buttons to show its view, move, duplicate and delete it. Reordered by dragging its handle, by the buttons,
// or with Alt+↑ / Alt+↓ in any of its fields.
import type { KeyboardEvent } from 'react';
import type { Lang } from '../../data/types.ts';
import { t, tf } from '../../i18n/strings.ts';
import { MAX_CHARS, type DeckSlide } from './deckFormat.ts';

// Slides carry no id in the format: React's keys live beside them, carried over when a slide is edited.
const keys = new WeakMap<DeckSlide, string>();
let nextKey = 1;

export function slideKey(slide: DeckSlide): string {
  let key = keys.get(slide);
  if (!key) keys.set(slide, (key = `s${nextKey++}`));
  return key;
}

interface Props {
  slide: DeckSlide;
  n: number;
  count: number;
  lang: Lang;
  dragging: boolean;
  onChange(next: DeckSlide): void;
  /** To a 0-based position; `field` keeps the focus there after a keyboard move. */
  onMove(to: number, field?: string): void;
  onDuplicate(): void;
  onDelete(): void;
  onShow(): void;
  onDragStart(): void;
  onDragEnd(): void;
  onDrop(): void;
}

export function SlideItem({
  slide,
  n,
  count,
  lang,
  dragging,
  onChange,
  onMove,
  onDuplicate,
  onDelete,
  onShow,
  onDragStart,
  onDragEnd,
  onDrop,
}: Props) {
  const edit = (patch: Partial<DeckSlide>) => {
    const next = { ...slide, ...patch };
    keys.set(next, slideKey(slide));
    onChange(next);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    onMove(n - 1 + (e.key === 'ArrowUp' ? -1 : 1), (e.target as HTMLElement).dataset.field);
  };
  const id = `deck-slide-${slideKey(slide)}`;
  const { country, initiative, year, panel } = slide.state;
  return (
    <li
      className={dragging ? 'deck-slide is-dragging' : 'deck-slide'}
      data-key={slideKey(slide)}
      aria-labelledby={`${id}-n`}
      onKeyDown={onKeyDown}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        onDrop();
      }}
    >
      <div className="deck-slide-head">
        <span
          className="deck-drag"
          draggable
          aria-hidden="true"
          onDragStart={(e) => {
            // Not text/plain: a text field it is dropped on would paste the number into itself.
            e.dataTransfer.setData('application/x-atlas-slide', String(n));
            e.dataTransfer.effectAllowed = 'move';
            onDragStart();
          }}
          onDragEnd={onDragEnd}
        >
          ⠿
        </span>
        <h3 id={`${id}-n`}>{tf(lang, 'slideNumber', { n })}</h3>
        <span className="deck-slide-view">
          {[country ?? initiative, year, panel].filter((x) => x !== null).join(' · ')}
        </span>
      </div>
      <label className="deck-field">
        <span>{t(lang, 'slideTitle')}</span>
        <input
          type="text"
          data-field="title"
          value={slide.title}
          maxLength={MAX_CHARS.title}
          onChange={(e) => edit({ title: e.target.value })}
        />
      </label>
      <label className="deck-field">
        <span>{t(lang, 'slideCaption')}</span>
        <textarea
          data-field="caption"
          rows={2}
          value={slide.caption}
          maxLength={MAX_CHARS.caption}
          onChange={(e) => edit({ caption: e.target.value })}
        />
      </label>
      <label className="deck-field">
        <span>{t(lang, 'slideNotes')}</span>
        <textarea
          data-field="notes"
          rows={2}
          value={slide.notes}
          maxLength={MAX_CHARS.notes}
          onChange={(e) => edit({ notes: e.target.value })}
        />
      </label>
      <div className="deck-slide-buttons">
        <button type="button" onClick={onShow} aria-label={tf(lang, 'showSlideView', { n })}>
          {t(lang, 'slideShow')}
        </button>
        <button
          type="button"
          data-field="up"
          onClick={() => onMove(n - 2, 'up')}
          disabled={n <= 1}
          aria-label={tf(lang, 'moveSlideUp', { n })}
        >
          ↑
        </button>
        <button
          type="button"
          data-field="down"
          onClick={() => onMove(n, 'down')}
          disabled={n >= count}
          aria-label={tf(lang, 'moveSlideDown', { n })}
        >
          ↓
        </button>
        <button type="button" onClick={onDuplicate} aria-label={tf(lang, 'duplicateSlide', { n })}>
          {t(lang, 'slideDuplicate')}
        </button>
        <button type="button" onClick={onDelete} aria-label={tf(lang, 'deleteSlide', { n })}>
          {t(lang, 'slideDelete')}
        </button>
      </div>
    </li>
  );
}
