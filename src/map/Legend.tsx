// The legend: one entry per initiative (select it, or show/hide it on the map)
// and a key to the looks, drawn with the same palette and patterns as the map.
import { useState } from 'react';
import { useAtlasData } from '../state/atlasContext.ts';
import { INITIATIVE_IDS } from '../data/types.ts';
import { t } from '../i18n/strings.ts';
import { useAtlas } from '../state/store.ts';
import type { Lang, Membership } from '../data/types.ts';
import { INITIATIVE_COLORS, paleOf, THEME_COLORS, type Look, type ThemeColors } from './palette.ts';
import { patternUrl } from './patterns.ts';
import '../styles/a11y.css';

/**
 * Phones fold the legend away at first: open, it would cover most of a 375 px map. So does a projector at
 * 1024×768 outside presentation mode (its large type makes the legend cover Mexico and Central America);
 * presenting, the legend has its own place.
 */
const PHONE_QUERY = '(max-width: 760px)';
const PROJECTOR_SMALL_QUERY = '(max-width: 1100px)';
function startsOpen(theme: string, presenting: boolean): boolean {
  if (typeof matchMedia !== 'function') return true;
  if (matchMedia(PHONE_QUERY).matches) return false;
  return !(theme === 'projector' && !presenting && matchMedia(PROJECTOR_SMALL_QUERY).matches);
}

/**
 * The key to the map's looks, label and look, in the legend's order: the legend and the exported image show it. A look
 * no record can have (observers, when the data holds none) is left out.
 */
export function legendKey(
  lang: Lang,
  theme: ThemeColors,
  memberships: readonly Pick<Membership, 'status'>[],
): [string, Look | string][] {
  const observers = memberships.some((m) => m.status === 'observer');
  return [
    [
      t(lang, 'severalInitiatives'),
      {
        kind: 'pattern',
        id: 'k1',
        bands: [
          { color: INITIATIVE_COLORS.carsi, tone: 'full' },
          { color: INITIATIVE_COLORS.cbsi, tone: 'full' },
        ],
      },
    ],
    ...(observers
      ? [
          [
            t(lang, 'observerLegend'),
            { kind: 'pattern', id: 'k2', bands: [{ color: INITIATIVE_COLORS.cbsi, tone: 'hatch' }] },
          ] satisfies [string, Look],
        ]
      : []),
    [t(lang, 'formerLegend'), paleOf(INITIATIVE_COLORS.merida, theme.land)],
    [t(lang, 'noneLegend'), theme.land],
    [t(lang, 'counterpartLegend'), theme.counterpart],
  ];
}

export function Legend() {
  const { core: index } = useAtlasData(); // the first view's index: see Atlas.core
  const lang = useAtlas((s) => s.lang);
  const themeName = useAtlas((s) => s.theme);
  const hidden = useAtlas((s) => s.hidden);
  const selected = useAtlas((s) => s.initiative);
  const selectInitiative = useAtlas((s) => s.selectInitiative);
  const toggleHidden = useAtlas((s) => s.toggleHidden);
  const theme = THEME_COLORS[themeName];
  const presenting = useAtlas((s) => s.present && !s.embed);
  const [open, setOpen] = useState(() => startsOpen(themeName, presenting));

  const key = legendKey(lang, theme, index.data.memberships);

  return (
    <section className={open ? 'legend' : 'legend is-folded'} aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend-heading">
        <button
          type="button"
          className="legend-fold"
          aria-expanded={open}
          aria-controls="legend-body"
          onClick={() => setOpen((o) => !o)}
        >
          <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true">
            <path d="M1 3l5 6 5-6z" fill="currentColor" />
          </svg>
          {t(lang, 'legendTitle')}
        </button>
      </h2>
      <div id="legend-body" hidden={!open}>
        <ul className="legend-list">
          {INITIATIVE_IDS.map((id) => {
            const initiative = index.initiatives.get(id)!;
            const isHidden = hidden.includes(id);
            return (
              <li key={id} className={isHidden ? 'legend-item is-hidden' : 'legend-item'}>
                <button
                  type="button"
                  className="legend-select"
                  aria-current={selected === id ? 'true' : undefined}
                  onClick={() => selectInitiative(selected === id ? null : id)}
                >
                  <i className="swatch" style={{ background: INITIATIVE_COLORS[id] }} aria-hidden="true" />
                  <span>{initiative.shortName[lang]}</span>
                </button>
                <button
                  type="button"
                  className="legend-toggle"
                  aria-pressed={!isHidden}
                  title={`${isHidden ? t(lang, 'show') : t(lang, 'hide')} ${initiative.shortName[lang]} ${t(lang, 'onMap')}`}
                  onClick={() => toggleHidden(id)}
                >
                  <span className="visually-hidden">{`${initiative.shortName[lang]} ${t(lang, 'onMap')}`}</span>
                  <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
                    <path
                      d="M12 5C6 5 2 12 2 12s4 7 10 7 10-7 10-7-4-7-10-7Zm0 11a4 4 0 1 1 0-8 4 4 0 0 1 0 8Z"
                      fill="currentColor"
                    />
                    {isHidden && <path d="M3 3l18 18" stroke="currentColor" strokeWidth="2.5" />}
                  </svg>
                </button>
              </li>
            );
          })}
        </ul>
        <ul className="legend-key">
          {key.map(([label, look]) => (
            <li key={label}>
              <i className="swatch" aria-hidden="true" style={{ background: swatchCss(look, theme.land) }} />
              {label}
            </li>
          ))}
          <li>
            <span className="dispute-mark" aria-hidden="true">
              ?
            </span>{' '}
            {t(lang, 'disputedLegend')}
          </li>
        </ul>
      </div>
    </section>
  );
}

/** A key's swatch as a CSS background: its colour, or the map's own stripe tile (patterns.ts). */
function swatchCss(look: Look | string, land: string): string {
  if (typeof look === 'string') return look;
  if (look.kind === 'none') return land;
  if (look.kind === 'solid') return look.color;
  const { url, size } = patternUrl(look, land);
  return `url(${url}) 0 0 / ${size}px ${size}px`;
}
