// The map for keyboards and screen readers. The canvas is a focusable
// application: arrow keys move a highlight from country to country (across
// borders, or to the nearest country that way for islands and micro-states),
// Enter selects, Shift+arrows pan, +/− zoom, Escape clears. MapLibre's own
// keyboard handler is switched off because it spends the plain arrows on panning.
// Also renders the map's text alternative.
import { useEffect, useRef } from 'react';
import { useAtlasData } from '../state/atlasContext.ts';
import { tf, t } from '../i18n/strings.ts';
import { useMap } from '../map/mapContext.ts';
import { prefersReducedMotion } from '../map/useMapCamera.ts';
import { useAtlas, useAtlasStoreApi } from '../state/store.ts';
import { stepFrom, type Direction } from '../data/adjacency.ts';
import { useAnnounce } from './announceContext.ts';
import { mapSummary } from './describe.ts';

const ARROWS: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
const PAN_PX = 120;
export const MAP_SUMMARY_ID = 'map-summary';

export function MapKeyboard() {
  const map = useMap();
  const { geometry, core: index } = useAtlasData(); // the first view's index: see Atlas.core
  const store = useAtlasStoreApi();
  const announce = useAnnounce();
  const lang = useAtlas((s) => s.lang);
  const year = useAtlas((s) => s.year);
  const focused = useRef<string | null>(null);

  // The canvas's name says how to use it; its description is the text alternative.
  useEffect(() => {
    if (!map) return;
    const canvas = map.getCanvas();
    canvas.setAttribute('role', 'application');
    canvas.setAttribute('aria-label', t(lang, 'mapKeysHint'));
    canvas.setAttribute('aria-describedby', MAP_SUMMARY_ID);
  }, [map, lang]);

  useEffect(() => {
    if (!map) return;
    map.keyboard.disable();
    const canvas = map.getCanvas();
    const centres = new Map([...geometry.labels].filter(([iso]) => index.countries.has(iso)));
    const names = (iso: string) => index.countries.get(iso)?.name[store.getState().lang] ?? iso;

    const highlight = (iso: string | null) => {
      focused.current = iso;
      canvas.dataset.focusedCountry = iso ?? '';
      // The store's own highlight, apart from the pointer's hover: the looks outline the country while either is on it.
      store.getState().setFocused(iso);
      if (!iso) return;
      const at = centres.get(iso);
      // Keep the highlighted country in view: pan to it when it is off screen.
      if (at && !map.getBounds().contains(at)) map.easeTo({ center: at, duration: prefersReducedMotion() ? 0 : 400 });
      announce(tf(store.getState().lang, 'focusedCountry', { name: names(iso) }));
    };

    /** Where the arrows start: the highlighted country, else the selected one, else the one nearest the centre of the view. */
    const start = (): string | null => {
      if (focused.current) return focused.current;
      const { country } = store.getState();
      if (country && centres.has(country)) return country;
      const c = map.getCenter();
      let best: string | null = null;
      let bestD = Infinity;
      for (const [iso, [lon, lat]] of centres) {
        const d = (lon - c.lng) ** 2 + (lat - c.lat) ** 2;
        if (d < bestD) [best, bestD] = [iso, d];
      }
      return best;
    };

    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const dir = ARROWS[e.key];
      const animate = !prefersReducedMotion();
      if (dir && e.shiftKey) {
        const [x, y] = { up: [0, -PAN_PX], down: [0, PAN_PX], left: [-PAN_PX, 0], right: [PAN_PX, 0] }[dir];
        map.panBy([x!, y!], { animate });
      } else if (dir) {
        const from = start();
        if (!from) return;
        // The first press lands on the starting country itself; later ones move.
        highlight(from === focused.current ? (stepFrom(from, dir, centres, geometry.neighbours) ?? from) : from);
      } else if (e.key === 'Enter' || e.key === ' ') {
        if (!focused.current) return;
        store.getState().selectCountry(focused.current, 'user-map');
      } else if (e.key === '+' || e.key === '=') map.zoomIn({ animate });
      else if (e.key === '-' || e.key === '_') map.zoomOut({ animate });
      else if (e.key === 'Escape') {
        highlight(null);
        store.getState().clearSelection();
      } else return;
      e.preventDefault();
      e.stopPropagation();
    };
    const onBlur = () => highlight(null);
    canvas.addEventListener('keydown', onKey);
    canvas.addEventListener('blur', onBlur);
    return () => {
      canvas.removeEventListener('keydown', onKey);
      canvas.removeEventListener('blur', onBlur);
      if (focused.current) highlight(null);
      map.keyboard.enable();
    };
  }, [map, geometry, index, store, announce]);

  return (
    <p id={MAP_SUMMARY_ID} className="visually-hidden">
      {mapSummary(index, lang, year)}
    </p>
  );
}
