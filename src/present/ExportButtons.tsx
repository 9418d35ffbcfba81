// Save the current view as a slide-ready PNG: 1920×1080, or 2× for print.
// Lives over the map (it needs the map), in every mode but embeds.
import { useState } from 'react';
import { useAtlasData, useDetailsStatus } from '../state/atlasContext.ts';
import { t, tf } from '../i18n/strings.ts';
import { useMap } from '../map/mapContext.ts';
import { svgMapElement } from '../map/svg/toCanvas.ts';
import { useViewport } from '../map/viewport.ts';
import { legendKey } from '../map/Legend.tsx';
import { THEME_COLORS } from '../map/palette.ts';
import { subjectOf } from '../map/inset.ts';
import { selectionFrame, slideFrame } from '../map/useMapCamera.ts';
import { useAtlasLooks } from '../map/useMapLooks.ts';
import { useSpotlight } from '../map/useSpotlight.ts';
import { useAtlasStoreApi, useAtlas } from '../state/store.ts';
import { countryCaption } from './countryCaption.ts';
import { slideAt } from '../state/slides.ts';
import type { ExportText, LiveMap } from './exportImage.ts';
import { sourceLine } from '../panels/sourceLine.ts';

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

export function ExportButtons() {
  const map = useMap();
  // The SVG renderer has no MapLibre map, but a viewport (its projection) once it is drawn.
  const viewport = useViewport();
  const { index, geometry, micro, complete } = useAtlasData();
  const details = useDetailsStatus();
  // A slide's or an initiative's image names its sources, which arrive with the details a moment after the map.
  // If they cannot, the overview can still be saved, and the others say why not.
  const ready = (!!map || !!viewport) && (complete || details.failed !== null);
  // The same looks the map draws: fills, dimming and selection.
  const { fills: looks, states } = useAtlasLooks();
  const store = useAtlasStoreApi();
  const lang = useAtlas((s) => s.lang);
  const subject = subjectOf(
    useSpotlight(),
    useAtlas((s) => s.country),
  );
  const [busy, setBusy] = useState(false);

  const run = async (scale: number) => {
    if (busy) return;
    const svg = svgMapElement(document);
    const live: LiveMap | null = map
      ? { kind: 'webgl', map }
      : svg && viewport
        ? { kind: 'svg', svg, project: viewport.project }
        : null;
    if (!live) return;
    const s = store.getState();
    const theme = THEME_COLORS[s.theme];
    const slide = s.present ? slideAt(s.slide, s.deck) : null;
    const selected = s.country
      ? index.countries.get(s.country)?.name[lang]
      : s.initiative
        ? index.initiatives.get(s.initiative)?.name[lang]
        : undefined;
    const yearText = s.year !== null ? ` · ${s.year}` : '';
    const initiative = s.initiative ? index.initiatives.get(s.initiative) : undefined;
    if (!complete && (slide || initiative || s.country)) {
      s.say(t(lang, 'detailsFailed'), 'warning');
      return;
    }
    // A country's image says what that country is part of, and since when, with the sources of those facts.
    const country =
      !slide && s.country && index.countries.has(s.country) ? countryCaption(lang, s.country, s.year, index) : null;
    const text: ExportText = {
      title: slide ? slide.title[lang] : `${t(lang, 'appTitle')}${selected ? ` — ${selected}` : ''}${yearText}`,
      subtitle: slide ? `${t(lang, 'appTitle')}${selected ? ` — ${selected}` : ''}${yearText}` : t(lang, 'appSubtitle'),
      caption: slide
        ? slide.caption[lang]
        : country
          ? country.caption
          : initiative
            ? initiative.summary[lang]
            : t(lang, 'appSubtitle'),
      sources: slide
        ? sourceLine(lang, slide.sourceIds, index)
        : country
          ? country.sources
          : initiative
            ? sourceLine(lang, initiative.sourceIds, index)
            : t(lang, 'dataCredit'),
      legendTitle: t(lang, 'legendTitle'),
      // The same key as the on-screen legend, the United States' colour included.
      key: legendKey(lang, theme, index.data.memberships),
    };
    setBusy(true);
    try {
      // The drawing code is fetched on the first export: most visits never make one.
      const { download, exportImage } = await import('./exportImage.ts');
      const blob = await exportImage({
        live,
        // The view's own frame (a slide's, a selection's, the overview), not the screen's, which pads for its overlays.
        bounds: (slide ? slideFrame(slide, index, geometry) : selectionFrame(s.country, s.initiative, index, geometry))
          .target,
        subject,
        looks,
        states,
        theme,
        page: {
          bg: cssVar('--bg') || '#ffffff',
          text: cssVar('--text') || '#000000',
          muted: cssVar('--muted') || '#333333',
          line: cssVar('--line') || '#999999',
        },
        index,
        geometry,
        micro,
        lang,
        hidden: s.hidden,
        text,
        scale,
      });
      const name = `hemisphere-atlas-${slide ? slide.id : (s.country ?? s.initiative ?? 'overview').toLowerCase()}${scale > 1 ? '@2x' : ''}.png`;
      download(blob, name);
      s.say(tf(lang, 'exportDone', { file: name }));
    } catch (err) {
      s.say(`${t(lang, 'exportFailed')} (${(err as Error).message})`, 'warning');
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="export-buttons" role="group" aria-label={t(lang, 'exportImage')}>
      <button
        type="button"
        className="export-button"
        disabled={!ready || busy}
        onClick={() => void run(1)}
        title={t(lang, 'exportImageHint')}
        aria-busy={busy}
      >
        {busy ? t(lang, 'exporting') : t(lang, 'exportImage')}
      </button>
      <button type="button" className="export-button is-print" disabled={!ready || busy} onClick={() => void run(2)}>
        {t(lang, 'exportPrint')}
      </button>
    </div>
  );
}
