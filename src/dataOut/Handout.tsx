// The one-page country handout: printed (or saved as PDF) from the Download
// dialog. Mounted in a sheet of its own beside the app while it prints; the
// print rules (handout.css) show that sheet alone, on a portrait page of its
// own. If the content is taller than a Letter page (the shorter of Letter and
// A4), it is zoomed to fit: one page is the promise.
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useAtlasData } from '../state/atlasContext.ts';
import type { Lang, Status } from '../data/types.ts';
import { statusLabel, t, tf } from '../i18n/strings.ts';
import { INITIATIVE_COLORS } from '../map/palette.ts';
import { amountText, fySpan, yearSpan } from '../panels/format.ts';
import { longDate } from './citation.ts';
import { countriesWithData, deriveHandout, HANDOUT_YEARS, type HandoutData } from './handout.ts';
import { LocatorMap } from './LocatorMap.tsx';
import { DATA_VERSION } from './version.ts';
import './handout.css';

/** The printable area of a Letter page (279.4 mm) less the 12 mm margins (handout.css), in CSS pixels. */
const PAGE_HEIGHT_PX = ((279.4 - 2 * 12) * 96) / 25.4;
/** Short status codes, in the table's cells: readable on a black-and-white print. */
const STATUS_ORDER: Status[] = ['partner', 'observer', 'former'];

function codes(lang: Lang): Record<Status, string> {
  const letters = t(lang, 'handoutCodes').split(' ');
  return Object.fromEntries(STATUS_ORDER.map((s, i) => [s, letters[i] ?? ''])) as Record<Status, string>;
}

function StatusTable({ handout, lang }: { handout: HandoutData; lang: Lang }) {
  const code = codes(lang);
  return (
    <table className="handout-years">
      <caption>{t(lang, 'handoutStatusTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t(lang, 'legendTitle')}</th>
          {HANDOUT_YEARS.map((y) => (
            <th key={y} scope="col">
              {String(y).slice(2)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {handout.initiatives.map((i) => (
          <tr key={i.id}>
            <th scope="row">{i.name}</th>
            {i.years.map(({ year, status }) => (
              <td
                key={year}
                className={status ? `is-${status}` : undefined}
                style={status ? { ['--c' as string]: INITIATIVE_COLORS[i.id] } : undefined}
                title={status ? statusLabel(lang, status) : undefined}
              >
                {status ? code[status] : ''}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function HandoutSheet({ handout, lang, url }: { handout: HandoutData; lang: Lang; url: string }) {
  const { geometry, index } = useAtlasData();
  const framed = useMemo(() => countriesWithData(index), [index]);
  return (
    <article className="handout" lang={lang}>
      <header className="handout-head">
        <div>
          <p className="handout-kicker">
            {t(lang, 'appTitle')} · {t(lang, 'handoutSubtitle')}
          </p>
          <h1>{handout.name}</h1>
          {handout.sovereign && (
            <p className="handout-muted">
              {t(lang, 'territoryOf')} {handout.sovereign}
            </p>
          )}
          <p className="handout-muted">{t(lang, 'appSubtitle')}</p>
        </div>
        <LocatorMap
          geometry={geometry}
          framed={framed}
          iso={handout.iso}
          label={tf(lang, 'handoutLocator', { name: handout.name })}
        />
      </header>
      <StatusTable handout={handout} lang={lang} />
      <p className="handout-muted handout-key">{t(lang, 'handoutKey')}</p>
      <div className="handout-initiatives">
        {handout.initiatives.map((i) => (
          <section key={i.id} className="handout-initiative" style={{ borderColor: INITIATIVE_COLORS[i.id] }}>
            <h2>{i.name}</h2>
            <ul>
              {i.records.map((m) => (
                <li key={m.id}>
                  <strong>{yearSpan(lang, m)}</strong> · {statusLabel(lang, m.status)}: {m.note[lang]}
                </li>
              ))}
            </ul>
            {i.goals.length > 0 && (
              <>
                <h3>
                  {t(lang, 'goals')} <span className="handout-muted">({i.goalsLabel})</span>
                </h3>
                <ol>
                  {i.goals.map((g) => (
                    <li key={g}>{g}</li>
                  ))}
                </ol>
              </>
            )}
            {i.assistance.length > 0 && (
              <p>
                <strong>{t(lang, 'assistance')}:</strong> {i.assistance.join(', ')}
              </p>
            )}
            {(i.funding.length > 0 || i.regional) && (
              <>
                <h3>{t(lang, 'handoutFunding')}</h3>
                <ul>
                  {i.funding.map((f) => (
                    <li key={f.id}>
                      {f.recipient.en === handout.nameEn ? '' : `${f.recipient[lang]} · `}
                      {fySpan(lang, f)} · {amountText(lang, f)} ({t(lang, `kind_${f.kind}`)})
                    </li>
                  ))}
                  {i.regional && (
                    <li className="handout-muted">
                      {tf(lang, 'handoutRegional', {
                        count: i.regional.count,
                        span: fySpan(lang, { fyFirst: i.regional.fyFirst, fyLast: i.regional.fyLast }),
                      })}
                    </li>
                  )}
                </ul>
              </>
            )}
          </section>
        ))}
      </div>
      <section className="handout-sources">
        <h2>{t(lang, 'handoutSources')}</h2>
        <ol>
          {handout.sources.map((s) => (
            <li key={s.id}>
              {s.publisher ? `${s.publisher}. ` : ''}
              <cite>{s.title}</cite>
              {s.date ? ` (${s.date})` : ''}
              {s.docNumber ? `, ${s.docNumber}` : ''}
              {s.url ? (
                <>
                  {'. '}
                  <a href={s.url}>{s.url}</a>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      <footer className="handout-muted">
        {tf(lang, 'handoutFooter', {
          atlas: t(lang, 'appTitle'),
          version: DATA_VERSION,
          date: longDate(lang, new Date()),
          url,
        })}
      </footer>
    </article>
  );
}

/**
 * The handout for `iso`, in a sheet appended to <body>: on screen it is inert and out of sight; `ready` runs once it
 * is laid out and fitted to the page, which is when printing may start.
 */
export function Handout({ iso, lang, url, onReady }: { iso: string; lang: Lang; url: string; onReady: () => void }) {
  const { index } = useAtlasData();
  const handout = useMemo(() => deriveHandout(index, lang, iso), [index, lang, iso]);
  const sheet = useRef<HTMLDivElement>(null);
  const [zoom, setZoom] = useState<number | null>(null);

  useLayoutEffect(() => {
    const el = sheet.current;
    if (!el) return;
    el.style.zoom = '1';
    const height = el.scrollHeight;
    const fit = Math.min(1, PAGE_HEIGHT_PX / height);
    // A little under the exact fit: rounding in the print layout must not spill one line onto a second page.
    const next = fit < 1 ? Math.floor(fit * 98) / 100 : 1;
    el.style.zoom = String(next);
    setZoom(next);
  }, [handout]);

  useLayoutEffect(() => {
    if (zoom !== null) onReady();
  }, [zoom, handout, onReady]);

  if (!handout) return null;
  return createPortal(
    <div
      ref={sheet}
      className="handout-sheet"
      inert
      data-handout={iso}
      data-handout-ready={zoom !== null ? 'true' : undefined}
    >
      <HandoutSheet handout={handout} lang={lang} url={url} />
    </div>,
    document.body,
  );
}
