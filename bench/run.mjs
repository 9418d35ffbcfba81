// npm run bench: builds the atlas and a floor page (MapLibre with only a
// background layer, same tooling), serves both locally, drives the system
// Chromium and measures in one run, several times each, alternating pages so
// machine noise hits both alike. Prints medians and writes JSON.
//
// BENCH_COMPARE=<name>=<dir>,…: built dist/ folders of other code (main's, an alternative design) measured in the
// same run, beside this build ("after") and the floor, so they are compared under the same machine load.
import { mkdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join, resolve, extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/chromium.mjs';
import { serve } from '../tests/server.mjs';
import { startBare } from './bare.mjs';

const root = resolve(import.meta.dirname, '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LONG_TASK_LOADS = Number(process.env.BENCH_LONG_TASK_LOADS ?? 3);
const VIEWPORT = { width: 1920, height: 1080 };
/** The weakest projector laptop's screen: the atlas in its projector theme against the floor at the same size. */
const PROJECTOR = { width: 1024, height: 768 };
/** The sizes the first view is timed at, each against the floor at the same size. */
const SIZES = [
  { name: '1920×1080', viewport: VIEWPORT, query: '' },
  { name: '1280×800', viewport: { width: 1280, height: 800 }, query: '' },
  { name: '1024×768 projector', viewport: PROJECTOR, query: '?theme=projector' },
];
const COMPARE = (process.env.BENCH_COMPARE ?? '')
  .split(',')
  .filter(Boolean)
  .map((entry) => {
    const [name, dir] = entry.split('=');
    if (!name || !dir || name === 'atlas' || name === 'floor')
      throw new Error(`BENCH_COMPARE: "${entry}" is not <name>=<dir> (names atlas and floor are taken)`);
    return { name, dir: resolve(dir) };
  });
/** How long after ready the page is watched for long tasks. */
const WATCH_AFTER_READY_MS = 5000;
const outDir = join(root, 'bench', 'results');
mkdirSync(outDir, { recursive: true });

const median = (xs) => {
  const s = [...xs].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const gz = (path) => gzipSync(readFileSync(path)).length;

console.log('Building the atlas and the floor page…');
await build({ root, logLevel: 'warn' });
const floorOut = join(outDir, 'floor-dist');
await build({
  root: join(root, 'bench', 'floor'),
  base: './',
  configFile: false,
  logLevel: 'warn',
  build: { outDir: floorOut, emptyOutDir: true },
});
const dataFloorOut = join(outDir, 'floor-data-dist');
await build({
  root: join(root, 'bench', 'floor-data'),
  base: './',
  configFile: false,
  logLevel: 'warn',
  build: { outDir: dataFloorOut, emptyOutDir: true },
});

const atlasServer = await serve(join(root, 'dist'));
const compared = await Promise.all(COMPARE.map(async (c) => ({ ...c, server: await serve(c.dir) })));
const floorServer = await serve(floorOut);
const dataFloorServer = await serve(dataFloorOut);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });

async function newPage(viewport = VIEWPORT) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp, context };
}

const WORKER = /maplibre-gl-worker/;

/**
 * The marks say when a frame was *issued*; on SwiftShader the GPU process may take a second or more to carry it out,
 * and only then is it on screen. So, the same way for every page: when the ready mark is set, a fence goes into the
 * map's WebGL context, and `<mark>:gpu` is set once the GPU has done everything issued until then.
 */
function fenceAtMark(mark) {
  const set = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    const entry = set(name, options);
    if (name !== mark) return entry;
    const gl = /** @type {HTMLCanvasElement | null} */ (document.querySelector('.maplibregl-canvas'))?.getContext(
      'webgl2',
    );
    if (!gl || gl.isContextLost())
      set(`${mark}:gpu`); // no WebGL map: nothing to wait for
    else {
      const sync = gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0);
      gl.flush();
      const poll = () => {
        // A lost context answers null: stop, rather than poll until the run times out.
        const status = gl.isContextLost() ? null : gl.getSyncParameter(sync, gl.SYNC_STATUS);
        if (status === gl.UNSIGNALED) return void setTimeout(poll, 2);
        if (status === gl.SIGNALED) gl.deleteSync(sync);
        set(`${mark}:gpu`);
      };
      poll();
    }
    return entry;
  };
}

