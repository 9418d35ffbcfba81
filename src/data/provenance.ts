// The provenance lock: every record that cites a source carries the passage that supports it, word for
// word, and that passage is found in a stored copy of one of the record's sources (seeds in
// public/sources/<seedFile>, everything else in data/excerpts/<source-id>.md). Pure: the caller reads the
// files (build/provenance.ts at build time, the unit test) and passes them in. Every failure names the
// file, the record, the field and, where one is involved, the source.

export interface ProvenanceFailure {
  /** File name, e.g. "memberships.json" or "excerpts/gao-13-367r.md". */
  file: string;
  record: string;
  field: string;
  /** The source involved, when the failure is about one. */
  source?: string;
  message: string;
}

export interface ProvenanceReport {
  /** How many records that cite sources were checked (discrepancy positions and slides count one each). */
  checked: number;
  failures: ProvenanceFailure[];
}

/** An excerpt file split into its header fields and its passages (the lines quoted with "> "). */
export interface Excerpt {
  meta: Record<string, string>;
  passages: string[];
}

/** Sites that host copies of others' documents: never the address of a source. */
export const MIRROR_HOSTS = [
  'abcdocz.com',
  'scribd.com',
  'vdocuments.net',
  'vdocuments.mx',
  'docplayer.net',
  'careersdocbox.com',
];

const TYPOGRAPHIC: Record<string, string> = { '‘': "'", '’': "'", '“': '"', '”': '"' };

/** The only normalisation allowed: whitespace runs → one space, typographic quotes and apostrophes → ASCII. */
export function normalise(text: string): string {
  return text
    .replace(/[‘’“”]/g, (c) => TYPOGRAPHIC[c]!)
    .replace(/\s+/g, ' ')
    .trim();
}

export function isMirror(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return MIRROR_HOSTS.some((m) => host === m || host.endsWith(`.${m}`));
}

/**
 * Reads `---` front matter (`key: value` lines) and the passages: each run of lines starting with ">"
 * is one passage, the marker stripped.
 */
export function parseExcerpt(text: string): Excerpt {
  const meta: Record<string, string> = {};
  let body = text;
  const front = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (front) {
    body = text.slice(front[0].length);
    let last = '';
    for (const line of front[1]!.split(/\r?\n/)) {
      const m = /^([A-Za-z]+):\s*(.*)$/.exec(line);
      if (m) meta[(last = m[1]!)] = m[2]!.trim();
      else if (last && line.trim()) meta[last] = `${meta[last]} ${line.trim()}`; // a wrapped value
    }
  }
  const passages: string[] = [];
  let current: string[] | null = null;
  for (const line of body.split(/\r?\n/)) {
    if (line.startsWith('>')) (current ??= []).push(line.replace(/^>\s?/, ''));
    else if (current) {
      passages.push(current.join('\n'));
      current = null;
    }
  }
  if (current) passages.push(current.join('\n'));
  return { meta, passages };
}

/** Where a source's stored copy lives, for messages and links. */
export function copyPath(source: { id: string; seedFile?: string }): string {
  return source.seedFile ? `public/sources/${source.seedFile}` : `data/excerpts/${source.id}.md`;
}

interface SourceLike {
  id: string;
  title?: string;
  url?: string;
  seedFile?: string;
}

interface CitedLike {
  id?: string;
  sourceIds?: unknown;
  quote?: unknown;
  quotes?: unknown;
}

interface MembershipLike {
  id: string;
  country: string;
  initiative: string;
  status: string;
  firstYear: number;
  lastYear: number | null;
}

export interface ProvenanceInput {
  /** Parsed data files by file name ("memberships.json", "slides.json", …). */
  files: Record<string, unknown>;
  /** Seed copies by seed file name (public/sources/<name>). */
  seeds: Record<string, string>;
  /** Excerpt files by source id (data/excerpts/<id>.md), unparsed. */
  excerpts: Record<string, string>;
  /** Last year of open-ended memberships, for the overlap check. */
  lastYear: number;
}

const asArray = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter((r): r is Record<string, unknown> => typeof r === 'object' && r !== null) : [];

/** The quotes a record carries, each with the field it sits in. */
function quotesOf(r: CitedLike): { field: string; text: string }[] {
  const out: { field: string; text: string }[] = [];
  if (typeof r.quote === 'string') out.push({ field: 'quote', text: r.quote });
  if (Array.isArray(r.quotes))
    r.quotes.forEach((q, i) => typeof q === 'string' && out.push({ field: `quotes[${i}]`, text: q }));
  return out;
}

