// The hover tooltip: follows the pointer imperatively, re-renders only when the
// country under the pointer changes. Not for fingers: a tap selects (the panel
// says the rest), and a tooltip left from the tap's emulated hover would stay
// on screen with nothing to dismiss it.
import { useEffect, useRef, useState } from 'react';
import { useAtlasData } from '../state/atlasContext.ts';
import { partsOf } from '../data/joins.ts';
import { statusLabel } from '../i18n/strings.ts';
import { useAtlas } from '../state/store.ts';
import { useViewport } from './viewport.ts';
import { INITIATIVE_COLORS } from './palette.ts';
import { t } from '../i18n/strings.ts';
import { COUNTERPART } from '../data/types.ts';

const OFFSET_PX = 14;

export function Tooltip() {
  const viewport = useViewport();
  const { core: index } = useAtlasData(); // the first view's index: see Atlas.core
  const hovered = useAtlas((s) => s.hovered);
  const lang = useAtlas((s) => s.lang);
  const year = useAtlas((s) => s.year);
  const box = useRef<HTMLDivElement>(null);
  const [touch, setTouch] = useState(false);

  useEffect(() => {
    if (!viewport) return;
    const canvas = viewport.element;
    const move = (e: PointerEvent) => {
      const el = box.current;
      if (!el) return;
      const rect = canvas.getBoundingClientRect();
      const x = e.clientX - rect.left;
      const y = e.clientY - rect.top;
      // Flip to the other side near the right and bottom edges so it stays on screen.
      const flipX = x + OFFSET_PX + el.offsetWidth > rect.width;
      const flipY = y + OFFSET_PX + el.offsetHeight > rect.height;
      const left = flipX ? x - OFFSET_PX - el.offsetWidth : x + OFFSET_PX;
      const top = flipY ? y - OFFSET_PX - el.offsetHeight : y + OFFSET_PX;
      el.style.transform = `translate(${Math.max(0, left)}px, ${Math.max(0, top)}px)`;
    };
    // A mouse moving over the map again (a laptop with a touch screen) brings the tooltip back.
    const byPointer = (e: PointerEvent) => setTouch(e.pointerType === 'touch');
    canvas.addEventListener('pointermove', move);
    canvas.addEventListener('pointerdown', byPointer);
    canvas.addEventListener('pointermove', byPointer);
    return () => {
      canvas.removeEventListener('pointermove', move);
      canvas.removeEventListener('pointerdown', byPointer);
      canvas.removeEventListener('pointermove', byPointer);
    };
  }, [viewport]);

  const country = hovered ? index.countries.get(hovered) : undefined;
  const parts = hovered ? partsOf(index.memberships, hovered, year) : [];
  return (
    <div ref={box} className="map-tooltip" role="tooltip" hidden={!country || touch}>
      {country && (
        <>
          <strong>{country.name[lang]}</strong>
          {hovered === COUNTERPART ? (
            <span className="tip-line">{t(lang, 'counterpartLegend')}</span>
          ) : parts.length === 0 ? (
            <span className="tip-line">{t(lang, 'noneLegend')}</span>
          ) : (
            parts.map((p) => (
              <span className="tip-line" key={p.initiative}>
                <i className="tip-swatch" style={{ background: INITIATIVE_COLORS[p.initiative] }} />
                {index.initiatives.get(p.initiative)!.shortName[lang]} · {statusLabel(lang, p.status)}
              </span>
            ))
          )}
        </>
      )}
    </div>
  );
}
