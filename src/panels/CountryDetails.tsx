// A country: each initiative it belongs to, with status, years, goals and
// assistance, every fact with its source. The panel (DetailsPanel) draws the
// article and its heading; this is what follows the heading.
import { useMemo } from 'react';
import { useAtlasData } from '../state/atlasContext.ts';
import { disputesIn } from '../data/disputes.ts';
import { partsOf } from '../data/joins.ts';
import { COUNTERPART, type Cited, type InitiativeId, type Iso3, type Membership } from '../data/types.ts';
import { participationLabel, statusLabel, tf } from '../i18n/strings.ts';
import { INITIATIVE_COLORS } from '../map/palette.ts';
import { useAtlas } from '../state/store.ts';
import { Cite, SourceList } from './Citations.tsx';
import { yearSpan } from './format.ts';
import { AssistanceMatrix, FundingChart, PartnersPanel, TimelinePanel } from './lazyParts.tsx';
import { deriveFunding, fundingRecords } from './funding/derive.ts';
import { FyText } from './FiscalYear.tsx';
import { AssistanceList, DiscrepancyList, GoalSets, useT } from './sections.tsx';

export function CountryDetails({ iso }: { iso: Iso3 }) {
  const { index } = useAtlasData();
  const { lang, t } = useT();
  const year = useAtlas((s) => s.year);
  const selectInitiative = useAtlas((s) => s.selectInitiative);
  const country = index.countries.get(iso)!;
  // What the country is part of now comes first; what it has left, after.
  const parts = partsOf(index.memberships, iso, year).sort(
    (a, b) => Number(a.status === 'former') - Number(b.status === 'former'),
  );
  // Stable between renders, so the charts' layouts are not rebuilt for nothing.
  const highlight: InitiativeId[] = useMemo(
    () => partsOf(index.memberships, iso, year).map((p) => p.initiative),
    [index, iso, year],
  );
  const cited: Cited[] = [];
  const disputes = disputesIn(index.data.discrepancies, year).get(iso) ?? [];
  const sovereign = country.sovereign ? index.countries.get(country.sovereign) : undefined;

  return (
    <>
      {sovereign && (
        <p className="muted">
          {t('territoryOf')} {sovereign.name[lang]}
        </p>
      )}
      {iso === COUNTERPART && <p className="lede">{t('counterpartText')}</p>}
      {iso !== COUNTERPART && parts.length === 0 && <p className="lede">{t('noInitiative')}</p>}
      {parts.map((part, i) => {
        const initiative = index.initiatives.get(part.initiative)!;
        const records = index.memberships.get(iso)!.get(part.initiative)!;
        cited.push(...records, initiative);
        for (const g of index.data.goalSets) if (g.initiative === part.initiative) cited.push(g);
        for (const a of index.data.assistance) if (a.initiative === part.initiative) cited.push(a);
        const disputed = disputes.filter((d) => d.initiative === part.initiative).map((d) => d.discrepancy);
        cited.push(...disputed.flatMap((d) => d.positions));
        return (
          <section
            key={part.initiative}
            className="membership"
            data-initiative={part.initiative}
            style={{ borderColor: INITIATIVE_COLORS[part.initiative] }}
          >
            <h3>
              <button type="button" className="link-button" onClick={() => selectInitiative(part.initiative)}>
                {initiative.name[lang]}
              </button>
            </h3>
            <p className={`status status-${part.status}`}>
              <span className="status-badge">{statusLabel(lang, part.status)}</span>
              {year !== null && <span className="muted"> ({year})</span>}
              {disputed.length > 0 && (
                <span className="dispute-flag">
                  {' '}
                  <span className="dispute-mark" aria-hidden="true">
                    ?
                  </span>{' '}
                  {t('disputed')}
                </span>
              )}
            </p>
            {disputed.length > 0 && (
              <div className="dispute-detail">
                <p>{t('disputedStatus')}</p>
                <DiscrepancyList items={disputed} heading="h4" />
              </div>
            )}
            <ul className="history">
              {records.map((m) => (
                <li key={m.id}>
                  <strong>
                    <FyText text={yearSpan(lang, m)} />
                  </strong>{' '}
                  · {statusLabel(lang, m.status)} ({participationLabel(lang, m.participation)}):{' '}
                  <FyText text={m.note[lang]} />
                  <Cite record={m} />
                </li>
              ))}
            </ul>
            <h4 id={i === 0 ? 'section-goals' : undefined}>{t('goals')}</h4>
            {/* Only the goals of the years the country took part: not a set adopted after it left. */}
            <GoalSets
              initiative={part.initiative}
              onlyLatest
              headingLevel={4}
              years={takingPart(records)}
              emptyText={tf(lang, 'goalsNotInYears', { name: country.name[lang] })}
            />
            <h4>{t('assistance')}</h4>
            <AssistanceList initiative={part.initiative} />
          </section>
        );
      })}
      {parts.length > 0 && (
        <>
          <AssistanceMatrix highlight={highlight} />
          <section id="section-funding" className="chart-group" aria-labelledby="country-funding-title">
            <h3 id="country-funding-title">{t('funding')}</h3>
            <p className="lede">{tf(lang, 'countryFundingNote', { name: country.name[lang] })}</p>
            {parts.map((part) => (
              <FundingChart key={part.initiative} initiative={part.initiative} regional panel={false} />
            ))}
          </section>
          <TimelinePanel highlight={highlight} />
          <PartnersPanel highlight={highlight} />
        </>
      )}
      <SourceList
        records={[
          ...cited,
          ...(parts.length > 0 ? index.data.assistance : []),
          ...parts.flatMap((p) => fundingCited(index.data, p.initiative)),
          ...(parts.length > 0 ? [...index.data.events, ...index.data.partners] : []),
        ]}
      />
    </>
  );
}

/** The years a country's records span, first to last (null: still going). */
function takingPart(records: readonly Membership[]): { first: number; last: number | null } {
  const lasts = records.map((m) => m.lastYear);
  return {
    first: Math.min(...records.map((m) => m.firstYear)),
    last: lasts.includes(null) ? null : Math.max(...(lasts as number[])),
  };
}

function fundingCited(
  data: Parameters<typeof deriveFunding>[0],
  initiative: Parameters<typeof deriveFunding>[1],
): Cited[] {
  const view = deriveFunding(data, initiative);
  return [...fundingRecords(view), ...view.discrepancies.flatMap((d) => d.positions)];
}
