// The goals panel: an initiative's goal sets, the current wording first, with
// the year the map shows marking which set held then.
import { useMemo } from 'react';
import { useAtlasData } from '../../state/atlasContext.ts';
import type { InitiativeId } from '../../data/types.ts';
import { tf } from '../../i18n/strings.ts';
import { useAtlas } from '../../state/store.ts';
import { ChartFrame } from '../chart/ChartFrame.tsx';
import { yearSpan } from '../format.ts';
import { useT } from '../sections.tsx';
import { deriveGoals } from './derive.ts';
import { GoalCards } from './GoalCards.tsx';

export function GoalsPanel({ initiative }: { initiative: InitiativeId }) {
  const { index } = useAtlasData();
  const { lang } = useT();
  const year = useAtlas((s) => s.year);
  const all = useMemo(() => deriveGoals(index.data, initiative, year), [index, initiative, year]);
  const name = index.initiatives.get(initiative)!.shortName[lang];
  const first = all[0];
  const summary = first
    ? tf(lang, 'goalsSummary', { name, n: first.goals.length, label: first.set.label[lang], sets: all.length })
    : tf(lang, 'goalsNone', { name });
  return (
    <ChartFrame panel="goals" title={tf(lang, 'goalsTitle', { name })} summary={summary}>
      <GoalCards
        sets={all}
        initiative={initiative}
        lang={lang}
        spanOf={(v) => yearSpan(lang, { ...v.set, basis: 'calendar' })}
        notInForceLabel={year === null ? tf(lang, 'goalsEarlier', {}) : tf(lang, 'goalsNotIn', { year })}
      />
    </ChartFrame>
  );
}
