// The data's version for citations and downloads (src/dataOut/version.ts): the package's version and the day the
// data last changed, from git when the build runs in a checkout, else the day of the build; and which sources have
// a stored excerpt file, so downloads link to a copy only where one exists.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

function dataDate(root: string): string {
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cs', '--', 'data'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  } catch {
    // Not a git checkout (a tarball, a CI cache): the build's own date stands in.
  }
  return new Date().toISOString().slice(0, 10);
}

/** The sources with a stored copy of their passages, data/excerpts/<source-id>.md, which ship with the site. */
function excerptIds(root: string): string[] {
  const dir = resolve(root, 'data', 'excerpts');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -'.md'.length))
    .sort();
}

/** Vite `define` entries: replaced in the code at build time (src/dataOut/version.ts). */
export function versionDefines(root: string): Record<string, string> {
  const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
  return {
    __ATLAS_VERSION__: JSON.stringify(version),
    __ATLAS_DATA_DATE__: JSON.stringify(dataDate(root)),
    __ATLAS_EXCERPT_IDS__: JSON.stringify(excerptIds(root)),
  };
}
