// The shapes of the files under data/, as valibot schemas: the one source of the data's types (inferred
// below) and of their validation (validate.ts runs these schemas at build time, in the app and in the
// tests). References between files (a source id, a country code) depend on the data set itself, so the
// record schemas are built by `recordSchemas(refs)`; the types are inferred from the same schemas.
import * as v from 'valibot';

export const LANGS = ['en', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export const INITIATIVE_IDS = ['merida', 'carsi', 'cbsi', 'colombia', 'andean'] as const;
export type InitiativeId = (typeof INITIATIVE_IDS)[number];

/** ISO 3166-1 alpha-3 code, upper case, e.g. "HND". */
export type Iso3 = string;

export const STATUSES = ['partner', 'observer', 'former'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * What kind of participation a membership record states, each as a document of that time says it:
 * signed that year's dialogue statement or declaration; listed as a funded partner (GAO, State funding
 * lists); received a programme's funds; called an observer.
 */
export const PARTICIPATIONS = ['signatory', 'funded-partner', 'programme-funds', 'observer'] as const;
export type Participation = (typeof PARTICIPATIONS)[number];

export const ACCOUNTS = ['ESF', 'INCLE', 'NADR', 'FMF', 'DA', 'total'] as const;
export type Account = (typeof ACCOUNTS)[number];

export const FUNDING_KINDS = ['appropriation', 'allocation', 'cumulative', 'request', 'pledge', 'reported'] as const;
export type FundingKind = (typeof FUNDING_KINDS)[number];

/** The United States is the partner on the other side of every initiative. */
export const COUNTERPART: Iso3 = 'USA';

/** The span of years the membership data and the year control cover. */
/** [first, last]: derived from data/*.json when the atlas is built (build/years.ts), never written in the code. */
declare const __ATLAS_YEARS__: readonly [number, number];

/** The span of years the data, the year control and the `year` parameter cover. */
export const FIRST_YEAR: number = __ATLAS_YEARS__[0];
export const LAST_YEAR: number = __ATLAS_YEARS__[1];

// ── Value schemas ────────────────────────────────────────────────────────────

const str = v.pipe(
  v.string('must be a non-empty string'),
  v.check((s) => s.trim() !== '', 'must be a non-empty string'),
);
const oneOf = <T extends readonly string[]>(values: T) => v.picklist(values, `must be one of: ${values.join(', ')}`);
const int = (min: number, max: number) => {
  const message = `must be an integer between ${min} and ${max}`;
  return v.pipe(v.number(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message));
};
const year = int(FIRST_YEAR, LAST_YEAR);
const positive = v.pipe(
  v.number('must be a positive finite number'),
  v.finite('must be a positive finite number'),
  v.gtValue(0, 'must be a positive finite number'),
);
const matches = (re: RegExp, what: string) => v.pipe(v.string(`must be ${what}`), v.regex(re, `must be ${what}`));
const iso3Code = matches(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code (three capital letters)');
const url = matches(/^https?:\/\/\S+$/, 'an http(s) URL');
const arrayOf = <T extends v.GenericSchema>(item: T) => v.array(item, 'must be an array');
const nonEmptyArrayOf = <T extends v.GenericSchema>(item: T) => v.pipe(arrayOf(item), v.nonEmpty('must not be empty'));
const object = <T extends v.ObjectEntries>(entries: T) => v.strictObject(entries, 'must be an object');

/** ISO date "YYYY", "YYYY-MM" or "YYYY-MM-DD" that exists on the calendar, in the data's years. */
const isoDate = v.pipe(
  matches(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'a date "YYYY", "YYYY-MM" or "YYYY-MM-DD"'),
  v.check((s) => {
    const [y, mo, d] = [...s.split('-').map(Number), 1, 1] as [number, number, number];
    const date = new Date(Date.UTC(y, mo - 1, d));
    return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && y >= FIRST_YEAR && y <= LAST_YEAR;
  }, `must be a real date between ${FIRST_YEAR} and ${LAST_YEAR}`),
);

/** Text in every language the atlas ships. A missing language is a validation error. */
const text = object({ en: str, es: str });
export type Text = v.InferOutput<typeof text>;

/** A span's last year must not come before its first (a null last year means "open-ended"). */
const inOrder = (first: number, last: number | null): boolean => last === null || first <= last;
const orderMessage = (name: string, first: number): string => `must not be before ${name} (${first})`;

// ── Record schemas ───────────────────────────────────────────────────────────

/** The ids other records may point at; null when the file that defines them is unusable (reported on its own). */
export interface Refs {
  sources: Set<string> | null;
  countries: Set<string> | null;
  assistanceTypes: Set<string> | null;
}

/** A string that must be an id in another file (not checked when that file is itself broken). */
const ref = (ids: Set<string> | null, file: string) =>
  v.pipe(
    v.string('must be a string'),
    v.check(
      (s) => ids === null || ids.has(s),
      (issue) => `"${String(issue.input)}" is not an id in ${file}`,
    ),
  );

export function recordSchemas(refs: Refs) {
  const initiativeId = oneOf(INITIATIVE_IDS);
  const country = ref(refs.countries, 'countries.json');
  /** Anything shown as a fact cites its sources and carries the passage that supports it, word for word. */
  const cited = {
    sourceIds: nonEmptyArrayOf(ref(refs.sources, 'sources.json')),
    /** The supporting passage, verbatim from a stored copy of one of the sources (provenance.ts checks it). */
    quote: v.optional(str),
    /** Several passages, where one does not carry the whole record. */
    quotes: v.optional(nonEmptyArrayOf(str)),
  };
  const membershipCore = {
    id: str,
    country,
    initiative: initiativeId,
    status: oneOf(STATUSES),
    participation: oneOf(PARTICIPATIONS),
    firstYear: year,
    /** Last year of the span; null when it runs to the end of the data. */
    lastYear: v.nullable(year),
    basis: oneOf(['calendar', 'fiscal'] as const),
  };
  const OBSERVER_MESSAGE = 'must be "observer" exactly when status is "observer"';
  return {
    /** A document a fact comes from: a seed page (stored in public/sources) or a researched source (data/excerpts). */
    sources: object({
      id: str,
      kind: oneOf(['seed', 'research'] as const),
      title: str,
      publisher: str,
      /** The date as printed in the document, e.g. "November 4, 2011", or "undated". */
      date: str,
      /** The publisher's page or an archive of it (never a document mirror). */
      url: v.optional(url),
      /** Report or document number, e.g. "GAO-13-295R". */
      docNumber: v.optional(str),
      /** For seeds: the file name in public/sources. */
      seedFile: v.optional(str),
    }),
    countries: object({
      iso3: iso3Code,
      name: text,
      kind: oneOf(['country', 'territory'] as const),
      /** For territories: the ISO3 of the sovereign state. */
      sovereign: v.optional(iso3Code),
      region: oneOf(['north-america', 'central-america', 'caribbean', 'south-america'] as const),
      /** Too small to see or click at the regional view: drawn with a marker as well. */
      micro: v.boolean('must be true or false'),
    }),
    initiatives: object({
      id: initiativeId,
      name: text,
      shortName: text,
      summary: text,
      /**
       * The names of its phases and successor frameworks ("Bicentennial Framework", "Peace Colombia"), so search finds
       * the initiative by them; each must be named in one of the initiative's own cited records (atlasData checks it).
       */
      otherNames: v.optional(v.array(text)),
      /** First year as the sources date it. */ startYear: year,
      ...cited,
    }),
    /**
     * One country's part in one initiative over a span of years (calendar or fiscal years as the source gives
     * them; `basis` says which). A country has several records for one initiative where its status changed or
     * sources differ; records that overlap and differ are named together by a discrepancy.
     */
    memberships: v.pipe(
      object({
        ...membershipCore,
        /** What the record means, in plain words, e.g. "Signed the 2010 Declaration of Principles". */ note: text,
        ...cited,
      }),
      v.forward(
        v.check(
          (m) => inOrder(m.firstYear, m.lastYear),
          (i) => orderMessage('firstYear', i.input.firstYear),
        ),
        ['lastYear'],
      ),
      v.forward(
        v.check((m) => (m.status === 'observer') === (m.participation === 'observer'), OBSERVER_MESSAGE),
        ['participation'],
      ),
    ),
    /**
     * A membership as the first view carries it (data/atlas.json): what the map's colours and the table's statuses
     * need. Its note, sources and quotes come with the details and are joined back by id (src/data/validate.ts).
     */
    coreMemberships: v.pipe(
      object(membershipCore),
      v.forward(
        v.check(
          (m) => inOrder(m.firstYear, m.lastYear),
          (i) => orderMessage('firstYear', i.input.firstYear),
        ),
        ['lastYear'],
      ),
      v.forward(
        v.check((m) => (m.status === 'observer') === (m.participation === 'observer'), OBSERVER_MESSAGE),
        ['participation'],
      ),
    ),
    goalSets: v.pipe(
      object({
        id: str,
        initiative: initiativeId,
        label: text,
        firstYear: year,
        lastYear: v.nullable(year),
        /** In the sources' own order and wording. */ goals: nonEmptyArrayOf(text),
        ...cited,
      }),
      v.forward(
        v.check(
          (g) => inOrder(g.firstYear, g.lastYear),
          (i) => orderMessage('firstYear', i.input.firstYear),
        ),
        ['lastYear'],
      ),
    ),
    assistanceTypes: object({ id: str, label: text }),
    assistance: object({
      id: str,
      initiative: initiativeId,
      type: ref(refs.assistanceTypes, 'assistanceTypes.json'),
      detail: text,
      ...cited,
    }),
    funding: v.pipe(
      object({
        id: str,
        initiative: initiativeId,
        /** Who the money is for, e.g. "Central America", "Mexico". */
        recipient: text,
        /** Fiscal-year span the figure covers: one year when equal. */
        fyFirst: year,
        fyLast: year,
        account: oneOf(ACCOUNTS),
        kind: oneOf(FUNDING_KINDS),
        /** U.S. dollars, as the source gives them (a "more than $8 billion" is 8e9 with qualifier "more than"). */
        amountUsd: positive,
        qualifier: v.optional(text),
        note: v.optional(text),
        /**
         * The source gives a start only ("since FY2008"): fyLast is the fiscal year the source was published in,
         * not an end the source states, and the span reads "FY2008 onward".
         */
        openEnded: v.optional(v.literal(true, 'must be true when present')),
        ...cited,
      }),
      v.forward(
        v.check(
          (f) => inOrder(f.fyFirst, f.fyLast),
          (i) => orderMessage('fyFirst', i.input.fyFirst),
        ),
        ['fyLast'],
      ),
    ),
    partners: object({
      id: str,
      name: text,
      kind: oneOf(['us-agency', 'donor-country', 'institution'] as const),
      initiatives: nonEmptyArrayOf(initiativeId),
      role: text,
      ...cited,
    }),
    /** `date`: ISO "YYYY", "YYYY-MM" or "YYYY-MM-DD", as precise as the source is. */
    events: object({ id: str, date: isoDate, initiative: initiativeId, label: text, ...cited }),
    /** Where the sources disagree, the atlas shows each side rather than picking one. */
    discrepancies: v.pipe(
      object({
        id: str,
        /** The initiative it is about; absent when it is about U.S. assistance across them (shown in the overview). */
        initiative: v.optional(initiativeId),
        topic: text,
        /** The membership records whose claims this discrepancy explains (they overlap and differ). */
        memberships: v.optional(nonEmptyArrayOf(str)),
        /** The countries and years whose status in the initiative the sources dispute: the map and table mark them. */
        disputes: v.optional(
          nonEmptyArrayOf(
            v.pipe(
              object({ country, firstYear: year, lastYear: year }),
              v.forward(
                v.check(
                  (d) => inOrder(d.firstYear, d.lastYear),
                  (i) => orderMessage('firstYear', i.input.firstYear),
                ),
                ['lastYear'],
              ),
            ),
          ),
        ),
        /** Each position with its own sources and quote. */
        positions: nonEmptyArrayOf(object({ text, ...cited })),
      }),
      v.forward(
        v.check((d) => !d.disputes || d.initiative !== undefined, 'must name the initiative whose status it disputes'),
        ['initiative'],
      ),
    ),
  };
}

type Schemas = ReturnType<typeof recordSchemas>;
type Out<K extends keyof Schemas> = v.InferOutput<Schemas[K]>;

export type Source = Out<'sources'>;
export type SourceKind = Source['kind'];
export type Country = Out<'countries'>;
export type Initiative = Out<'initiatives'>;
export type Membership = Out<'memberships'>;
/** A membership as the first view carries it: no note, sources or quotes until the details arrive. */
export type CoreMembership = Out<'coreMemberships'>;
export type GoalSet = Out<'goalSets'>;
export type AssistanceType = Out<'assistanceTypes'>;
export type Assistance = Out<'assistance'>;
export type Funding = Out<'funding'>;
export type Partner = Out<'partners'>;
export type TimelineEvent = Out<'events'>;
export type Discrepancy = Out<'discrepancies'>;
/** Anything shown to a user as a fact: its sources and the passages that support it. */
export type Cited = Pick<Membership, 'sourceIds' | 'quote' | 'quotes'>;

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
