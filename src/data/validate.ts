// Checks the data files as one set against the shapes in types.ts and against
// each other (source ids, country codes, assistance types). Pure: the caller
// reads the files (build/atlasData.ts at build time, the unit tests) and passes
// file name → parsed JSON. Every problem names its file, record and field.
import {
  ACCOUNTS,
  DATA_FILES,
  FIRST_YEAR,
  FUNDING_KINDS,
  INITIATIVE_IDS,
  LANGS,
  LAST_YEAR,
  STATUSES,
  type AtlasData,
} from './types.ts';

export interface ValidationError {
  /** File name under data/, e.g. "memberships.json". */
  file: string;
  /** The record's id (iso3 for countries), or "#index" when it has none; "" for the whole file. */
  record: string;
  /** Path of the field inside the record, e.g. "note.es" or "positions[1].sourceIds[0]"; "" for the whole record. */
  field: string;
  message: string;
}

export interface ValidationResult {
  /** The typed data, only when there are no errors. */
  data: AtlasData | null;
  errors: ValidationError[];
}

/** e.g. `data/memberships.json › hnd-carsi › firstYear: must be an integer between FIRST_YEAR and LAST_YEAR` */
export function formatError(e: ValidationError): string {
  return [`data/${e.file}`, e.record, e.field].filter(Boolean).join(' › ') + `: ${e.message}`;
}

/** The ids other records may point at; null when the file that defines them is unusable (reported on its own). */
interface Refs {
  sources: Set<string> | null;
  countries: Set<string> | null;
  assistanceTypes: Set<string> | null;
}

/** A problem at `path` inside the value a rule checked ("" = the value itself). */
interface Issue {
  path: string;
  message: string;
}
type Rule = (value: unknown, refs: Refs) => Issue[];

const OK: Issue[] = [];
const check = (pass: boolean, message: string): Issue[] => (pass ? OK : [{ path: '', message }]);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const joinPath = (head: string, tail: string): string => (!tail ? head : tail.startsWith('[') ? head + tail : `${head}.${tail}`);
const within = (head: string) => (issue: Issue): Issue => ({ ...issue, path: joinPath(head, issue.path) });

// ── Value rules ──────────────────────────────────────────────────────────────

const str: Rule = (v) => check(typeof v === 'string' && v.trim() !== '', 'must be a non-empty string');
const bool: Rule = (v) => check(typeof v === 'boolean', 'must be true or false');
const oneOf = (values: readonly string[]): Rule => (v) =>
  check(typeof v === 'string' && values.includes(v), `must be one of: ${values.join(', ')}`);
const int = (min: number, max: number): Rule => (v) =>
  check(Number.isInteger(v) && (v as number) >= min && (v as number) <= max, `must be an integer between ${min} and ${max}`);
const year = int(FIRST_YEAR, LAST_YEAR);
const nullable = (rule: Rule): Rule => (v, refs) => (v === null ? OK : rule(v, refs));
const positive: Rule = (v) => check(typeof v === 'number' && Number.isFinite(v) && v > 0, 'must be a positive finite number');
const matches = (re: RegExp, what: string): Rule => (v) => check(typeof v === 'string' && re.test(v), `must be ${what}`);
const iso3Code = matches(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code (three capital letters)');
const url = matches(/^https?:\/\/\S+$/, 'an http(s) URL');

/** ISO date "YYYY", "YYYY-MM" or "YYYY-MM-DD" that exists on the calendar, in the data's years. */
const isoDate: Rule = (v) => {
  const m = typeof v === 'string' ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(v) : null;
  if (!m) return check(false, 'must be a date "YYYY", "YYYY-MM" or "YYYY-MM-DD"');
  const [y, mo, d] = [m[1], m[2] ?? '01', m[3] ?? '01'].map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d));
  const real = date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
  return check(real && y >= FIRST_YEAR && y <= LAST_YEAR, `must be a real date between ${FIRST_YEAR} and ${LAST_YEAR}`);
};