/**
 * Navigation start to the named mark, in ms, and the paths of the files the page asked for: for the atlas, the
 * first view's, i.e. every resource requested before the mark (what is fetched after it, such as the atlas's
 * details, is not), and MapLibre's worker whenever it comes (the map needs it to finish, and the floor counts it);
 * for a floor page, everything it loads (MapLibre's worker arrives after its first idle).
 */
async function timeToMark(url, mark, { everything = false, viewport = VIEWPORT } = {}) {
  const { page, context } = await newPage(viewport);
  await page.addInitScript(fenceAtMark, mark);
  await page.goto(url);
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 120_000 });
  await page.waitForFunction((m) => performance.getEntriesByName(`${m}:gpu`).length > 0, mark, { timeout: 120_000 });
  if (everything) await page.waitForLoadState('networkidle');
  else
    await page.waitForFunction(
      (w) => performance.getEntriesByType('resource').some((e) => new RegExp(w).test(e.name)),
      WORKER.source,
      { timeout: 60_000 },
    );
  const { t, gpu, resources } = await page.evaluate(
    ([m, all, w]) => {
      const at = performance.getEntriesByName(m)[0].startTime;
      const requested = performance
        .getEntriesByType('resource')
        .filter((e) => all || e.startTime <= at || new RegExp(w).test(e.name));
      return {
        t: at,
        gpu: performance.getEntriesByName(`${m}:gpu`)[0].startTime,
        resources: requested.map((e) => new URL(e.name).pathname),
      };
    },
    [mark, everything, WORKER.source],
  );
  await context.close();
  return { t, gpu, responses: ['/', ...resources] };
}

/** gzip bytes of the files a first view fetched, by kind. */
function transfer(dir, paths) {
  const kinds = { js: 0, css: 0, geometry: 0, data: 0, other: 0 };
  for (const p of new Set(paths)) {
    const file = join(dir, decodeURIComponent(p === '/' ? '/index.html' : p));
    let size;
    try {
      if (!statSync(file).isFile()) continue;
      size = gz(file);
    } catch {
      continue;
    }
    const ext = extname(file);
    const kind = p.includes('/geo/')
      ? 'geometry'
      : p.includes('/data/')
        ? 'data'
        : ext === '.js' || ext === '.mjs'
          ? 'js'
          : ext === '.css'
            ? 'css'
            : 'other';
    kinds[kind] += size;
  }
  return kinds;
}

/** Long tasks in the WATCH_AFTER_READY_MS after ready: when a user may be clicking. */
async function longTasksAfterReady(origin, query, viewport) {
  const { page, context } = await newPage(viewport);
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) =>
      window.__longTasks.push(...list.getEntries().map((e) => ({ startTime: e.startTime, duration: e.duration }))),
    ).observe({
      type: 'longtask',
      buffered: true,
    });
  });
  await page.goto(`${origin}/${query}`);
  await page.waitForFunction(() => performance.getEntriesByName('atlas:ready').length > 0, null, { timeout: 120_000 });
  // The page's own clock says when the watch is over; the tasks in it are read then.
  await page.waitForFunction(
    (watch) => performance.now() > performance.getEntriesByName('atlas:ready')[0].startTime + watch,
    WATCH_AFTER_READY_MS,
    { timeout: 120_000, polling: 100 },
  );
  const tasks = await page.evaluate((watch) => {
    const ready = performance.getEntriesByName('atlas:ready')[0].startTime;
    return window.__longTasks
      .filter((e) => e.startTime > ready && e.startTime <= ready + watch)
      .map((e) => ({ at: e.startTime - ready, ms: e.duration }));
  }, WATCH_AFTER_READY_MS);
  await context.close();
  return { tasks };
}

