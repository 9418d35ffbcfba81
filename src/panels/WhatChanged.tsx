// "What changed" between the compared year and the year shown: who joined an
// initiative, who is no longer listed, whose status changed, each change with
// the records (and so the sources) that show it. The map gives the same
// changes its cue (useSpotlight, CountryLabels).
import { useAtlasData } from '../state/atlasContext.ts';
import { CHANGE_KINDS, CHANGE_MARKS, changesBetween, type Change } from '../data/changes.ts';
import { LAST_YEAR, type Cited } from '../data/types.ts';
import { statusLabel, tf } from '../i18n/strings.ts';
import { INITIATIVE_COLORS } from '../map/palette.ts';
import { useAtlas } from '../state/store.ts';
import { Cite, SourceList } from './Citations.tsx';
import { useT } from './sections.tsx';

/** The two years compared: [from, to]; null when there is no comparison. */
export function useComparedYears(): [number, number] | null {
  const compare = useAtlas((s) => s.compare);
  const year = useAtlas((s) => s.year);
  return compare === null ? null : [compare, year ?? LAST_YEAR];
}

function ChangeItem({ change, from, to }: { change: Change; from: number; to: number }) {
  const { index } = useAtlasData();
  const { lang } = useT();
  const selectCountry = useAtlas((s) => s.selectCountry);
  const { before, after } = change;
  const what =
    change.kind === 'joined'
      ? tf(lang, 'changeJoinedItem', { status: statusLabel(lang, after!.status), to })
      : change.kind === 'left'
        ? tf(lang, 'changeLeftItem', { status: statusLabel(lang, before!.status), from, until: change.lastListed })
        : tf(lang, 'changeChangedItem', {
            before: statusLabel(lang, before!.status),
            after: statusLabel(lang, after!.status),
            from,
            to,
          });
  return (
    <li
      data-change={change.kind}
      data-country={change.country}
      data-initiative={change.initiative}
      style={{ borderLeftColor: INITIATIVE_COLORS[change.initiative] }}
    >
      <button type="button" className="link-button" onClick={() => selectCountry(change.country)}>
        {index.countries.get(change.country)?.name[lang] ?? change.country}
      </button>{' '}
      — {index.initiatives.get(change.initiative)!.shortName[lang]}: {what}
      {before && <Cite record={before.membership} />}
      {after && after.membership !== before?.membership && <Cite record={after.membership} />}
    </li>
  );
}

export function WhatChanged({ from, to }: { from: number; to: number }) {
  const { index } = useAtlasData();
  const { lang, t } = useT();
  const setView = useAtlas((s) => s.setView);
  const changes = changesBetween(index.memberships, from, to);
  const cited: Cited[] = changes.flatMap((c) =>
    [c.before?.membership, c.after?.membership].filter((m) => m !== undefined),
  );
  return (
    <>
      <p className="lede">{tf(lang, 'whatChangedLede', { from, to })}</p>
      <button type="button" onClick={() => setView({ compare: null })}>
        {t('stopComparing')}
      </button>
      {changes.length === 0 && <p>{tf(lang, 'noChanges', { from, to })}</p>}
      {CHANGE_KINDS.map((kind) => {
        const list = changes.filter((c) => c.kind === kind);
        if (list.length === 0) return null;
        return (
          <section key={kind} className="what-changed" aria-labelledby={`changes-${kind}`}>
            <h3 id={`changes-${kind}`}>
              <span aria-hidden="true">{CHANGE_MARKS[kind]} </span>
              {t(`change_${kind}`)} ({list.length})
            </h3>
            <ul className="change-list">
              {list.map((c) => (
                <ChangeItem key={`${c.country}-${c.initiative}`} change={c} from={from} to={to} />
              ))}
            </ul>
          </section>
        );
      })}
      <p className="muted later-note">{t('laterPeriodNote')}</p>
      <SourceList records={cited} />
    </>
  );
}
