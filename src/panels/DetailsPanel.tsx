// The side panel: the selected country or initiative, or an overview. Focus
// moves to its heading when a selection is made from outside the panel.
//
// A click answers at once: the new heading is committed first, in the same
// article and heading element (so focus moved there stays), and the body — text,
// citations, charts — follows in a deferred render React can interrupt.
import { useDeferredValue, useEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { useAtlasData, useDetailsStatus } from '../state/atlasContext.ts';
import { membersOf } from '../data/joins.ts';
import { INITIATIVE_IDS, STATUSES } from '../data/types.ts';
import { countLabel, tf } from '../i18n/strings.ts';
import { INITIATIVE_COLORS } from '../map/palette.ts';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { useAtlas, useAtlasStoreApi } from '../state/store.ts';
import { CountryDetails } from './CountryDetails.tsx';
import { CompareView } from './lazyParts.tsx';
import { InitiativeDetails } from './InitiativeDetails.tsx';
import { SectionNav } from './SectionNav.tsx';
import { useComparedYears, WhatChanged } from './WhatChanged.tsx';
import { DiscrepancyList, useT } from './sections.tsx';
import { SourceList } from './Citations.tsx';

/** Scroll offsets of the details at which a reader counts as reading them, and no longer, CSS pixels. */
const READING_FROM_PX = 64;
const READING_UNTIL_PX = 8;

function Overview() {
  const { index } = useAtlasData();
  const { lang, t } = useT();
  const selectInitiative = useAtlas((s) => s.selectInitiative);
  return (
    <article className="details" aria-labelledby="details-title">
      <h2 id="details-title" tabIndex={-1}>
        {t('overviewHeading')}
      </h2>
      <p className="lede">{t('panelHint')}</p>
      <SectionNav sections={[]} />
      <p className="muted later-note">{t('laterPeriodNote')}</p>
      <h3>{t('initiativesHeading')}</h3>
      <ul className="initiative-cards">
        {INITIATIVE_IDS.map((id) => {
          const initiative = index.initiatives.get(id)!;
          const members = membersOf(index.memberships, id, null);
          const counts = STATUSES.map(
            (status) => [status, members.filter((p) => p.status === status).length] as const,
          ).filter(([, n]) => n > 0);
          return (
            <li key={id} style={{ borderLeftColor: INITIATIVE_COLORS[id] }}>
              <button type="button" className="card-button" onClick={() => selectInitiative(id)}>
                <strong>{initiative.name[lang]}</strong>
                <span className="muted">{counts.map(([status, n]) => countLabel(lang, status, n)).join(' · ')}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <AfterTheData />
    </article>
  );
}

/**
 * What the sources say about U.S. assistance after the data's last year, across the initiatives (the discrepancies
 * that name no initiative), each side quoted and cited: the record is thin there, and the panel says so.
 */
function AfterTheData() {
  const { index, complete } = useAtlasData();
  const { t } = useT();
  const items = index.data.discrepancies.filter((d) => d.initiative === undefined);
  if (!complete || items.length === 0) return null;
  return (
    <section className="after-the-data" aria-labelledby="after-the-data">
      <h3 id="after-the-data">{t('afterTheDataHeading')}</h3>
      <p className="muted">{t('afterTheDataLede')}</p>
      <DiscrepancyList items={items} heading="h4" />
      <SourceList records={items.flatMap((d) => d.positions)} />
    </section>
  );
}

/**
 * The article and heading of a selection; its body once the deferred render has caught up with it and the
 * atlas's details have arrived, or what went wrong with them.
 */
function Selected({
  title,
  className = 'details',
  style,
  pending,
  children,
}: {
  title: string;
  className?: string;
  style?: CSSProperties;
  pending: boolean;
  children: ReactNode;
}) {
  const { complete } = useAtlasData();
  const { failed, retry } = useDetailsStatus();
  const { t } = useT();
  const waiting = pending || (!complete && !failed);
  return (
    <article className={className} aria-labelledby="details-title" aria-busy={waiting || undefined} style={style}>
      <h2 id="details-title" tabIndex={-1}>
        {title}
      </h2>
      {!complete && failed ? (
        <div className="details-failed" role="alert">
          <p>{t('detailsFailed')}</p>
          <p className="muted">{failed}</p>
          {/* The button goes away with the failure: focus waits on the heading, as after a selection. */}
          <button
            type="button"
            onClick={() => {
              document.getElementById('details-title')?.focus();
              retry();
            }}
          >
            {t('retry')}
          </button>
        </div>
      ) : (
        !waiting && children
      )}
    </article>
  );
}

export function DetailsPanel() {
  const country = useAtlas((s) => s.country);
  const initiative = useAtlas((s) => s.initiative);
  const { lang, t } = useT();
  const { index, complete } = useAtlasData();
  const clearSelection = useAtlas((s) => s.clearSelection);
  const panel = useRef<HTMLElement>(null);
  const store = useAtlasStoreApi();

  const section = useAtlas((s) => s.panel);
  // What the body shows lags behind the selection by one (interruptible) render.
  const selected =
    country && index.countries.has(country) ? `country:${country}` : initiative ? `initiative:${initiative}` : '';
  const bodyFor = useDeferredValue(selected);
  const pending = bodyFor !== selected;
  const compared = useComparedYears();

  // Scrolled in past the heading: reading (a phone's header folds away, app.css); back near the top: not. The gap
  // between the two keeps the header from flapping as the panel's height changes with it.
  const onScroll = () => {
    const top = panel.current?.scrollTop ?? 0;
    const reading = store.getState().readingDetails;
    if (!reading && top > READING_FROM_PX) store.setState({ readingDetails: true });
    else if (reading && top < READING_UNTIL_PX) store.setState({ readingDetails: false });
  };

  // New selection: back to the top, so the heading is what a reader sees first,
  // unless the view asks for a section: then that section.
  useEffect(() => {
    const el = panel.current;
    if (!el) return;
    const named = section === 'details' || section === 'compare' ? null : `#section-${section}`;
    // Charts still loading (src/app/lazyParts.tsx) would move the section when they arrive: wait for them all.
    const find = () => (named && !el.querySelector('.part-loading') ? el.querySelector<HTMLElement>(named) : null);
    const target = find();
    let frame = 0;
    // After the next frame: the charts re-render once they have measured their width, which moves the sections.
    const scrollTo = (to: HTMLElement) => {
      frame = requestAnimationFrame(() => {
        const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
        to.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
      });
    };
    if (target) scrollTo(target);
    // Not `return el.scrollTo(…)`: newer Chromium returns a promise from scrollTo, which React would take for a cleanup.
    else el.scrollTo({ top: 0 });
    const waiting =
      named && !target
        ? new MutationObserver(() => {
            const arrived = find();
            if (!arrived) return;
            waiting?.disconnect();
            scrollTo(arrived);
          })
        : null;
    waiting?.observe(el, { childList: true, subtree: true });
    return () => {
      waiting?.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [country, initiative, section]);

  return (
    <aside
      ref={panel}
      id="details"
      className={section === 'compare' ? 'panel is-wide' : 'panel'}
      aria-label={t('detailsLabel')}
      tabIndex={-1}
      onScroll={onScroll}
    >
      {(country || initiative) && (
        <button
          type="button"
          className="panel-close"
          onClick={clearSelection}
          aria-label={t('clearSelection')}
          title={t('clearSelection')}
        >
          ×
        </button>
      )}
      <ErrorBoundary label={t('detailsLabel')} retryLabel={t('retry')}>
        {section === 'compare' && !complete ? (
          <Selected title={t('compareTitle')} className="details compare" pending>
            {null}
          </Selected>
        ) : section === 'compare' ? (
          <CompareView />
        ) : country && index.countries.has(country) ? (
          <Selected title={index.countries.get(country)!.name[lang]} pending={pending}>
            <CountryDetails iso={country} />
          </Selected>
        ) : initiative ? (
          <Selected
            title={index.initiatives.get(initiative)!.name[lang]}
            style={{ borderTopColor: INITIATIVE_COLORS[initiative] }}
            pending={pending}
          >
            <InitiativeDetails id={initiative} />
          </Selected>
        ) : compared ? (
          <Selected
            title={tf(lang, 'whatChangedTitle', { from: compared[0], to: compared[1] })}
            className="details changes"
            pending={false}
          >
            <WhatChanged from={compared[0]} to={compared[1]} />
          </Selected>
        ) : (
          <Overview />
        )}
      </ErrorBoundary>
    </aside>
  );
}
