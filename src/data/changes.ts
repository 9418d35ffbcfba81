// "What changed" between two years: who joined an initiative, who is no longer
// listed in one, and whose status changed, each change with the records that
// show it (so the panel can cite them). Pure: the panel, the map's cue and the
// unit tests all call it.
import { lastYearOf, statusFor, type MembershipIndex, type Part } from './joins.ts';
import { INITIATIVE_IDS, type InitiativeId, type Iso3 } from './types.ts';

export const CHANGE_KINDS = ['joined', 'left', 'changed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The mark a change carries on the map and in the list: a symbol, the same in every language. */
export const CHANGE_MARKS: Record<ChangeKind, string> = { joined: '+', left: '−', changed: '↔' };

export interface Change {
  country: Iso3;
  initiative: InitiativeId;
  kind: ChangeKind;
  /** The country's part in the initiative in the earlier year (null: none). */
  before: Part | null;
  /** …and in the later year. */
  after: Part | null;
  /** The last year any of the pair's records reaches by the later year: where a "no longer listed" country's sources stop. */
  lastListed: number;
}

/** In the initiative that year: a partner or an observer. A span that ended reads as "former", which is not a part. */
const active = (p: Part | null): p is Part => p !== null && p.status !== 'former';

/** Every change from the year `from` to the year `to`, in initiative order, then by the kind of change. */
export function changesBetween(index: MembershipIndex, from: number, to: number): Change[] {
  const out: Change[] = [];
  for (const [country, byInit] of index) {
    for (const [initiative, records] of byInit) {
      const before = statusFor(records, from);
      const after = statusFor(records, to);
      const kind: ChangeKind | null =
        !active(before) && active(after)
          ? 'joined'
          : active(before) && !active(after)
            ? 'left'
            : active(before) && active(after) && before.status !== after.status
              ? 'changed'
              : null;
      const lastListed = Math.max(...records.filter((m) => m.firstYear <= Math.max(from, to)).map(lastYearOf));
      if (kind)
        out.push({
          country,
          initiative,
          kind,
          before: active(before) ? before : null,
          after: active(after) ? after : null,
          lastListed,
        });
    }
  }
  const order = (c: Change) => INITIATIVE_IDS.indexOf(c.initiative) * 10 + CHANGE_KINDS.indexOf(c.kind);
  return out.sort((a, b) => order(a) - order(b));
}
