// Runs the browser tests (node's test runner) against the built app in dist/.
// One file at a time: SwiftShader WebGL is CPU-bound on small machines.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findChromium } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
if (!existsSync(join(root, 'dist', 'index.html'))) {
  console.error('dist/ is missing: run `npm run build` first (npm test does).');
  process.exit(1);
}
try {
  console.log(`Browser tests in ${findChromium()}`);
} catch (err) {
  console.error(String(/** @type {Error} */ (err).message));
  process.exit(1);
}
const dir = join(root, 'tests', 'browser');
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.test.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()
  .map((f) => join(dir, f));
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
