// An initiative: its members, goals, assistance, headline funding and where the
// sources differ, every fact with its source. The panel (DetailsPanel) draws the
// article and its heading; this is what follows the heading.
import { useMemo } from 'react';
import { useAtlasData } from '../state/atlasContext.ts';
import { membersOf } from '../data/joins.ts';
import type { Cited, InitiativeId } from '../data/types.ts';
import { statusLabel } from '../i18n/strings.ts';
import { useAtlas } from '../state/store.ts';
import { Cite, SourceList } from './Citations.tsx';
import { yearSpan } from './format.ts';
import { AssistanceMatrix, FundingChart, GoalsPanel, PartnersPanel, TimelinePanel } from './lazyParts.tsx';
import { deriveFunding, fundingRecords, isAboutMoney } from './funding/derive.ts';
import { SectionNav } from './SectionNav.tsx';
import { FyText } from './FiscalYear.tsx';
import { DiscrepancyList, useT } from './sections.tsx';

export function InitiativeDetails({ id }: { id: InitiativeId }) {
  const { index } = useAtlasData();
  const { lang, t } = useT();
  const year = useAtlas((s) => s.year);
  const selectCountry = useAtlas((s) => s.selectCountry);
  const initiative = index.initiatives.get(id)!;
  const members = membersOf(index.memberships, id, year).sort((a, b) =>
    index.countries
      .get(a.membership.country)!
      .name[lang].localeCompare(index.countries.get(b.membership.country)!.name[lang], lang),
  );
  const goalSets = index.data.goalSets.filter((g) => g.initiative === id);
  const funding = deriveFunding(index.data, id);
  const highlight = useMemo(() => [id], [id]);
  // Money disagreements sit beside the funding chart; the rest are listed at the end.
  const discrepancies = index.data.discrepancies.filter((d) => d.initiative === id && !isAboutMoney(d));
  // The assistance matrix shows every initiative's cells, so all of them are cited here.
  const cited: Cited[] = [
    initiative,
    ...members.map((m) => m.membership),
    ...goalSets,
    ...index.data.assistance,
    ...fundingRecords(funding),
    ...funding.discrepancies.flatMap((d) => d.positions),
    ...discrepancies.flatMap((d) => d.positions),
    ...index.data.events,
    ...index.data.partners,
  ];

  return (
    <>
      <p className="lede">
        <FyText text={initiative.summary[lang]} />
        <Cite record={initiative} />
      </p>
      <SectionNav />

      <h3>
        {t('members')}{' '}
        <span className="muted">
          ({members.length}
          {year !== null ? `, ${year}` : ''})
        </span>
      </h3>
      <ul className="members">
        {members.map((p) => (
          <li key={p.membership.country} className={`status-${p.status}`}>
            <button type="button" className="link-button" onClick={() => selectCountry(p.membership.country)}>
              {index.countries.get(p.membership.country)!.name[lang]}
            </button>{' '}
            <span className="status-badge">{statusLabel(lang, p.status)}</span>{' '}
            <span className="muted">
              <FyText text={yearSpan(lang, p.membership)} />
            </span>
            <Cite record={p.membership} />
          </li>
        ))}
      </ul>

      <GoalsPanel initiative={id} />
      <AssistanceMatrix highlight={highlight} />
      <FundingChart initiative={id} />
      <TimelinePanel highlight={highlight} />
      <PartnersPanel highlight={highlight} />

      {discrepancies.length > 0 && (
        <>
          <h3>{t('howSourcesDiffer')}</h3>
          <DiscrepancyList items={discrepancies} heading="h4" />
        </>
      )}
      <SourceList records={cited} />
    </>
  );
}
