// The deck as printed pages: one slide per page, its image as the export draws it, its caption, sources and notes.
// Hidden on screen; while the deck is printed (html.print-deck) it is all that prints (deckEditor.css).
import { useEffect, useMemo } from 'react';
import { createPortal } from 'react-dom';
import type { Lang } from '../../data/types.ts';
import { t, tf } from '../../i18n/strings.ts';
import type { Deck } from './deckFormat.ts';
import type { SlideImage } from './slideImages.ts';

export function DeckPrint({ deck, images, lang }: { deck: Deck; images: SlideImage[]; lang: Lang }) {
  const urls = useMemo(() => images.map((i) => URL.createObjectURL(i.png)), [images]);
  useEffect(() => () => urls.forEach((u) => URL.revokeObjectURL(u)), [urls]);
  return createPortal(
    <div className="deck-print" aria-hidden="true">
      {deck.slides.map((slide, i) => (
        <article className="deck-print-page" key={i}>
          <h2>
            {tf(lang, 'slideNumber', { n: i + 1 })}: {slide.title}
          </h2>
          {urls[i] && <img src={urls[i]} alt={slide.caption || slide.title} />}
          <p>{slide.caption}</p>
          <p className="deck-print-sources">{images[i]?.sources}</p>
          <h3>{t(lang, 'slideNotes')}</h3>
          <p className="deck-print-notes">{slide.notes}</p>
        </article>
      ))}
    </div>,
    document.body,
  );
}
