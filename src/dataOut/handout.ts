// What a one-page country handout says: the country's part in each initiative
// year by year, the goals and kinds of assistance of those initiatives, the
// funding figures that name the country (and how many more are regional), and
// every source it draws on. Pure: the page (Handout.tsx) only lays it out.
import { partsOf, statusFor, type AtlasIndex } from '../data/joins.ts';
import {
  FIRST_YEAR,
  LAST_YEAR,
  type Cited,
  type Funding,
  type InitiativeId,
  type Iso3,
  type Lang,
  type Membership,
  type Status,
} from '../data/types.ts';
import { deriveMatrix, typesOf } from '../panels/assistance/derive.ts';
import { deriveGoals } from '../panels/goals/derive.ts';
import { tableSources, type SourceOut } from './files.ts';
import { provenance } from './table.ts';

export interface HandoutInitiative {
  id: InitiativeId;
  name: string;
  /** Status in each year FIRST_YEAR…LAST_YEAR (null: not a member that year). */
  years: { year: number; status: Status | null }[];
  /** The records behind the statuses, oldest first. */
  records: Membership[];
  goalsLabel: string | null;
  goals: string[];
  assistance: string[];
  /** Figures whose recipient names this country. */
  funding: Funding[];
  /** Figures for a region the country is in (they name no single other country): counted, not listed. */
  regional: { count: number; fyFirst: number; fyLast: number } | null;
}

export interface HandoutData {
  iso: Iso3;
  name: string;
  /** The English name, as funding recipients are matched. */
  nameEn: string;
  sovereign: string | null;
  initiatives: HandoutInitiative[];
  sources: SourceOut[];
}

export const HANDOUT_YEARS: number[] = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

/** "Mexico, Central America and the Caribbean" → ["Mexico", "Central America", "the Caribbean"]. */
function recipientParts(recipient: string): string[] {
  return recipient.split(/,\s*|\s+and\s+/).map((s) => s.trim());
}

/** Countries the atlas lists with some data: a membership record. */
export function countriesWithData(index: AtlasIndex): Iso3[] {
  return [...index.memberships.keys()];
}

export function deriveHandout(index: AtlasIndex, lang: Lang, iso: Iso3): HandoutData | null {
  const country = index.countries.get(iso);
  if (!country) return null;
  const { data } = index;
  const matrix = deriveMatrix(data);
  const otherNames = new Set(data.countries.filter((c) => c.iso3 !== iso).map((c) => c.name.en));
  const cited: Cited[] = [];
  const initiatives = partsOf(index.memberships, iso, null).map(({ initiative: id }): HandoutInitiative => {
    const initiative = index.initiatives.get(id)!;
    const records = [...index.memberships.get(iso)!.get(id)!].sort((a, b) => a.firstYear - b.firstYear);
    const goalSets = deriveGoals(data, id, null);
    const goalSet = goalSets.find((g) => g.inForce) ?? goalSets[0];
    const figures = data.funding.filter((f) => f.initiative === id);
    const funding = figures.filter((f) => recipientParts(f.recipient.en).includes(country.name.en));
    const regional = figures.filter((f) => !funding.includes(f) && !otherNames.has(f.recipient.en));
    const assistance = data.assistance.filter((a) => a.initiative === id);
    cited.push(initiative, ...records, ...(goalSet ? [goalSet.set] : []), ...assistance, ...funding);
    return {
      id,
      name: initiative.name[lang],
      years: HANDOUT_YEARS.map((year) => ({ year, status: statusFor(records, year)?.status ?? null })),
      records,
      goalsLabel: goalSet ? goalSet.set.label[lang] : null,
      goals: goalSet ? goalSet.goals.map((g) => g.text[lang]) : [],
      assistance: typesOf(matrix, id).map((type) => index.assistanceTypes.get(type)?.label[lang] ?? type),
      funding,
      regional: regional.length
        ? {
            count: regional.length,
            fyFirst: Math.min(...regional.map((f) => f.fyFirst)),
            fyLast: Math.max(...regional.map((f) => f.fyLast)),
          }
        : null,
    };
  });
  const sovereign = country.sovereign ? (index.countries.get(country.sovereign)?.name[lang] ?? null) : null;
  const { sourceIds, quotes } = provenance(cited);
  const sources = tableSources(index, { name: iso, columns: [], rows: [{ cells: {}, sourceIds, quotes }] });
  return { iso, name: country.name[lang], nameEn: country.name.en, sovereign, initiatives, sources };
}
