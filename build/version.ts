// The data's version for citations and downloads (src/dataOut/version.ts): the package's version and the day the
// data last changed, from git when the build runs in a checkout, else the day of the build.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

function dataDate(root: string): string {
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cs', '--', 'data'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  } catch {
    // Not a git checkout (a tarball, a CI cache): the build's own date stands in.
  }
  return new Date().toISOString().slice(0, 10);
}

/** Vite `define` entries: replaced in the code at build time. */
export function versionDefines(root: string): Record<string, string> {
  const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };
  return { __ATLAS_VERSION__: JSON.stringify(version), __ATLAS_DATA_DATE__: JSON.stringify(dataDate(root)) };
}