/** Click a country where its name is drawn; time from pointerdown to the panel naming it. */
async function selectToPanel(origin) {
  const { page, context, cdp } = await newPage();
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => performance.getEntriesByName('atlas:ready').length > 0, null, { timeout: 120_000 });
  // Clicked once the map has settled, as a user who has looked at the map first.
  await page.waitForTimeout(1000);
  const results = [];
  const settled = () =>
    page.waitForFunction(() => document.querySelector('.map')?.dataset.moving !== 'true', null, { timeout: 60_000 });
  for (const iso of ['HND', 'COL', 'MEX', 'PER', 'JAM']) {
    // A label's box is only where its country is once the camera has stopped (Escape flies back to the overview).
    await settled();
    await page.waitForTimeout(300);
    const label = page.locator(`.country-labels [data-iso="${iso}"]`);
    const box = await label.boundingBox();
    const name = (await label.innerText()).trim();
    if (!box || !name) {
      results.push(NaN);
      continue;
    }
    await page.evaluate((expected) => {
      window.__bench = { start: 0, end: 0 };
      addEventListener('pointerdown', () => (window.__bench.start = performance.now()), { capture: true, once: true });
      // A MutationObserver sees the heading the moment React commits it.
      new MutationObserver((_, obs) => {
        const h = document.querySelector('#details h2');
        if (h && window.__bench.start && h.textContent.trim() === expected && !window.__bench.end) {
          window.__bench.end = performance.now();
          obs.disconnect();
        }
      }).observe(document.getElementById('details'), { subtree: true, childList: true, characterData: true });
    }, name);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    // A loaded machine may take its time; a click that missed is recorded as n/a rather than ending the run.
    await page.waitForFunction(() => window.__bench.end > 0, null, { timeout: 30_000 }).catch(() => {});
    results.push(
      await page.evaluate(() =>
        window.__bench.end && window.__bench.start ? window.__bench.end - window.__bench.start : NaN,
      ),
    );
    await page.keyboard.press('Escape');
  }
  await cdp.send('HeapProfiler.collectGarbage');
  const metrics = (await cdp.send('Performance.getMetrics')).metrics;
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  await context.close();
  return { select: results, heap };
}

/**
 * "Usable" as well as drawn: a click on Mexico sent as soon as the page has marked `atlas:ready` (the mark is polled
 * every frame), and the time from the countries' first frame (the mark's time) to the panel showing Mexico. The
 * point is Mexico's name on the map, read once from a settled load of the same size.
 */
async function firstClick() {
  const calibration = await newPage();
  await calibration.page.goto(`${atlasServer.origin}/`);
  await calibration.page.waitForFunction(
    () =>
      performance.getEntriesByName('atlas:ready').length > 0 &&
      document.querySelector('.map')?.dataset.moving !== 'true',
    null,
    { timeout: 120_000 },
  );
  const box = await calibration.page.locator('.country-labels [data-iso="MEX"]').boundingBox();
  const name = (await calibration.page.locator('.country-labels [data-iso="MEX"]').innerText()).trim();
  await calibration.context.close();
  const clicked = [];
  const answered = [];
  for (let i = 0; i < RUNS; i++) {
    const { page, context } = await newPage();
    await page.addInitScript((expected) => {
      window.__first = {};
      addEventListener('pointerdown', () => (window.__first.down ??= performance.now()), { capture: true });
      addEventListener('DOMContentLoaded', () =>
        new MutationObserver(() => {
          const h = document.querySelector('#details h2');
          if (window.__first.down && h?.textContent.trim() === expected) window.__first.answered ??= performance.now();
        }).observe(document.body, { subtree: true, childList: true, characterData: true }),
      );
    }, name);
    await page.goto(`${atlasServer.origin}/`);
    await page.waitForFunction(() => performance.getEntriesByName('atlas:ready').length > 0, null, {
      timeout: 120_000,
      polling: 'raf',
    });
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => window.__first.answered > 0, null, { timeout: 30_000 }).catch(() => {});
    const t = await page.evaluate(() => {
      const ready = performance.getEntriesByName('atlas:ready')[0].startTime;
      const { down, answered: done } = window.__first;
      return { clicked: down ? down - ready : NaN, answered: done ? done - ready : NaN };
    });
    clicked.push(t.clicked);
    answered.push(t.answered);
    await context.close();
  }
  return { clicked, answered };
}

/**
 * Presentation: from a slide key to the camera being asked to move (the `atlas:slide-camera` mark the
 * presentation sets in the same task as it calls the map) and to the map reporting it moving.
 */