const arrayOf = (rule: Rule, { nonEmpty = false } = {}): Rule => (v, refs) => {
  if (!Array.isArray(v)) return check(false, 'must be an array');
  if (nonEmpty && v.length === 0) return check(false, 'must not be empty');
  return v.flatMap((item, i) => rule(item, refs).map(within(`[${i}]`)));
};

/** A string that must be an id in another file (skipped when that file is itself broken). */
const ref = (pick: (refs: Refs) => Set<string> | null, file: string): Rule => (v, refs) => {
  const ids = pick(refs);
  if (typeof v !== 'string') return check(false, 'must be a string');
  return check(ids === null || ids.has(v), `"${v}" is not an id in ${file}`);
};

// ── Object shapes ────────────────────────────────────────────────────────────

const OPTIONAL = new WeakSet<Rule>();
const optional = (rule: Rule): Rule => {
  const wrapped: Rule = (v, refs) => rule(v, refs);
  OPTIONAL.add(wrapped);
  return wrapped;
};

type Shape = Record<string, Rule>;
/** Checks across fields of one record, after each field passed on its own. */
type RecordCheck = (record: Record<string, unknown>) => Issue[];

const object = (shape: Shape, ...recordChecks: RecordCheck[]): Rule => (v, refs) => {
  if (!isRecord(v)) return check(false, 'must be an object');
  const issues: Issue[] = [];
  for (const key of Object.keys(v)) {
    if (!Object.hasOwn(shape, key)) issues.push({ path: key, message: 'is not a known field (a typo?)' });
  }
  for (const [key, rule] of Object.entries(shape)) {
    if (v[key] === undefined) {
      if (!OPTIONAL.has(rule)) issues.push({ path: key, message: 'is required' });
    } else {
      issues.push(...rule(v[key], refs).map(within(key)));
    }
  }
  return issues.length > 0 ? issues : recordChecks.flatMap((c) => c(v));
};

/** `later` must not come before `earlier` (a null `later` means "open-ended"). */
const inOrder = (earlier: string, later: string): RecordCheck => (r) => {
  const a = r[earlier], b = r[later];
  return typeof a === 'number' && typeof b === 'number' && b < a ? [{ path: later, message: `must not be before ${earlier} (${a})` }] : OK;
};

const text = object(Object.fromEntries(LANGS.map((lang) => [lang, str])));
const initiativeId = oneOf(INITIATIVE_IDS);
const sourceId = ref((r) => r.sources, 'sources.json');
const country = ref((r) => r.countries, 'countries.json');
const cited: Shape = { sourceIds: arrayOf(sourceId, { nonEmpty: true }), quote: optional(str) };

const RECORD_RULES: Record<keyof AtlasData, Rule> = {
  sources: object({
    id: str, kind: oneOf(['seed', 'research']), title: str, publisher: str, date: str,
    url: optional(url), docNumber: optional(str), seedFile: optional(str),
  }),
  countries: object({
    iso3: iso3Code, name: text, kind: oneOf(['country', 'territory']), sovereign: optional(iso3Code),
    region: oneOf(['north-america', 'central-america', 'caribbean', 'south-america']), micro: bool,
  }),
  initiatives: object({ id: initiativeId, name: text, shortName: text, summary: text, startYear: year, ...cited }),
  memberships: object(
    {
      id: str, country, initiative: initiativeId, status: oneOf(STATUSES), firstYear: year, lastYear: nullable(year),
      basis: oneOf(['calendar', 'fiscal']), note: text, ...cited,
    },
    inOrder('firstYear', 'lastYear'),
  ),
  goalSets: object(
    { id: str, initiative: initiativeId, label: text, firstYear: year, lastYear: nullable(year), goals: arrayOf(text, { nonEmpty: true }), ...cited },
    inOrder('firstYear', 'lastYear'),
  ),
  assistanceTypes: object({ id: str, label: text }),
  assistance: object({ id: str, initiative: initiativeId, type: ref((r) => r.assistanceTypes, 'assistanceTypes.json'), detail: text, ...cited }),
  funding: object(
    {
      id: str, initiative: initiativeId, recipient: text, fyFirst: year, fyLast: year, account: oneOf(ACCOUNTS),
      kind: oneOf(FUNDING_KINDS), amountUsd: positive, qualifier: optional(text), note: optional(text), ...cited,
    },
    inOrder('fyFirst', 'fyLast'),
  ),
  partners: object({
    id: str, name: text, kind: oneOf(['us-agency', 'donor-country', 'institution']),
    initiatives: arrayOf(initiativeId, { nonEmpty: true }), role: text, ...cited,
  }),
  events: object({ id: str, date: isoDate, initiative: initiativeId, label: text, ...cited }),
  discrepancies: object({
    id: str, initiative: initiativeId, topic: text,
    positions: arrayOf(object({ text, ...cited }), { nonEmpty: true }),
  }),
};

