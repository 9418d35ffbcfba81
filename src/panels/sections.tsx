// Building blocks shared by the country and initiative panels.
import { useAtlasData } from '../state/atlasContext.ts';
import type { Discrepancy, InitiativeId } from '../data/types.ts';
import { t } from '../i18n/strings.ts';
import { useAtlas } from '../state/store.ts';
import { Cite } from './Citations.tsx';
import { yearSpan } from './format.ts';

/** Goal sets newest first; the numbering is the sources' own. */
export function GoalSets({
  initiative,
  onlyLatest = false,
  headingLevel = 3,
  years,
  emptyText,
}: {
  initiative: InitiativeId;
  onlyLatest?: boolean;
  headingLevel?: 3 | 4;
  /** Only the sets in force some time in these years (a country's part in the initiative); last null: still going. */
  years?: { first: number; last: number | null };
  /** Said when no set is in force in those years. */
  emptyText?: string;
}) {
  const { index } = useAtlasData();
  const lang = useAtlas((s) => s.lang);
  const overlaps = (set: { firstYear: number; lastYear: number | null }) =>
    !years || (set.firstYear <= (years.last ?? Infinity) && (set.lastYear ?? Infinity) >= years.first);
  const sets = index.data.goalSets
    .filter((g) => g.initiative === initiative && overlaps(g))
    .sort((a, b) => (b.lastYear ?? 9999) - (a.lastYear ?? 9999) || b.firstYear - a.firstYear);
  const shown = onlyLatest ? sets.slice(0, 1) : sets;
  if (shown.length === 0 && emptyText) return <p className="muted">{emptyText}</p>;
  const H = headingLevel === 3 ? 'h4' : 'h5';
  return (
    <div className="goal-sets">
      {shown.map((set) => (
        <div key={set.id} className="goal-set" data-goal-set={set.id}>
          <H className="goal-set-label">
            {set.label[lang]} <span className="muted">({yearSpan(lang, { ...set, basis: 'calendar' })})</span>
            <Cite record={set} />
          </H>
          <ol className="goals">
            {set.goals.map((g, i) => (
              <li key={i}>{g[lang]}</li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}

/** The kinds of assistance an initiative gives, as chips (a country's panel; the initiative's has the matrix). */
export function AssistanceList({ initiative }: { initiative: InitiativeId }) {
  const { index } = useAtlasData();
  const lang = useAtlas((s) => s.lang);
  const items = index.data.assistance.filter((a) => a.initiative === initiative);
  return (
    <ul className="chips">
      {items.map((a) => (
        <li key={a.id} className="chip" title={a.detail[lang]}>
          {index.assistanceTypes.get(a.type)!.label[lang]}
          <Cite record={a} />
        </li>
      ))}
    </ul>
  );
}

/** Where the sources disagree: each position in its own words, with its own sources. */
export function DiscrepancyList({ items, heading }: { items: readonly Discrepancy[]; heading: 'h4' | 'h5' }) {
  const lang = useAtlas((s) => s.lang);
  const H = heading;
  return (
    <>
      {items.map((d) => (
        <div key={d.id} className="discrepancy" data-discrepancy={d.id}>
          <H>{d.topic[lang]}</H>
          <DiscrepancyPositions discrepancy={d} />
        </div>
      ))}
    </>
  );
}

/** Each side of a discrepancy in its own words, with its sources and quoted passage. */
export function DiscrepancyPositions({ discrepancy }: { discrepancy: Discrepancy }) {
  const lang = useAtlas((s) => s.lang);
  return (
    <ul className="discrepancy-positions">
      {discrepancy.positions.map((p, i) => (
        <li key={i}>
          {p.text[lang]}
          <Cite record={p} />
        </li>
      ))}
    </ul>
  );
}

export function useT() {
  const lang = useAtlas((s) => s.lang);
  return { lang, t: (key: Parameters<typeof t>[1]) => t(lang, key) };
}
