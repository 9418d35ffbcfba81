// Reads what the provenance lock checks (the data files, the seeds' copies in public/sources/, the
// excerpts in data/excerpts/) and runs it. Used by the data step of the build (atlasData.ts) and the tests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkProvenance, type ProvenanceReport } from '../src/data/provenance.ts';
import { LAST_YEAR } from '../src/data/types.ts';

function readDir(dir: string, ext: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith(ext))
    .sort())
    out[name] = readFileSync(resolve(dir, name), 'utf8');
  return out;
}

/** `files` are the parsed data files by name (slides.json included); the stored copies are read from disk. */
export function provenanceOf(dataDir: string, files: Record<string, unknown>): ProvenanceReport {
  const seeds = readDir(resolve(dataDir, '..', 'public', 'sources'), '.txt');
  const excerpts = Object.fromEntries(
    Object.entries(readDir(resolve(dataDir, 'excerpts'), '.md')).map(([name, text]) => [
      name.replace(/\.md$/, ''),
      text,
    ]),
  );
  return checkProvenance({ files, seeds, excerpts, lastYear: LAST_YEAR });
}