export function checkProvenance({ files, seeds, excerpts, lastYear }: ProvenanceInput): ProvenanceReport {
  const failures: ProvenanceFailure[] = [];
  const sources = asArray(files['sources.json']) as unknown as SourceLike[];

  // Each source's stored copy, normalised once: a seed's whole text, an excerpt's passages.
  const copies = new Map<string, string>();
  for (const s of sources) {
    if (s.url && isMirror(s.url)) {
      failures.push({
        file: 'sources.json',
        record: s.id,
        field: 'url',
        source: s.id,
        message: `links to a document mirror (${s.url}); link the publisher's page or an archive of it`,
      });
    }
    if (s.seedFile) {
      const text = seeds[s.seedFile];
      if (text === undefined)
        failures.push({
          file: 'sources.json',
          record: s.id,
          field: 'seedFile',
          source: s.id,
          message: `no stored copy at ${copyPath(s)}`,
        });
      else copies.set(s.id, normalise(text));
      continue;
    }
    const raw = excerpts[s.id];
    if (raw === undefined) {
      failures.push({
        file: 'sources.json',
        record: s.id,
        field: 'id',
        source: s.id,
        message: `no stored copy: add ${copyPath(s)}`,
      });
      continue;
    }
    const { meta, passages } = parseExcerpt(raw);
    const file = `excerpts/${s.id}.md`;
    if (meta.id !== s.id)
      failures.push({
        file,
        record: s.id,
        field: 'id',
        source: s.id,
        message: `front matter id is "${meta.id ?? ''}", must be "${s.id}"`,
      });
    for (const key of ['title', 'publisher', 'date', 'url', 'read']) {
      if (!meta[key])
        failures.push({ file, record: s.id, field: key, source: s.id, message: 'is missing from the front matter' });
    }
    if (meta.url && isMirror(meta.url))
      failures.push({
        file,
        record: s.id,
        field: 'url',
        source: s.id,
        message: `links to a document mirror (${meta.url})`,
      });
    if (passages.length === 0)
      failures.push({
        file,
        record: s.id,
        field: 'passages',
        source: s.id,
        message: 'holds no quoted passage ("> …")',
      });
    copies.set(s.id, normalise(passages.join('\n\n')));
  }
  const known = new Set(sources.map((s) => s.id));
  for (const id of Object.keys(excerpts)) {
    if (!known.has(id))
      failures.push({
        file: `excerpts/${id}.md`,
        record: id,
        field: 'id',
        source: id,
        message: 'is not a source in sources.json',
      });
  }

  // Every citing record, and every discrepancy position, carries a quote found in one of its sources.
  let checked = 0;
  const checkCited = (file: string, record: string, prefix: string, r: CitedLike) => {
    if (!Array.isArray(r.sourceIds) || r.sourceIds.length === 0) return;
    checked++;
    const ids = r.sourceIds.filter((id): id is string => typeof id === 'string');
    const quotes = quotesOf(r);
    if (quotes.length === 0) {
      const what = file === 'memberships.json' ? 'status without evidence: ' : '';
      failures.push({
        file,
        record,
        field: `${prefix}quote`,
        source: ids.join(', '),
        message: `${what}cites ${ids.join(', ')} but carries no quote`,
      });
      return;
    }
    for (const q of quotes) {
      const needle = normalise(q.text);
      const found = needle !== '' && ids.some((id) => copies.get(id)?.includes(needle));
      if (!found) {
        const stored = ids.filter((id) => copies.has(id));
        failures.push({
          file,
          record,
          field: prefix + q.field,
          source: ids.join(', '),
          message:
            stored.length === 0
              ? `none of its sources (${ids.join(', ')}) has a stored copy to find the quote in`
              : `quote not found verbatim in the stored copy of ${stored.join(', ')}: "${q.text.slice(0, 80)}${q.text.length > 80 ? '…' : ''}"`,
        });
      }
    }
  };
  for (const [file, records] of Object.entries(files)) {
    if (file === 'sources.json') continue;
    asArray(records).forEach((r, i) => {
      const record = typeof r.id === 'string' ? r.id : `#${i}`;
      if (file === 'discrepancies.json')
        asArray(r.positions).forEach((p, j) => checkCited(file, record, `positions[${j}].`, p));
      else checkCited(file, record, '', r);
    });
  }

  const titled = new Map(sources.map((s) => [s.id, `${normalise(s.title ?? '')}\n${copies.get(s.id) ?? ''}`]));
  failures.push(...otherNamesUnfound(files, titled));
  failures.push(
    ...conflicts(
      asArray(files['memberships.json']) as unknown as MembershipLike[],
      asArray(files['discrepancies.json']),
      lastYear,
    ),
  );
  return { checked, failures };
}

