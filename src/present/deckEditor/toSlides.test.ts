import { describe, expect, it } from 'vitest';
import { OVERVIEW_BOUNDS } from '../../map/camera.ts';
import { slideAt } from '../../state/slides.ts';
import { emptyDeck, type DeckSlide } from './deckFormat.ts';
import { toSlides } from './toSlides.ts';

const slide = (title: string, extra: Partial<DeckSlide> = {}): DeckSlide => ({
  state: { country: 'HND', initiative: null, year: 2012, panel: 'funding' },
  title,
  caption: `${title} caption`,
  notes: `${title} notes`,
  ...extra,
});

describe('toSlides', () => {
  it('presents a briefer’s slides in their words, with their notes, camera and sources', () => {
    const slides = toSlides({
      ...emptyDeck('es'),
      slides: [
        slide('Uno', {
          bounds: [
            [-90, 10],
            [-80, 20],
          ],
          sourceIds: ['gao'],
        }),
        slide('Dos'),
      ],
    });
    expect(slides[0]).toEqual({
      id: 'deck-1',
      state: { country: 'HND', initiative: null, year: 2012, panel: 'funding' },
      bounds: [
        [-90, 10],
        [-80, 20],
      ],
      spotlight: null,
      title: { en: 'Uno', es: 'Uno' },
      caption: { en: 'Uno caption', es: 'Uno caption' },
      sourceIds: ['gao'],
      notes: 'Uno notes',
    });
    // Without a camera, the overview; without sources, none.
    expect(slides[1]).toMatchObject({ bounds: OVERVIEW_BOUNDS, sourceIds: [] });
    // The presentation reads them through slideAt, clamped like the atlas's own.
    expect(slideAt(2, slides).title.en).toBe('Dos');
    expect(slideAt(9, slides).title.en).toBe('Dos');
  });

  it('falls back to the atlas’s own slides when no deck (or an empty one) is presented', () => {
    expect(slideAt(1, null).id).toBe(slideAt(1, []).id);
    expect(slideAt(1, null).id).not.toMatch(/^deck-/);
  });
});
