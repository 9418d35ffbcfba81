// The long-session soak: drives the built atlas in Chromium through hundreds of
// selection and year changes and thousands of pointer moves over the map, then
// compares the JS heap after a forced garbage collection with the heap at the
// start, and lists console errors. Not part of `npm test` (it takes minutes):
// `npm run build && npm run soak` (add `-- --svg` for the SVG renderer,
// `-- --rounds=N --hovers=N` to change the load).
//
// Threshold: the heap may grow by at most 4 MB. A steady state keeps a fixed
// amount: the store (5 status messages at most), MapLibre's bounded tile cache
// and feature state for ~60 countries, React's fibers for one panel. A leak
// that keeps anything per selection or per hover (listeners, panels, patterns,
// closures over the atlas data) grows by far more than that over 300 changes
// and 3,000 moves: a single leaked listener closure per selection holding a
// panel's props is ~10 KB, ×300 = 3 MB; per hover, ×3,000 much more. The
// measured noise between two idle GCs is well under 1 MB.
import { startAtlas, openAtlas, waitForMapIdle, countryPoint } from './driver.mjs';

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .map((a) => a.replace(/^--/, '').split('='))
    .map(([k, v]) => [k, v ?? 'true']),
);
const ROUNDS = Number(args.rounds ?? 300);
const HOVERS = Number(args.hovers ?? 3000);
const LIMIT_BYTES = 4 * 1024 * 1024;
const COUNTRIES = [
  'HND',
  'GTM',
  'MEX',
  'COL',
  'PER',
  'JAM',
  'BLZ',
  'PAN',
  'DOM',
  'SLV',
  'NIC',
  'CRI',
  'BOL',
  'ECU',
  'TTO',
];
const INITIATIVES = ['Mérida', 'CARSI', 'CBSI', 'Colombia', 'Andean'];

const atlas = await startAtlas({}, [
  '--enable-precise-memory-info',
  ...(args.svg ? ['--disable-webgl', '--disable-3d-apis'] : []),
]);
// Reduced motion: the camera jumps, so the soak spends its time on state changes, not on waiting for flights.
const page = await atlas.newPage({ width: 1280, height: 800 }, { reducedMotion: 'reduce' });
const cdp = await page.context().newCDPSession(page);
await cdp.send('Performance.enable');

async function heap() {
  // Collected when the call returns; one frame more lets anything the page had queued run before the heap is read.
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(undefined))));
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
}
const mb = (b) => `${(b / 1024 / 1024).toFixed(2)} MB`;

async function change(i) {
  switch (i % 4) {
    case 0:
      await page
        .locator('.app-header select')
        .first()
        .selectOption(i % 8 === 0 ? '' : String(2000 + (i % 15)));
      break;
    case 1:
      await page.locator('.legend-select', { hasText: INITIATIVES[i % INITIATIVES.length] }).click();
      break;
    case 2: {
      await waitForMapIdle(page);
      const iso = COUNTRIES[i % COUNTRIES.length];
      const { x, y } = await countryPoint(page, iso);
      await page.mouse.click(x, y);
      break;
    }
    default:
      await page.goBack();
  }
}

async function hover(n) {
  const box = await page.locator('.map').boundingBox();
  for (let i = 0; i < n; i++) {
    // A slow diagonal sweep crossing many countries, like a person scanning the map.
    const x = box.x + ((i * 37) % Math.floor(box.width));
    const y = box.y + ((i * 23) % Math.floor(box.height));
    await page.mouse.move(x, y);
  }
}

const started = Date.now();
await openAtlas(page, `lang=en${args.svg ? '&renderer=svg' : ''}`);
const renderer = await page.locator('.map').getAttribute('data-renderer');
// Warm up: the first of everything (patterns, panels, fonts) is allocated once, not leaked.
for (let i = 0; i < 24; i++) await change(i);
await hover(200);
const before = await heap();
// The hovers come in bursts between the changes, so they meet every state the changes leave behind.
const BURSTS = 10;
for (let i = 0; i < ROUNDS; i++) {
  await change(i);
  if (i % Math.ceil(ROUNDS / BURSTS) === 0) await hover(Math.ceil(HOVERS / BURSTS));
}
const after = await heap();
const growth = after - before;
const { problems } = page;
await atlas.stop();

console.log(
  `Soak (${renderer}): ${ROUNDS} selection/year changes, ${HOVERS} pointer moves, ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
console.log(
  `JS heap after GC: before ${mb(before)}, after ${mb(after)}, growth ${mb(growth)} (limit ${mb(LIMIT_BYTES)})`,
);
console.log(`Console errors: ${problems.consoleErrors.length}, page errors: ${problems.pageErrors.length}`);
for (const e of [...problems.consoleErrors, ...problems.pageErrors].slice(0, 10)) console.log(`  ${e}`);
const ok = growth <= LIMIT_BYTES && problems.consoleErrors.length === 0 && problems.pageErrors.length === 0;
console.log(ok ? 'PASS' : 'FAIL');
process.exit(ok ? 0 : 1);
