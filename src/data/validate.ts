// Checks the data files as one set against the schemas in types.ts (valibot) and against each other (source
// ids, country codes, assistance types). Pure: the caller reads the files (build/atlasData.ts at build
// time, the app, the unit tests) and passes file name → parsed JSON. Every problem names its file, record
// and field.
import * as v from 'valibot';
import { DATA_FILES, INITIATIVE_IDS, recordSchemas, type AtlasData, type CoreMembership, type Refs } from './types.ts';

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

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A valibot issue as the field path and the message a data author reads. */
function describe(issue: v.BaseIssue<unknown>): { field: string; message: string } {
  const field = (issue.path ?? []).reduce((path: string, item) => {
    const key = item.key as string | number;
    return typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
  }, '');
  // A strict object reports a missing key (expected "key") and an unknown one (expected never) in its own message.
  if (issue.type === 'strict_object' && issue.expected === 'never')
    return { field, message: 'is not a known field (a typo?)' };
  if (issue.type === 'strict_object' && issue.received === 'undefined' && field)
    return { field, message: 'is required' };
  return { field, message: issue.message };
}

// ── Files ────────────────────────────────────────────────────────────────────

const keyOf = (key: keyof AtlasData): string => (key === 'countries' ? 'iso3' : 'id');

function idsOf(records: unknown, key: string): Set<string> | null {
  if (!Array.isArray(records)) return null;
  return new Set(records.flatMap((r) => (isRecord(r) && typeof r[key] === 'string' ? [r[key]] : [])));
}

function validateFile(key: keyof AtlasData, records: unknown, schema: v.GenericSchema): ValidationError[] {
  const file = DATA_FILES[key];
  if (records === undefined) return [{ file, record: '', field: '', message: 'file is missing' }];
  if (!Array.isArray(records)) return [{ file, record: '', field: '', message: 'must be a JSON array of records' }];
  const errors: ValidationError[] = [];
  const seen = new Map<string, number>();
  records.forEach((rec, i) => {
    const id = isRecord(rec) ? rec[keyOf(key)] : undefined;
    const record = typeof id === 'string' && id !== '' ? id : `#${i}`;
    const result = v.safeParse(schema, rec);
    for (const issue of result.issues ?? []) errors.push({ file, record, ...describe(issue) });
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first !== undefined)
      errors.push({ file, record, field: keyOf(key), message: `duplicates record #${first} (ids must be unique)` });
    else seen.set(id, i);
  });
  return errors;
}

/** The records the first view needs: the map's colours, the names, the overview. The rest load once the map is drawn. */
export const CORE_KEYS = ['countries', 'initiatives', 'memberships'] as const satisfies readonly (keyof AtlasData)[];
/**
 * The first view's data. Its memberships carry what the map and the table's statuses need; their notes, sources
 * and quotes travel with the details (MEMBERSHIP_TEXTS) and are joined back by id (joinFirstView): most of the
 * memberships' bytes, which the first view never shows.
 */
export type CoreData = Pick<AtlasData, 'countries' | 'initiatives'> & { memberships: CoreMembership[] };

/** The details' list of the memberships' texts: [{ id, note, sourceIds, quote?, quotes? }]. */
export const MEMBERSHIP_TEXTS = 'membershipTexts';
const CORE_MEMBERSHIP_FIELDS = [
  'id',
  'country',
  'initiative',
  'status',
  'participation',
  'firstYear',
  'lastYear',
  'basis',
];

/** The data as the build sends it: the first view's part (data/atlas.json) and the details (data/details.json). */
export function splitForFirstView(data: AtlasData): {
  core: Record<string, unknown>;
  details: Record<string, unknown>;
} {
  const core: Record<string, unknown> = {};
  const details: Record<string, unknown> = {};
  for (const [key, records] of Object.entries(data))
    ((CORE_KEYS as readonly string[]).includes(key) ? core : details)[key] = records;
  core.memberships = data.memberships.map((m) =>
    Object.fromEntries(Object.entries(m).filter(([k]) => CORE_MEMBERSHIP_FIELDS.includes(k))),
  );
  details[MEMBERSHIP_TEXTS] = data.memberships.map((m) =>
    Object.fromEntries(Object.entries(m).filter(([k]) => k === 'id' || !CORE_MEMBERSHIP_FIELDS.includes(k))),
  );
  return { core, details };
}

/**
 * The whole data set from the two parts, as parsed JSON keyed like AtlasData (validate it with validateAtlasData):
 * each membership with its texts, matched by id. A membership whose texts are missing stays without them, and
 * validation then names it and the field.
 */
export function joinFirstView(
  core: Record<string, unknown>,
  details: Record<string, unknown>,
): Record<string, unknown> {
  const texts = new Map<unknown, object>();
  const list = details[MEMBERSHIP_TEXTS];
  if (Array.isArray(list))
    for (const t of list as { id?: unknown }[]) if (t && typeof t === 'object') texts.set(t.id, t);
  const { [MEMBERSHIP_TEXTS]: _texts, ...rest } = details; // eslint-disable-line @typescript-eslint/no-unused-vars -- joined below
  const memberships = Array.isArray(core.memberships)
    ? (core.memberships as { id?: unknown }[]).map((m) =>
        m && typeof m === 'object' ? { ...m, ...texts.get(m.id) } : m,
      )
    : core.memberships;
  return { ...core, ...rest, memberships };
}

/** Validates every file named in DATA_FILES; `files` maps file name → parsed JSON. */
export function validateAtlasData(files: Record<string, unknown>): ValidationResult {
  const { data, errors } = validateKeys(files, Object.keys(DATA_FILES) as (keyof AtlasData)[]);
  return { data: data as AtlasData | null, errors };
}

/**
 * Validates the first view's files alone, its memberships in their first-view form. References into files not
 * given (the sources a membership cites) are not checked here: validateAtlasData checks them when the rest
 * arrives, and the build checked them all.
 */
export function validateCoreData(files: Record<string, unknown>): { data: CoreData | null; errors: ValidationError[] } {
  const { data, errors } = validateKeys(files, CORE_KEYS, true);
  return { data: data as CoreData | null, errors };
}

function validateKeys(
  files: Record<string, unknown>,
  keys: readonly (keyof AtlasData)[],
  firstView = false,
): { data: Partial<AtlasData> | null; errors: ValidationError[] } {
  const refs: Refs = {
    sources: idsOf(files[DATA_FILES.sources], 'id'),
    countries: idsOf(files[DATA_FILES.countries], 'iso3'),
    assistanceTypes: idsOf(files[DATA_FILES.assistanceTypes], 'id'),
  };
  const schemas = recordSchemas(refs);
  const schemaOf = (key: keyof AtlasData) =>
    firstView && key === 'memberships' ? schemas.coreMemberships : schemas[key];
  const errors = keys.flatMap((key) => validateFile(key, files[DATA_FILES[key]], schemaOf(key)));

  const initiatives = idsOf(files[DATA_FILES.initiatives], 'id');
  for (const id of initiatives && keys.includes('initiatives') ? INITIATIVE_IDS : []) {
    if (!initiatives?.has(id))
      errors.push({ file: DATA_FILES.initiatives, record: id, field: '', message: 'initiative is missing' });
  }
  if (errors.length > 0) return { data: null, errors };
  // Every file passed its shape above, so each array is the type its key names.
  return { data: Object.fromEntries(keys.map((key) => [key, files[DATA_FILES[key]]])) as Partial<AtlasData>, errors };
}
