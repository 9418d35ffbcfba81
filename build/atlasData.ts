// Reads data/*.json, validates them as one set and serves the merged result as
// two files (dev middleware) or emits them into dist/ (build): `data/atlas.json`,
// what the first view needs, and `data/details.json`, the rest, which the app
// fetches once the map is drawn. A data error stops the build with file, record
// and field named.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { DATA_FILES } from '../src/data/types.ts';
import { formatError, splitForFirstView, validateAtlasData, type ValidationError } from '../src/data/validate.ts';
import { formatFailure } from '../src/data/provenance.ts';
import { SLIDES_FILE, validateSlides } from '../src/state/slides.ts';
import { provenanceOf } from './provenance.ts';

export const ATLAS_DATA_PATH = 'data/atlas.json';
export const DETAILS_DATA_PATH = 'data/details.json';

export function readDataFiles(dir: string): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const name of Object.values(DATA_FILES)) {
    const path = resolve(dir, name);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (err) {
      throw new Error(`data/${name}: file is missing`, { cause: err });
    }
    try {
      files[name] = JSON.parse(text);
    } catch (err) {
      throw new Error(`data/${name}: not valid JSON (${(err as Error).message})`, { cause: err });
    }
  }
  return files;
}

/** data/slides.json parsed, or the Error saying why not. */
function readSlides(dir: string): unknown {
  try {
    return JSON.parse(readFileSync(resolve(dir, SLIDES_FILE), 'utf8'));
  } catch (err) {
    return new Error(`missing or not valid JSON (${(err as Error).message})`);
  }
}

/** data/slides.json checked against the data: the app bundles it, so a bad deck must stop the build too. */
function slideErrors(dir: string, data: NonNullable<ReturnType<typeof validateAtlasData>['data']>): ValidationError[] {
  const raw = readSlides(dir);
  if (raw instanceof Error) return [{ file: SLIDES_FILE, record: '', field: '', message: raw.message }];
  const refs = {
    sources: new Set(data.sources.map((s) => s.id)),
    countries: new Set(data.countries.map((c) => c.iso3)),
  };
  return validateSlides(raw, refs).errors;
}

/** The validated data as the two JSON files the app fetches (path → text), or an Error listing every problem. */
export function buildAtlasJson(dir: string): Record<typeof ATLAS_DATA_PATH | typeof DETAILS_DATA_PATH, string> {
  const files = readDataFiles(dir);
  const { data, errors } = validateAtlasData(files);
  if (data) errors.push(...slideErrors(dir, data));
  const problems = errors.map(formatError);
  // The provenance lock: every quote found in a stored copy of its sources (src/data/provenance.ts).
  if (data) {
    const unproven = provenanceOf(dir, { ...files, [SLIDES_FILE]: readSlides(dir) }).failures.map(formatFailure);
    // ATLAS_PROVENANCE=warn lets a data branch build while another branch's quotes are still to be merged:
    // the failures are printed, never hidden. Without it (always in `npm test`) they stop the build.
    if (process.env.ATLAS_PROVENANCE === 'warn') unproven.forEach((line) => console.warn(`provenance: ${line}`));
    else problems.push(...unproven);
  }
  if (problems.length > 0 || !data) {
    const lines = problems.slice(0, 40).map((line) => `  ${line}`);
    const more = problems.length > 40 ? `\n  … and ${problems.length - 40} more` : '';
    throw new Error(
      `Atlas data is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}${more}`,
    );
  }
  const { core, details } = splitForFirstView(data);
  return { [ATLAS_DATA_PATH]: JSON.stringify(core), [DETAILS_DATA_PATH]: JSON.stringify(details) };
}

/**
 * The excerpts the quotes come from (data/excerpts/<id>.md), as `sources/<id>.txt` beside the seeds' copies:
 * plain text, so a browser opens them as they are, offline and from the briefing copy.
 */
export function excerptFiles(dataDir: string): Record<string, string> {
  const dir = resolve(dataDir, 'excerpts');
  if (!existsSync(dir)) return {};
  return Object.fromEntries(
    readdirSync(dir)
      .filter((n) => n.endsWith('.md'))
      .map((n) => [`sources/${n.replace(/\.md$/, '.txt')}`, readFileSync(resolve(dir, n), 'utf8')]),
  );
}

/** `emit: false` when the data travels inside the page (the offline build). */
export function atlasData(dataDir: string, { emit = true } = {}): Plugin {
  return {
    name: 'atlas-data',
    buildStart() {
      for (const name of [...Object.values(DATA_FILES), SLIDES_FILE]) this.addWatchFile(resolve(dataDir, name));
      for (const name of Object.keys(excerptFiles(dataDir)))
        this.addWatchFile(resolve(dataDir, 'excerpts', name.replace(/^sources\/(.*)\.txt$/, '$1.md')));
    },
    generateBundle() {
      for (const [fileName, source] of Object.entries(excerptFiles(dataDir)))
        this.emitFile({ type: 'asset', fileName, source });
      if (!emit) {
        buildAtlasJson(dataDir); // still validated: a bad record stops this build too
        return;
      }
      for (const [fileName, source] of Object.entries(buildAtlasJson(dataDir)))
        this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0];
        const excerpt = path?.match(/\/(sources\/[^/]+\.txt)$/)?.[1];
        const text = excerpt ? excerptFiles(dataDir)[excerpt] : undefined;
        if (text !== undefined) {
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end(text);
          return;
        }
        const file = ([ATLAS_DATA_PATH, DETAILS_DATA_PATH] as const).find((p) => path?.endsWith(`/${p}`));
        if (!file) return next();
        try {
          const json = buildAtlasJson(dataDir)[file];
          res.setHeader('Content-Type', 'application/json');
          res.end(json);
        } catch (err) {
          // Shown in the page's error panel, so a data author sees the same message as the build.
          res.statusCode = 500;
          res.setHeader('Content-Type', 'text/plain; charset=utf-8');
          res.end((err as Error).message);
        }
      });
    },
  };
}