/**
 * An initiative's other names (its phases and later frameworks, for search) must each be found, in English, in the
 * title or stored copy of a source that one of the initiative's own records cites: search answers only to names the
 * sources use.
 */
function otherNamesUnfound(files: Record<string, unknown>, texts: Map<string, string>): ProvenanceFailure[] {
  const citedBy = new Map<string, Set<string>>();
  for (const [file, records] of Object.entries(files)) {
    if (file === 'sources.json') continue;
    for (const r of asArray(records)) {
      const initiatives = [
        file === 'initiatives.json' ? r.id : r.initiative,
        ...(Array.isArray(r.initiatives) ? r.initiatives : []),
      ];
      const ids = [
        ...(Array.isArray(r.sourceIds) ? r.sourceIds : []),
        ...asArray(r.positions).flatMap((p) => (Array.isArray(p.sourceIds) ? p.sourceIds : [])),
      ];
      for (const i of initiatives.filter((x): x is string => typeof x === 'string')) {
        const set = citedBy.get(i) ?? new Set<string>();
        ids.forEach((id) => typeof id === 'string' && set.add(id));
        citedBy.set(i, set);
      }
    }
  }
  const out: ProvenanceFailure[] = [];
  for (const initiative of asArray(files['initiatives.json'])) {
    const id = String(initiative.id);
    asArray(initiative.otherNames).forEach((name, i) => {
      const en = typeof name.en === 'string' ? normalise(name.en).toLowerCase() : '';
      const sources = [...(citedBy.get(id) ?? [])];
      if (en && sources.some((s) => texts.get(s)?.toLowerCase().includes(en))) return;
      out.push({
        file: 'initiatives.json',
        record: id,
        field: `otherNames[${i}]`,
        message: `"${String(name.en)}" is not named in the title or stored copy of any source the initiative's records cite`,
      });
    });
  }
  return out;
}

/**
 * Two memberships of one country in one initiative that overlap in years but claim a different status must
 * be named together by a discrepancy record (its `memberships` field). Different kinds of participation with
 * the same status (a signatory that is also a funded partner) are two facts, not a disagreement.
 */
function conflicts(
  memberships: MembershipLike[],
  discrepancies: Record<string, unknown>[],
  lastYear: number,
): ProvenanceFailure[] {
  const disputed = new Set<string>();
  for (const d of discrepancies) {
    const ids = Array.isArray(d.memberships) ? d.memberships.filter((x): x is string => typeof x === 'string') : [];
    for (const a of ids) for (const b of ids) if (a !== b) disputed.add(`${a}|${b}`);
  }
  const out: ProvenanceFailure[] = [];
  memberships.forEach((a, i) => {
    for (const b of memberships.slice(i + 1)) {
      if (a.country !== b.country || a.initiative !== b.initiative) continue;
      const from = Math.max(a.firstYear, b.firstYear);
      const to = Math.min(a.lastYear ?? lastYear, b.lastYear ?? lastYear);
      if (from > to || a.status === b.status || disputed.has(`${a.id}|${b.id}`)) continue;
      out.push({
        file: 'memberships.json',
        record: a.id,
        field: 'status',
        message: `claims ${a.country} in ${a.initiative} ${from}–${to} differently from "${b.id}" and no record in discrepancies.json names both (field "memberships")`,
      });
    }
  });
  return out;
}

/** e.g. `data/memberships.json › blz-cbsi › quote [state-cbsi-dialogue-2013]: quote not found …` */
export function formatFailure(f: ProvenanceFailure): string {
  return `${[`data/${f.file}`, f.record, f.field].filter(Boolean).join(' › ')}${f.source ? ` [${f.source}]` : ''}: ${f.message}`;
}
