// All initiatives side by side: members, goals, kinds of assistance, yearly
// appropriations and the years each runs, from the same derives as the panels.
import { lastYearOf, membersOf, type MembershipIndex } from '../../data/joins.ts';
import { INITIATIVE_IDS, LAST_YEAR, type AtlasData, type Cited, type InitiativeId } from '../../data/types.ts';
import { deriveMatrix, typesOf } from '../assistance/derive.ts';
import { deriveFunding, type Bar } from '../funding/derive.ts';
import { deriveGoals } from '../goals/derive.ts';

export interface CompareRow {
  initiative: InitiativeId;
  partners: number;
  observers: number;
  former: number;
  /** Goals in the set in force (the first set when none is). */
  goals: number;
  assistanceTypes: string[];
  bars: Bar[];
  /** Years the membership records span; lastYear null when they run past the data. */
  firstYear: number;
  lastYear: number | null;
  /** Everything the row shows, for the source list. */
  records: Cited[];
}

export function deriveCompare(data: AtlasData, memberships: MembershipIndex, year: number | null): CompareRow[] {
  const matrix = deriveMatrix(data);
  return INITIATIVE_IDS.map((initiative) => {
    const members = membersOf(memberships, initiative, year);
    const count = (status: string) => members.filter((m) => m.status === status).length;
    const goalSets = deriveGoals(data, initiative, year);
    const goalSet = goalSets.find((g) => g.inForce) ?? goalSets[0];
    const funding = deriveFunding(data, initiative);
    const spans = data.memberships.filter((m) => m.initiative === initiative);
    const first = Math.min(...spans.map((m) => m.firstYear));
    const last = Math.max(...spans.map(lastYearOf));
    const initiativeRecord = data.initiatives.find((i) => i.id === initiative)!;
    return {
      initiative,
      partners: count('partner'),
      observers: count('observer'),
      former: count('former'),
      goals: goalSet?.goals.length ?? 0,
      assistanceTypes: typesOf(matrix, initiative),
      bars: funding.bars,
      firstYear: Math.min(first, initiativeRecord.startYear),
      lastYear: last >= LAST_YEAR ? null : last,
      records: [
        initiativeRecord,
        ...members.map((m) => m.membership),
        ...(goalSet ? [goalSet.set] : []),
        ...data.assistance.filter((a) => a.initiative === initiative),
        ...funding.bars.flatMap((b) => b.segments.map((s) => s.record)),
      ],
    };
  });
}