// ── Files ────────────────────────────────────────────────────────────────────

const keyOf = (key: keyof AtlasData): string => (key === 'countries' ? 'iso3' : 'id');

function idsOf(records: unknown, key: string): Set<string> | null {
  if (!Array.isArray(records)) return null;
  return new Set(records.flatMap((r) => (isRecord(r) && typeof r[key] === 'string' ? [r[key]] : [])));
}

function validateFile(key: keyof AtlasData, records: unknown, refs: Refs): ValidationError[] {
  const file = DATA_FILES[key];
  if (records === undefined) return [{ file, record: '', field: '', message: 'file is missing' }];
  if (!Array.isArray(records)) return [{ file, record: '', field: '', message: 'must be a JSON array of records' }];
  const errors: ValidationError[] = [];
  const seen = new Map<string, number>();
  records.forEach((rec, i) => {
    const id = isRecord(rec) ? rec[keyOf(key)] : undefined;
    const record = typeof id === 'string' && id !== '' ? id : `#${i}`;
    for (const { path, message } of RECORD_RULES[key](rec, refs)) errors.push({ file, record, field: path, message });
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first !== undefined) errors.push({ file, record, field: keyOf(key), message: `duplicates record #${first} (ids must be unique)` });
    else seen.set(id, i);
  });
  return errors;
}

/** The records the first view needs: the map's colours, the names, the overview. The rest load once the map is drawn. */
export const CORE_KEYS = ['countries', 'initiatives', 'memberships'] as const satisfies readonly (keyof AtlasData)[];
export type CoreData = Pick<AtlasData, (typeof CORE_KEYS)[number]>;

/** Validates every file named in DATA_FILES; `files` maps file name → parsed JSON. */
export function validateAtlasData(files: Record<string, unknown>): ValidationResult {
  const { data, errors } = validateKeys(files, Object.keys(DATA_FILES) as (keyof AtlasData)[]);
  return { data: data as AtlasData | null, errors };
}

/**
 * Validates the first view's files alone. References into files not given (the sources a membership cites)
 * are not checked here: validateAtlasData checks them when the rest arrives, and the build checked them all.
 */
export function validateCoreData(files: Record<string, unknown>): { data: CoreData | null; errors: ValidationError[] } {
  const { data, errors } = validateKeys(files, CORE_KEYS);
  return { data: data as CoreData | null, errors };
}

function validateKeys(files: Record<string, unknown>, keys: readonly (keyof AtlasData)[]): { data: Partial<AtlasData> | null; errors: ValidationError[] } {
  const refs: Refs = {
    sources: idsOf(files[DATA_FILES.sources], 'id'),
    countries: idsOf(files[DATA_FILES.countries], 'iso3'),
    assistanceTypes: idsOf(files[DATA_FILES.assistanceTypes], 'id'),
  };
  const errors = keys.flatMap((key) => validateFile(key, files[DATA_FILES[key]], refs));

  const initiatives = idsOf(files[DATA_FILES.initiatives], 'id');
  for (const id of initiatives && keys.includes('initiatives') ? INITIATIVE_IDS : []) {
    if (!initiatives?.has(id)) errors.push({ file: DATA_FILES.initiatives, record: id, field: '', message: 'initiative is missing' });
  }
  if (errors.length > 0) return { data: null, errors };
  // Every file passed its shape above, so each array is the type its key names.
  return { data: Object.fromEntries(keys.map((key) => [key, files[DATA_FILES[key]]])) as Partial<AtlasData>, errors };
}