async function slideToAnimation(origin) {
  const { page, context } = await newPage();
  await page.goto(`${origin}/?present=1&slide=1`);
  await page.waitForFunction(() => performance.getEntriesByName('atlas:ready').length > 0, null, { timeout: 120_000 });
  // The presentation is its own chunk, and may still be arriving when the map is ready.
  const presenting = await page
    .waitForFunction(
      () => new URL(location.href).searchParams.get('present') === '1' && !!document.querySelector('[data-slide-id]'),
      null,
      { timeout: 30_000 },
    )
    .then(
      () => true,
      () => false,
    );
  if (!presenting) {
    await context.close();
    return { mark: [], moving: [] };
  }
  const mark = [];
  const moving = [];
  for (let i = 0; i < 4; i++) {
    await page.waitForFunction(() => document.querySelector('.map')?.dataset.moving !== 'true', null, {
      timeout: 60_000,
    });
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      window.__slide = { start: 0, moved: 0 };
      addEventListener('keydown', () => (window.__slide.start = performance.now()), { capture: true, once: true });
      new MutationObserver((_, obs) => {
        if (document.querySelector('.map')?.dataset.moving === 'true') {
          window.__slide.moved = performance.now();
          obs.disconnect();
        }
      }).observe(document.querySelector('.map'), { attributes: true, attributeFilter: ['data-moving'] });
    });
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => window.__slide.moved > 0, null, { timeout: 10_000 }).catch(() => {});
    const t = await page.evaluate(() => {
      const { start, moved } = window.__slide;
      const m = performance
        .getEntriesByName('atlas:slide-camera')
        .filter((e) => e.startTime >= start)
        .at(0);
      return { mark: start && m ? m.startTime - start : NaN, moving: start && moved ? moved - start : NaN };
    });
    mark.push(t.mark);
    moving.push(t.moving);
  }
  await context.close();
  return { mark, moving };
}

/** The pages timed: the floor, this build, and the builds measured against it (BENCH_COMPARE). */
/** @type {{ key: string, origin: string, mark: string, everything?: boolean, dir?: string }[]} */
const pages = [
  { key: 'floor', origin: floorServer.origin, mark: 'floor:ready', everything: true },
  { key: 'atlas', origin: atlasServer.origin, mark: 'atlas:ready' },
  ...compared.map((c) => ({ key: c.name, origin: c.server.origin, mark: 'atlas:ready', dir: c.dir })),
];
/** ready[size][page] and gpu[size][page]: ms from navigation, one per run. */
const ready = Object.fromEntries(SIZES.map((size) => [size.name, Object.fromEntries(pages.map((p) => [p.key, []]))]));
const gpu = Object.fromEntries(SIZES.map((size) => [size.name, Object.fromEntries(pages.map((p) => [p.key, []]))]));
const dataFloorReady = [];
/** The files each page fetched for its first view, at 1920×1080. */
const paths = {};
// A browser's first page pays for starting its GPU process and caches: one load of each page first, not counted, so
// that cost falls on none of them.
for (const p of pages) await timeToMark(`${p.origin}/`, p.mark, { everything: p.everything });
for (let i = 0; i < RUNS; i++) {
  const line = [];
  for (const size of SIZES) {
    for (const p of pages) {
      const query = p.key === 'floor' ? '' : size.query;
      const r = await timeToMark(`${p.origin}/${query}`, p.mark, {
        everything: p.everything && size.viewport === VIEWPORT,
        viewport: size.viewport,
      });
      ready[size.name][p.key].push(r.t);
      gpu[size.name][p.key].push(r.gpu);
      if (size.viewport === VIEWPORT) paths[p.key] = r.responses;
    }
    line.push(`${size.name}: ${pages.map((p) => `${p.key} ${ready[size.name][p.key][i].toFixed(0)}`).join(', ')}`);
  }
  dataFloorReady.push((await timeToMark(`${dataFloorServer.origin}/`, 'floor:ready', { everything: true })).t);
  process.stdout.write(`  run ${i + 1}/${RUNS} (ms to ready): ${line.join('; ')}\n`);
}
// The same loads with no DevTools agent on the page (bare.mjs): the instrument's own cost left out. BENCH_BARE=0 skips.
const bare = Object.fromEntries(SIZES.map((size) => [size.name, Object.fromEntries(pages.map((p) => [p.key, []]))]));
if (process.env.BENCH_BARE !== '0') {
  const bareBrowser = await startBare(findChromium(), CHROMIUM_ARGS);
  try {
    for (const p of pages) await bareBrowser.load(`${p.origin}/`, p.mark, VIEWPORT); // not counted: as above
    for (let i = 0; i < RUNS; i++)
      for (const size of SIZES)
        for (const p of pages)
          bare[size.name][p.key].push(
            await bareBrowser.load(`${p.origin}/${p.key === 'floor' ? '' : size.query}`, p.mark, size.viewport),
          );
  } finally {
    await bareBrowser.close();
  }
}
/** Interaction and long tasks, for this build and the one measured against. */
async function interactions(origin) {
  const select = await selectToPanel(origin);
  const longTasks = Object.fromEntries(SIZES.map((size) => [size.name, []]));
  for (let i = 0; i < LONG_TASK_LOADS; i++)
    for (const size of SIZES) longTasks[size.name].push(await longTasksAfterReady(origin, size.query, size.viewport));
  const slides = await slideToAnimation(origin);
  return { select, longTasks, slides };
}
const after = await interactions(atlasServer.origin);
const others = [];
for (const c of compared) others.push([c.name, await interactions(c.server.origin)]);
const first = await firstClick();
await browser.close();
await atlasServer.close();
for (const c of compared) await c.server.close();
await floorServer.close();
await dataFloorServer.close();

