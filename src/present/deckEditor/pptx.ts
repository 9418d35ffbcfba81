// A deck as a PowerPoint file, made in the browser by pptxgenjs (this module and the library are fetched only when
// Download PowerPoint is pressed; the briefing copy inlines them). One slide per deck slide: the title as text, the
// map image as the export draws it, the caption and the sources as text beside it, the notes as speaker notes.
import PptxGenJS from 'pptxgenjs';
import type { Deck } from './deckFormat.ts';
import type { SlideImage } from './slideImages.ts';

/** 16:9, in inches (pptxgenjs's LAYOUT_WIDE). */
const W = 13.333;
const MARGIN = 0.4;
const IMAGE_W = 8.8;
const IMAGE_H = (IMAGE_W * 1080) / 1920;

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((ok, fail) => {
    const reader = new FileReader();
    reader.onload = () => ok(String(reader.result));
    reader.onerror = () => fail(reader.error ?? new Error('the image could not be read'));
    reader.readAsDataURL(blob);
  });
}

export async function deckPptx(deck: Deck, images: SlideImage[], appTitle: string): Promise<Blob> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = deck.title || appTitle;
  pptx.author = appTitle;
  const side = MARGIN + IMAGE_W + 0.3;
  for (const [i, slide] of deck.slides.entries()) {
    const image = images[i]!;
    const s = pptx.addSlide();
    s.addText(slide.title, { x: MARGIN, y: 0.25, w: W - 2 * MARGIN, h: 0.8, fontSize: 28, bold: true, fit: 'shrink' });
    s.addImage({
      data: await dataUrl(image.png),
      x: MARGIN,
      y: 1.2,
      w: IMAGE_W,
      h: IMAGE_H,
      altText: slide.caption || slide.title,
    });
    s.addText(slide.caption, {
      x: side,
      y: 1.2,
      w: W - side - MARGIN,
      h: 3.4,
      fontSize: 16,
      valign: 'top',
      fit: 'shrink',
    });
    s.addText(image.sources, {
      x: side,
      y: 4.7,
      w: W - side - MARGIN,
      h: 2.4,
      fontSize: 10,
      color: '555555',
      valign: 'top',
      fit: 'shrink',
    });
    if (slide.notes) s.addNotes(slide.notes);
  }
  return (await pptx.write({ outputType: 'blob' })) as Blob;
}
