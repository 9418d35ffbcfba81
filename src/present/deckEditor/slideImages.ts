// Each slide of a deck as the export draws it (exportImage's public function): the live map is set to the slide's
// view (selection, year, panel) so its dimming and selection are the slide's, the export draws the slide's camera,
// and the view the briefer had is put back at the end. Used by Download PowerPoint and Print.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Atlas } from '../../data/load.ts';
import { t } from '../../i18n/strings.ts';
import { legendKey } from '../../map/Legend.tsx';
import { THEME_COLORS } from '../../map/palette.ts';
import { looksOf } from '../../map/looks.ts';
import { subjectOf } from '../../map/inset.ts';
import { membersOf } from '../../data/joins.ts';
import { svgMapElement } from '../../map/svg/toCanvas.ts';
import type { MapViewport } from '../../map/viewport.ts';
import type { AtlasStore } from '../../state/store.ts';
import type { LiveMap } from '../exportImage.ts';
import { sourceLine } from '../../panels/sourceLine.ts';
import type { Deck } from './deckFormat.ts';

export interface LiveParts {
  store: AtlasStore;
  atlas: Atlas;
  map: MapLibreMap | null;
  viewport: MapViewport | null;
}

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

const nextFrame = () => new Promise<void>((ok) => requestAnimationFrame(() => ok()));

/** After a view change: React renders it, the map's effects set its feature state, and the map draws once. */
async function settled(map: MapLibreMap | null): Promise<void> {
  await nextFrame();
  await nextFrame();
  if (map && !map.loaded()) await new Promise<void>((ok) => map.once('idle', () => ok()));
}

export interface SlideImage {
  png: Blob;
  sources: string;
}

export async function slideImages(parts: LiveParts, deck: Deck, onSlide: (n: number) => void): Promise<SlideImage[]> {
  const { store, atlas, map } = parts;
  const { index, geometry, micro } = atlas;
  const before = store.getState();
  const keep = {
    country: before.country,
    initiative: before.initiative,
    year: before.year,
    panel: before.panel,
    animate: before.animate,
  };
  const { exportImage } = await import('../exportImage.ts');
  const out: SlideImage[] = [];
  // No camera flights while the slides are set one after another: the export draws each slide's own frame.
  store.setState({ animate: false });
  try {
    for (const [i, slide] of deck.slides.entries()) {
      onSlide(i + 1);
      store.setState({ ...slide.state, selectionOrigin: 'app' });
      await settled(map);
      const s = store.getState();
      const svg = svgMapElement(document);
      const live: LiveMap | null = map
        ? { kind: 'webgl', map }
        : svg && parts.viewport
          ? { kind: 'svg', svg, project: parts.viewport.project }
          : null;
      if (!live) throw new Error('no map');
      const theme = THEME_COLORS[s.theme];
      const lang = s.lang;
      const { country, initiative, year } = slide.state;
      const selected = country
        ? index.countries.get(country)?.name[lang]
        : initiative
          ? index.initiatives.get(initiative)?.name[lang]
          : undefined;
      const sources = sourceLine(lang, slide.sourceIds ?? [], index);
      // The slide's looks as the map draws them: its year's colours, its selection outlined.
      // The slide's subject as the live map has it: its initiative's members in its year, or its country.
      const spotlight = initiative
        ? new Set(
            membersOf(index.memberships, initiative, year)
              .filter((p) => p.status !== 'former')
              .map((p) => p.membership.country),
          )
        : null;
      const looks = looksOf({
        memberships: index.memberships,
        countries: [...index.countries.keys()],
        year,
        hidden: s.hidden,
        theme: s.theme,
        spotlight,
        selected: country,
        hovered: null,
        focused: null,
      });
      const png = await exportImage({
        live,
        bounds: slide.bounds,
        looks: looks.fills,
        states: looks.states,
        subject: subjectOf(spotlight, country),
        theme,
        page: {
          bg: cssVar('--bg', '#ffffff'),
          text: cssVar('--text', '#000000'),
          muted: cssVar('--muted', '#333333'),
          line: cssVar('--line', '#999999'),
        },
        index,
        geometry,
        micro,
        lang,
        hidden: s.hidden,
        text: {
          title: slide.title,
          subtitle: `${t(lang, 'appTitle')}${selected ? ` — ${selected}` : ''}${year !== null ? ` · ${year}` : ''}`,
          caption: slide.caption,
          sources,
          legendTitle: t(lang, 'legendTitle'),
          key: legendKey(lang, theme, index.data.memberships),
        },
        scale: 1,
      });
      out.push({ png, sources });
    }
  } finally {
    store.setState({ ...keep, selectionOrigin: 'app' });
  }
  return out;
}
