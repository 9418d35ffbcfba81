// Stateless: numbered goals, large numbers in the initiative's colour.
import type { InitiativeId, Lang } from '../../data/types.ts';
import { INITIATIVE_INK } from '../../map/palette.ts';
import { Cite } from '../Citations.tsx';
import type { GoalSetView } from './derive.ts';

export function GoalCards({
  sets,
  initiative,
  lang,
  spanOf,
  notInForceLabel,
}: {
  sets: GoalSetView[];
  initiative: InitiativeId;
  lang: Lang;
  spanOf(view: GoalSetView): string;
  notInForceLabel: string | null;
}) {
  return (
    <div className="goal-cards">
      {sets.map((view) => (
        <div
          key={view.set.id}
          className={view.inForce ? 'goal-set' : 'goal-set is-not-in-force'}
          data-goal-set={view.set.id}
          data-in-force={view.inForce}
        >
          <h4 className="goal-set-label">
            {view.set.label[lang]} <span className="muted">({spanOf(view)})</span>
            <Cite record={view.set} />
          </h4>
          {!view.inForce && notInForceLabel && <p className="muted goal-note">{notInForceLabel}</p>}
          <ol className="goal-list">
            {view.goals.map((g) => (
              <li key={g.n} className="goal">
                <span
                  className="goal-n"
                  aria-hidden="true"
                  style={{ color: INITIATIVE_INK[initiative], borderColor: INITIATIVE_INK[initiative] }}
                >
                  {g.n}
                </span>
                <span className="goal-text">{g.text[lang]}</span>
              </li>
            ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
