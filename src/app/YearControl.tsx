// The year the map shows: a range slider over the years the data covers, with
// one more stop past the last for "All years", and a play button that steps
// through them. Scrubbing only replaces the URL entry (urlSync pushes selections only).
// Beside them, "What changed since": a year to compare the shown one with (`compare`).
// On a phone a list instead of the slider: a finger swiping across the header must never drag the year, and the
// list always shows its value.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { FIRST_YEAR, LAST_YEAR } from '../data/types.ts';
import { t } from '../i18n/strings.ts';
import { useAtlas } from '../state/store.ts';
import '../styles/yearControl.css';

/** The slider's stop past the last year, read as "All years" (year null). */
const ALL_STOP = LAST_YEAR + 1;
/** Time on each year while playing, in milliseconds; longer when the reader asks for less motion. */
const STEP_MS = 1100;
const STEP_MS_REDUCED = 2000;

const PHONE = '(max-width: 760px)';

/** Whether the screen is phone-sized, following rotation and resizing. */
function usePhone(): boolean {
  return useSyncExternalStore(
    (changed) => {
      const query = matchMedia(PHONE);
      query.addEventListener('change', changed);
      return () => query.removeEventListener('change', changed);
    },
    () => matchMedia(PHONE).matches,
    () => false,
  );
}

const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

function reducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function YearControl() {
  const lang = useAtlas((s) => s.lang);
  const year = useAtlas((s) => s.year);
  const setView = useAtlas((s) => s.setView);
  const [playing, setPlaying] = useState(false);
  const phone = usePhone();
  const stop = year ?? ALL_STOP;

  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(
      () => {
        if (year !== null && year >= LAST_YEAR) setPlaying(false);
        else setView({ year: year === null ? FIRST_YEAR : year + 1 });
      },
      reducedMotion() ? STEP_MS_REDUCED : STEP_MS,
    );
    return () => window.clearTimeout(timer);
  }, [playing, year, setView]);

  // Pressing play at the end (or on "All years") starts again from the first year.
  const togglePlay = () => {
    if (playing) return setPlaying(false);
    if (year === null || year >= LAST_YEAR) setView({ year: FIRST_YEAR });
    setPlaying(true);
  };
  const valueText = year === null ? t(lang, 'allYears') : String(year);
  const compare = useAtlas((s) => s.compare);

  return (
    <div className="year-control" role="group" aria-labelledby="year-control-label">
      <span id="year-control-label" className="year-control-label">
        {t(lang, 'year')}
      </span>
      <div className="year-control-row">
        <button
          type="button"
          className="year-play"
          onClick={togglePlay}
          aria-pressed={playing}
          aria-label={playing ? t(lang, 'pauseYears') : t(lang, 'playYears')}
          title={playing ? t(lang, 'pauseYears') : t(lang, 'playYears')}
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
        </button>
        {phone ? (
          <select
            className="year-select"
            value={stop}
            aria-labelledby="year-control-label"
            onChange={(e) => {
              const v = Number(e.target.value);
              setView({ year: v === ALL_STOP ? null : v });
            }}
          >
            <option value={ALL_STOP}>{t(lang, 'allYears')}</option>
            {YEARS.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        ) : (
          <>
            <input
              type="range"
              className="year-range"
              min={FIRST_YEAR}
              max={ALL_STOP}
              step={1}
              value={stop}
              aria-labelledby="year-control-label"
              aria-valuetext={valueText}
              onChange={(e) => {
                const v = Number(e.target.value);
                setView({ year: v === ALL_STOP ? null : v });
              }}
            />
            <output className="year-value" aria-live="polite">
              {valueText}
            </output>
          </>
        )}
        <label className="year-compare">
          <span>{t(lang, 'compareWith')}</span>
          <select
            value={compare ?? ''}
            onChange={(e) =>
              setView({
                compare: e.target.value === '' ? null : Number(e.target.value),
                country: null,
                initiative: null,
                panel: 'details',
              })
            }
          >
            {/* A dash for the eye, the word for screen readers: the header strip has no room to spare at 1024 px. */}
            <option value="" aria-label={t(lang, 'compareNone')}>
              —
            </option>
            {YEARS.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