const total = (bytes) => Object.values(bytes).reduce((a, b) => a + b, 0);
const atlasBytes = transfer(join(root, 'dist'), paths.atlas);
const otherBytes = compared.map((c) => [c.name, transfer(c.dir, paths[c.name])]);
const floorBytes = transfer(floorOut, paths.floor);
const maplibreBytes =
  gz(join(root, 'node_modules/maplibre-gl/dist/maplibre-gl.mjs')) +
  gz(join(root, 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs'));
const [atlasTotal, floorTotal] = [total(atlasBytes), total(floorBytes)];

/** Per size: each page's median, and each atlas's ratio to the floor's median. */
function bySize(times) {
  return Object.fromEntries(
    SIZES.map((size) => {
      const runs = times[size.name];
      const medians = Object.fromEntries(pages.map((p) => [p.key, median(runs[p.key])]));
      const ratios = Object.fromEntries(
        pages.filter((p) => p.key !== 'floor').map((p) => [p.key, medians[p.key] / medians.floor]),
      );
      return [size.name, { viewport: size.viewport, query: size.query, medians, ratios, runs }];
    }),
  );
}
const interactionSummary = (x) => ({
  selectToPanelMs: { median: median(x.select.select), runs: x.select.select },
  slideKeyToAnimationMs: {
    median: median(x.slides.mark),
    runs: x.slides.mark,
    toMapMovingMedian: median(x.slides.moving),
    toMapMovingRuns: x.slides.moving,
  },
  heapAfterLoadBytes: x.select.heap,
  longTasksAfterReady: Object.fromEntries(
    Object.entries(x.longTasks).map(([size, loads]) => [size, loads.map((load) => load.tasks)]),
  ),
  longestTaskAfterReadyMs: Math.max(
    0,
    ...Object.values(x.longTasks)
      .flat()
      .flatMap((load) => load.tasks.map((t) => t.ms)),
  ),
});

const result = {
  date: new Date().toISOString(),
  runs: RUNS,
  compared: COMPARE,
  readyMs: bySize(ready),
  dataFloorReadyMs: { median: median(dataFloorReady), runs: dataFloorReady },
  readyWithoutDevToolsMs: process.env.BENCH_BARE !== '0' ? bySize(bare) : null,
  gpuDoneMs: bySize(gpu),
  transferGzipBytes: {
    atlas: atlasBytes,
    atlasTotal,
    floorTotal,
    maplibreBundle: maplibreBytes,
    beyondFloor: atlasTotal - floorTotal,
    others: Object.fromEntries(
      otherBytes.map(([name, bytes]) => [
        name,
        { .../** @type {object} */ (bytes), total: total(bytes), beyondFloor: total(bytes) - floorTotal },
      ]),
    ),
  },
  firstClickMs: {
    clickedAfterReady: median(first.clicked),
    answeredAfterReady: median(first.answered),
    clickedRuns: first.clicked,
    answeredRuns: first.answered,
  },
  watchAfterReadyMs: WATCH_AFTER_READY_MS,
  interactions: {
    after: interactionSummary(after),
    ...Object.fromEntries(others.map(([name, x]) => [name, interactionSummary(x)])),
  },
};
const stamp = result.date.replace(/[:.]/g, '-');
writeFileSync(join(outDir, `bench-${stamp}.json`), JSON.stringify(result, null, 2));
writeFileSync(join(outDir, 'latest.json'), JSON.stringify(result, null, 2));

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : 'n/a');
const ratio = (x) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');
const builds = Object.entries(result.interactions);
const rows = [
  ...Object.entries(result.readyMs).map(([name, r]) => [
    `time to ready, ${name}`,
    pages.map((p) => `${p.key} ${ms(r.medians[p.key])}`).join(', '),
    `ratio to the floor: ${Object.entries(r.ratios)
      .map(([k, v]) => `${k === 'atlas' ? 'after' : k} ${ratio(v)}`)
      .join(', ')} (budget ≤ 1.0 at 1280×800 and 1024×768 projector)`,
  ]),
  ...Object.entries(result.gpuDoneMs).map(([name, r]) => [
    `  GPU done, ${name}`,
    pages.map((p) => `${p.key} ${ms(r.medians[p.key])}`).join(', '),
    `ratios ${Object.entries(r.ratios)
      .map(([k, v]) => `${k === 'atlas' ? 'after' : k} ${ratio(v)}`)
      .join(', ')}`,
  ]),
  ...(result.readyWithoutDevToolsMs
    ? Object.entries(result.readyWithoutDevToolsMs).map(([name, r]) => [
        `  without DevTools, ${name}`,
        pages.map((p) => `${p.key} ${ms(r.medians[p.key])}`).join(', '),
        `ratios ${Object.entries(r.ratios)
          .map(([k, v]) => `${k === 'atlas' ? 'after' : k} ${ratio(v)}`)
          .join(', ')}`,
      ])
    : []),
  ['  data floor (one GeoJSON triangle), 1920×1080', ms(result.dataFloorReadyMs.median), ''],
  [
    'first-view transfer, gzip',
    `after ${kb(atlasTotal)} (js ${kb(atlasBytes.js)}, css ${kb(atlasBytes.css)}, geometry ${kb(atlasBytes.geometry)}, data ${kb(atlasBytes.data)}, other ${kb(atlasBytes.other)})${otherBytes.map(([name, bytes]) => `; ${name} ${kb(total(bytes))}`).join('')}`,
    `beyond floor: after ${kb(atlasTotal - floorTotal)}${otherBytes.map(([name, bytes]) => `, ${name} ${kb(total(bytes) - floorTotal)}`).join('')} (budget ≤ 150 KB); MapLibre itself ${kb(maplibreBytes)}`,
  ],
  ...builds.flatMap(([label, x]) => [
    [`click → panel (median), ${label}`, ms(x.selectToPanelMs.median), 'budget ≤ 50 ms'],
    [
      `slide key → animation, ${label}`,
      `${ms(x.slideKeyToAnimationMs.median)} to the camera call; ${ms(x.slideKeyToAnimationMs.toMapMovingMedian)} to the map moving`,
      'budget ≤ 100 ms',
    ],
    [
      `long tasks after ready, ${label}`,
      Object.entries(x.longTasksAfterReady)
        .map(
          ([size, loads]) =>
            `${size}: ${loads.map((tasks) => (tasks.length ? tasks.map((t) => `${t.ms.toFixed(0)} ms at +${(t.at / 1000).toFixed(2)} s`).join(', ') : 'none')).join(' | ')}`,
        )
        .join('; '),
      `budget: none over 200 ms in the ${WATCH_AFTER_READY_MS / 1000} s after ready (longest ${ms(x.longestTaskAfterReadyMs)})`,
    ],
    [`JS heap after load, ${label}`, kb(x.heapAfterLoadBytes), ''],
  ]),
  [
    'a click at ready → panel (median)',
    `sent ${ms(result.firstClickMs.clickedAfterReady)} after the countries' first frame, answered ${ms(result.firstClickMs.answeredAfterReady)} after it`,
    '',
  ],
];
console.log('\nHemisphere Atlas benchmark (SwiftShader WebGL: compare ratios, not absolute times)\n');
for (const [a, b, c] of rows) console.log(`${String(a).padEnd(32)} ${b}${c ? `\n${''.padEnd(33)}${c}` : ''}`);
console.log(`\nJSON: bench/results/latest.json`);
