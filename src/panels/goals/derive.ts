// An initiative's goal sets as the sources word them: the set in force now
// first, earlier wordings after, each marked for whether it held in a given year.
import type { AtlasData, GoalSet, InitiativeId } from '../../data/types.ts';
import { LAST_YEAR } from '../../data/types.ts';

export interface GoalSetView {
  set: GoalSet;
  /** Numbered in the sources' own order, from 1. */
  goals: { n: number; text: GoalSet['goals'][number] }[];
  /** The set held in the year asked about (or runs to the end of the data when no year is asked). */
  inForce: boolean;
}

export function deriveGoals(data: AtlasData, initiative: InitiativeId, year: number | null): GoalSetView[] {
  return data.goalSets
    .filter((g) => g.initiative === initiative)
    .sort((a, b) => (b.lastYear ?? Infinity) - (a.lastYear ?? Infinity) || b.firstYear - a.firstYear)
    .map((set) => {
      const last = set.lastYear ?? LAST_YEAR;
      const inForce = year === null ? last >= LAST_YEAR : set.firstYear <= year && year <= last;
      return { set, goals: set.goals.map((text, i) => ({ n: i + 1, text })), inForce };
    });
}
