// An initiative: its members, goals, assistance, headline funding and where the
// sources differ, every fact with its source.
import { useAtlasData } from '../app/atlasContext.ts';
import { membersOf } from '../data/joins.ts';
import type { Cited, InitiativeId } from '../data/types.ts';
import { statusLabel, t as tr } from '../i18n/strings.ts';
import { INITIATIVE_COLORS } from '../map/palette.ts';
import { useAtlas } from '../state/store.ts';
import { Cite, SourceList } from './Citations.tsx';
import { amountText, fySpan, yearSpan } from './format.ts';
import { AssistanceList, GoalSets, useT } from './sections.tsx';

export function InitiativeDetails({ id }: { id: InitiativeId }) {
  const { index } = useAtlasData();
  const { lang, t } = useT();
  const year = useAtlas((s) => s.year);
  const selectCountry = useAtlas((s) => s.selectCountry);
  const initiative = index.initiatives.get(id)!;
  const members = membersOf(index.memberships, id, year).sort((a, b) =>
    index.countries.get(a.membership.country)!.name[lang].localeCompare(index.countries.get(b.membership.country)!.name[lang], lang),
  );
  const goalSets = index.data.goalSets.filter((g) => g.initiative === id);
  const assistance = index.data.assistance.filter((a) => a.initiative === id);
  // The figures as the sources state them, newest span first; per-account rows are summed by the funding chart.
  const funding = index.data.funding
    .filter((f) => f.initiative === id)
    .sort((a, b) => b.fyLast - a.fyLast || b.fyFirst - a.fyFirst || a.account.localeCompare(b.account));
  const discrepancies = index.data.discrepancies.filter((d) => d.initiative === id);
  const cited: Cited[] = [initiative, ...members.map((m) => m.membership), ...goalSets, ...assistance, ...funding, ...discrepancies.flatMap((d) => d.positions)];

  return (
    <article className="details" aria-labelledby="details-title" style={{ borderTopColor: INITIATIVE_COLORS[id] }}>
      <h2 id="details-title" tabIndex={-1}>{initiative.name[lang]}</h2>
      <p className="lede">
        {initiative.summary[lang]}
        <Cite record={initiative} />
      </p>

      <h3>{t('members')} <span className="muted">({members.length}{year !== null ? `, ${year}` : ''})</span></h3>
      <ul className="members">
        {members.map((p) => (
          <li key={p.membership.country} className={`status-${p.status}`}>
            <button type="button" className="link-button" onClick={() => selectCountry(p.membership.country)}>
              {index.countries.get(p.membership.country)!.name[lang]}
            </button>{' '}
            <span className="status-badge">{statusLabel(lang, p.status)}</span>{' '}
            <span className="muted">{yearSpan(lang, p.membership)}</span>
            <Cite record={p.membership} />
          </li>
        ))}
      </ul>

      <h3>{t('goals')}</h3>
      <GoalSets initiative={id} />

      <h3>{t('assistance')}</h3>
      <AssistanceList initiative={id} />

      {funding.length > 0 && (
        <>
          <h3>{t('funding')}</h3>
          <p className="muted">{t('regionalMoney')}</p>
          <ul className="funding-list">
            {funding.map((f) => (
              <li key={f.id}>
                <strong>{amountText(lang, f)}</strong> · {fySpan(lang, f)}
                {f.account !== 'total' && ` · ${f.account}`} · {tr(lang, `kind_${f.kind}`)} · {f.recipient[lang]}
                {f.note && <span className="muted"> — {f.note[lang]}</span>}
                <Cite record={f} />
              </li>
            ))}
          </ul>
        </>
      )}

      {discrepancies.length > 0 && (
        <>
          <h3>{t('howSourcesDiffer')}</h3>
          {discrepancies.map((d) => (
            <div key={d.id} className="discrepancy">
              <h4>{d.topic[lang]}</h4>
              <ul>
                {d.positions.map((p, i) => (
                  <li key={i}>
                    {p.text[lang]}
                    <Cite record={p} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
      <SourceList records={cited} />
    </article>
  );
}
