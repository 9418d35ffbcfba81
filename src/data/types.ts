// The shapes of the files under data/. Every file is validated against these
// types by validate.ts, at build time (vite plugin) and in the unit tests.

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** Text in every language the atlas ships. A missing language is a validation error. */
export type Text = Record<Lang, string>;

export const INITIATIVE_IDS = ['merida', 'carsi', 'cbsi', 'colombia', 'andean'] as const;
export type InitiativeId = (typeof INITIATIVE_IDS)[number];

/** ISO 3166-1 alpha-3 code, upper case, e.g. "HND". */
export type Iso3 = string;

export type SourceKind = 'seed' | 'research';

/** A document a fact comes from: a seed page in shared/seeds or a source listed in shared/research/facts.md. */
export interface Source {
  id: string;
  kind: SourceKind;
  title: string;
  publisher: string;
  /** The date as printed in the document, e.g. "November 4, 2011", or "undated". */
  date: string;
  /** Link to the document where one exists. */
  url?: string;
  /** Report or document number, e.g. "GAO-13-295R". */
  docNumber?: string;
  /** For seeds: the file name in shared/seeds. */
  seedFile?: string;
}

/** Anything shown to a user as a fact carries at least one source id. */
export interface Cited {
  sourceIds: string[];
  /** Short quotation from the source that supports the record, in the source's language. */
  quote?: string;
}

export interface Country {
  iso3: Iso3;
  name: Text;
  kind: 'country' | 'territory';
  /** For territories: the ISO3 of the sovereign state. */
  sovereign?: Iso3;
  region: 'north-america' | 'central-america' | 'caribbean' | 'south-america';
  /** Too small to see or click at the regional view: drawn with a marker as well. */
  micro: boolean;
}

export interface Initiative extends Cited {
  id: InitiativeId;
  name: Text;
  shortName: Text;
  summary: Text;
  /** First year of the initiative as the sources date it. */
  startYear: number;
}

export const STATUSES = ['partner', 'observer', 'former'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * One country's part in one initiative over a span of years (calendar or fiscal
 * years as the source gives them; `basis` says which). A country can have several
 * records for one initiative where its status changed or sources differ.
 */
export interface Membership extends Cited {
  id: string;
  country: Iso3;
  initiative: InitiativeId;
  status: Status;
  firstYear: number;
  /** Last year of the span; null when it runs to the end of the data (LAST_YEAR). */
  lastYear: number | null;
  basis: 'calendar' | 'fiscal';
  /** What the record means, in plain words, e.g. "Signed the 2010 Declaration of Principles". */
  note: Text;
}

export interface GoalSet extends Cited {
  id: string;
  initiative: InitiativeId;
  /** e.g. "Four pillars (from the FY2011 budget request)". */
  label: Text;
  firstYear: number;
  lastYear: number | null;
  /** Goals in the sources' own order and wording. */
  goals: Text[];
}

export interface AssistanceType {
  id: string;
  label: Text;
}

export interface Assistance extends Cited {
  id: string;
  initiative: InitiativeId;
  type: string;
  detail: Text;
}

export const ACCOUNTS = ['ESF', 'INCLE', 'NADR', 'FMF', 'DA', 'total'] as const;
export type Account = (typeof ACCOUNTS)[number];

export const FUNDING_KINDS = ['appropriation', 'allocation', 'cumulative', 'request', 'pledge', 'reported'] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];

export interface Funding extends Cited {
  id: string;
  initiative: InitiativeId;
  /** Who the money is for, e.g. "Central America", "Mexico", "Haiti and the Dominican Republic". */
  recipient: Text;
  /** Fiscal-year span the figure covers: one year when equal. */
  fyFirst: number;
  fyLast: number;
  account: Account;
  kind: FundingKind;
  /** U.S. dollars, as the source gives them (a "more than $8 billion" is 8e9 with qualifier "more than"). */
  amountUsd: number;
  qualifier?: Text;
  note?: Text;
}

export interface Partner extends Cited {
  id: string;
  name: Text;
  kind: 'us-agency' | 'donor-country' | 'institution';
  initiatives: InitiativeId[];
  role: Text;
}

export interface TimelineEvent extends Cited {
  id: string;
  /** ISO date "YYYY", "YYYY-MM" or "YYYY-MM-DD", as precise as the source is. */
  date: string;
  initiative: InitiativeId;
  label: Text;
}

/** Where the sources disagree, the atlas shows each side rather than picking one. */
export interface Discrepancy {
  id: string;
  initiative: InitiativeId;
  topic: Text;
  /** Each position with its own sources. */
  positions: (Cited & { text: Text })[];
}

export interface AtlasData {
  sources: Source[];
  countries: Country[];
  initiatives: Initiative[];
  memberships: Membership[];
  goalSets: GoalSet[];
  assistanceTypes: AssistanceType[];
  assistance: Assistance[];
  funding: Funding[];
  partners: Partner[];
  events: TimelineEvent[];
  discrepancies: Discrepancy[];
}

/** data/<file>.json for each key of AtlasData. */
export const DATA_FILES: Record<keyof AtlasData, string> = {
  sources: 'sources.json',
  countries: 'countries.json',
  initiatives: 'initiatives.json',
  memberships: 'memberships.json',
  goalSets: 'goals.json',
  assistanceTypes: 'assistanceTypes.json',
  assistance: 'assistance.json',
  funding: 'funding.json',
  partners: 'partners.json',
  events: 'events.json',
  discrepancies: 'discrepancies.json',
};

/** The United States is the partner on the other side of every initiative. */
export const COUNTERPART: Iso3 = 'USA';

/** [first, last]: derived from data/*.json when the atlas is built (build/years.ts), never written in the code. */
declare const __ATLAS_YEARS__: readonly [number, number];

/** The span of years the data, the year control and the `year` parameter cover. */
export const FIRST_YEAR: number = __ATLAS_YEARS__[0];
export const LAST_YEAR: number = __ATLAS_YEARS__[1];
