// npm run bench: builds the atlas and a floor page (MapLibre with only a
// background layer, same tooling), serves both locally, drives the system
// Chromium and measures in one run, several times each, alternating pages so
// machine noise hits both alike. Prints medians and writes JSON.
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
await build({ root: join(root, 'bench', 'floor'), base: './', configFile: false, logLevel: 'warn', build: { outDir: floorOut, emptyOutDir: true } });
const dataFloorOut = join(outDir, 'floor-data-dist');
await build({ root: join(root, 'bench', 'floor-data'), base: './', configFile: false, logLevel: 'warn', build: { outDir: dataFloorOut, emptyOutDir: true } });

const atlasServer = await serve(join(root, 'dist'));
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
    const gl = /** @type {HTMLCanvasElement | null} */ (document.querySelector('.maplibregl-canvas'))?.getContext('webgl2');
    if (!gl || gl.isContextLost()) set(`${mark}:gpu`); // no WebGL map: nothing to wait for
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
  else await page.waitForFunction((w) => performance.getEntriesByType('resource').some((e) => new RegExp(w).test(e.name)), WORKER.source, { timeout: 60_000 });
  const { t, gpu, resources } = await page.evaluate(([m, all, w]) => {
    const at = performance.getEntriesByName(m)[0].startTime;
    const requested = performance.getEntriesByType('resource').filter((e) => all || e.startTime <= at || new RegExp(w).test(e.name));
    return { t: at, gpu: performance.getEntriesByName(`${m}:gpu`)[0].startTime, resources: requested.map((e) => new URL(e.name).pathname) };
  }, [mark, everything, WORKER.source]);
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
    const kind = p.includes('/geo/') ? 'geometry' : p.includes('/data/') ? 'data' : ext === '.js' || ext === '.mjs' ? 'js' : ext === '.css' ? 'css' : 'other';
    kinds[kind] += size;
  }
  return kinds;
}

/**
 * Long tasks from ready until a second after the tiled layers have taken over from the first paint (`data-tiled`):
 * the hand-over's frames are where MapLibre compiles its programs, and a user may be clicking by then.
 */
async function longTasksAfterReady(query, viewport) {
  const { page, context } = await newPage(viewport);
  await page.goto(`${atlasServer.origin}/${query}`);
  await page.waitForFunction(() => performance.getEntriesByName('atlas:ready').length > 0, null, { timeout: 120_000 });
  await page.evaluate(() => {
    const map = document.querySelector('.map');
    const tiled = () => map?.dataset.tiled === 'true';
    if (tiled()) window.__benchHandOver = performance.now();
    else if (map)
      new MutationObserver((_, obs) => {
        if (!tiled()) return;
        window.__benchHandOver = performance.now();
        obs.disconnect();
      }).observe(map, { attributes: true, attributeFilter: ['data-tiled'] });
  });
  // A map that never hands over (drawn without its first paint, or not at all) is reported, not waited for forever.
  const handedOver = await page
    .waitForFunction(() => window.__benchHandOver > 0, null, { timeout: 120_000 })
    .then(() => true, () => false);
  await page.waitForTimeout(1000);
  const watched = await page.evaluate(
    (handed) =>
      new Promise((done) => {
        const ready = performance.getEntriesByName('atlas:ready')[0].startTime;
        const until = handed ? window.__benchHandOver + 1000 : Infinity;
        const seen = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (e.startTime > ready && e.startTime <= until) seen.push({ at: e.startTime - ready, ms: e.duration });
        }).observe({ type: 'longtask', buffered: true });
        setTimeout(() => done({ tasks: seen, handOver: handed ? window.__benchHandOver - ready : NaN }), 100);
      }),
    handedOver,
  );
  await context.close();
  return watched;
}

/** Click a country where its name is drawn; time from pointerdown to the panel naming it. */
async function selectToPanel() {
  const { page, context, cdp } = await newPage();
  await page.goto(`${atlasServer.origin}/`);
  await page.waitForFunction(() => performance.getEntriesByName('atlas:ready').length > 0, null, { timeout: 120_000 });
  // Clicked once the tiled layers have taken over and settled, as a user who has looked at the map first.
  await page.waitForFunction(() => document.querySelector('.map')?.dataset.tiled === 'true', null, { timeout: 120_000 }).catch(() => {});
  await page.waitForTimeout(1000);
  const results = [];
  const settled = () => page.waitForFunction(() => document.querySelector('.map')?.dataset.moving !== 'true', null, { timeout: 60_000 });
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
    results.push(await page.evaluate(() => (window.__bench.end && window.__bench.start ? window.__bench.end - window.__bench.start : NaN)));
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
  await calibration.page.waitForFunction(() => performance.getEntriesByName('atlas:ready').length > 0 && document.querySelector('.map')?.dataset.moving !== 'true', null, { timeout: 120_000 });
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
    await page.waitForFunction(() => performance.getEntriesByName('atlas:ready').length > 0, null, { timeout: 120_000, polling: 'raf' });
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
async function slideToAnimation() {
  const { page, context } = await newPage();
  await page.goto(`${atlasServer.origin}/?present=1&slide=1`);
  await page.waitForFunction(() => performance.getEntriesByName('atlas:ready').length > 0, null, { timeout: 120_000 });
  // The presentation is its own chunk, and may still be arriving when the map is ready.
  const presenting = await page
    .waitForFunction(() => new URL(location.href).searchParams.get('present') === '1' && !!document.querySelector('[data-slide-id]'), null, { timeout: 30_000 })
    .then(() => true, () => false);
  if (!presenting) {
    await context.close();
    return { mark: [], moving: [] };
  }
  const mark = [];
  const moving = [];
  for (let i = 0; i < 4; i++) {
    await page.waitForFunction(() => document.querySelector('.map')?.dataset.moving !== 'true', null, { timeout: 60_000 });
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
      const m = performance.getEntriesByName('atlas:slide-camera').filter((e) => e.startTime >= start).at(0);
      return { mark: start && m ? m.startTime - start : NaN, moving: start && moved ? moved - start : NaN };
    });
    mark.push(t.mark);
    moving.push(t.moving);
  }
  await context.close();
  return { mark, moving };
}

const atlasReady = [];
const floorReady = [];
const dataFloorReady = [];
const projectorAtlasReady = [];
const projectorFloorReady = [];
const gpuDone = { atlas: [], floor: [], projectorAtlas: [], projectorFloor: [] };
let atlasPaths = [];
let floorPaths = [];
// A browser's first page pays for starting its GPU process and caches: one load of each page first, not counted, so
// that cost falls on neither.
await timeToMark(`${floorServer.origin}/`, 'floor:ready', { everything: true });
await timeToMark(`${atlasServer.origin}/`, 'atlas:ready');
for (let i = 0; i < RUNS; i++) {
  const f = await timeToMark(`${floorServer.origin}/`, 'floor:ready', { everything: true });
  const d = await timeToMark(`${dataFloorServer.origin}/`, 'floor:ready', { everything: true });
  const a = await timeToMark(`${atlasServer.origin}/`, 'atlas:ready');
  const pf = await timeToMark(`${floorServer.origin}/`, 'floor:ready', { viewport: PROJECTOR });
  const pa = await timeToMark(`${atlasServer.origin}/?theme=projector`, 'atlas:ready', { viewport: PROJECTOR });
  gpuDone.atlas.push(a.gpu);
  gpuDone.floor.push(f.gpu);
  gpuDone.projectorAtlas.push(pa.gpu);
  gpuDone.projectorFloor.push(pf.gpu);
  projectorFloorReady.push(pf.t);
  projectorAtlasReady.push(pa.t);
  floorReady.push(f.t);
  dataFloorReady.push(d.t);
  atlasReady.push(a.t);
  atlasPaths = a.responses;
  floorPaths = f.responses;
  process.stdout.write(`  run ${i + 1}/${RUNS}: floor ${f.t.toFixed(0)} ms, data floor ${d.t.toFixed(0)} ms, atlas ${a.t.toFixed(0)} ms; at 1024×768 floor ${pf.t.toFixed(0)} ms, atlas ${pa.t.toFixed(0)} ms\n`);
}
// The same loads with no DevTools agent on the page (bare.mjs): the instrument's own cost left out, for both pages.
const bare = { atlas: [], floor: [], projectorAtlas: [], projectorFloor: [] };
const bareBrowser = await startBare(findChromium(), CHROMIUM_ARGS);
try {
  await bareBrowser.load(`${floorServer.origin}/`, 'floor:ready', VIEWPORT); // not counted: as above
  await bareBrowser.load(`${atlasServer.origin}/`, 'atlas:ready', VIEWPORT);
  for (let i = 0; i < RUNS; i++) {
    bare.floor.push(await bareBrowser.load(`${floorServer.origin}/`, 'floor:ready', VIEWPORT));
    bare.atlas.push(await bareBrowser.load(`${atlasServer.origin}/`, 'atlas:ready', VIEWPORT));
    bare.projectorFloor.push(await bareBrowser.load(`${floorServer.origin}/`, 'floor:ready', PROJECTOR));
    bare.projectorAtlas.push(await bareBrowser.load(`${atlasServer.origin}/?theme=projector`, 'atlas:ready', PROJECTOR));
    process.stdout.write(`  without DevTools, run ${i + 1}/${RUNS}: floor ${bare.floor[i].toFixed(0)} ms, atlas ${bare.atlas[i].toFixed(0)} ms; at 1024×768 floor ${bare.projectorFloor[i].toFixed(0)} ms, atlas ${bare.projectorAtlas[i].toFixed(0)} ms\n`);
  }
} finally {
  await bareBrowser.close();
}
const interaction = await selectToPanel();
// Several loads at each size: where the hand-over's frames fall against the page's other frames varies from load to load.
const longTasks = { desktop: [], projector: [] };
for (let i = 0; i < LONG_TASK_LOADS; i++) {
  longTasks.desktop.push(await longTasksAfterReady('', VIEWPORT));
  longTasks.projector.push(await longTasksAfterReady('?theme=projector', PROJECTOR));
}
const first = await firstClick();
const slides = await slideToAnimation();
await browser.close();
await atlasServer.close();
await floorServer.close();
await dataFloorServer.close();

const atlasBytes = transfer(join(root, 'dist'), atlasPaths);
const floorBytes = transfer(floorOut, floorPaths);
const maplibreBytes = gz(join(root, 'node_modules/maplibre-gl/dist/maplibre-gl.mjs')) + gz(join(root, 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs'));
const atlasTotal = Object.values(atlasBytes).reduce((a, b) => a + b, 0);
const floorTotal = Object.values(floorBytes).reduce((a, b) => a + b, 0);

/** Medians and the atlas-to-floor ratios of times taken at 1920×1080 and at 1024×768. */
function atBothSizes(runs) {
  const [atlas, floor, projectorAtlas, projectorFloor] = [runs.atlas, runs.floor, runs.projectorAtlas, runs.projectorFloor].map(median);
  return { atlas, floor, ratio: atlas / floor, projectorAtlas, projectorFloor, projectorRatio: projectorAtlas / projectorFloor, runs };
}

const result = {
  date: new Date().toISOString(),
  runs: RUNS,
  viewport: VIEWPORT,
  readyMs: {
    atlas: median(atlasReady),
    floor: median(floorReady),
    ratio: median(atlasReady) / median(floorReady),
    dataFloor: median(dataFloorReady),
    dataFloorRatio: median(atlasReady) / median(dataFloorReady),
    atlasRuns: atlasReady,
    floorRuns: floorReady,
    dataFloorRuns: dataFloorReady,
    projector: {
      viewport: PROJECTOR,
      atlas: median(projectorAtlasReady),
      floor: median(projectorFloorReady),
      ratio: median(projectorAtlasReady) / median(projectorFloorReady),
      atlasRuns: projectorAtlasReady,
      floorRuns: projectorFloorReady,
    },
  },
  readyWithoutDevToolsMs: atBothSizes(bare),
  gpuDoneMs: atBothSizes(gpuDone),
  transferGzipBytes: { atlas: atlasBytes, atlasTotal, floorTotal, maplibreBundle: maplibreBytes, beyondFloor: atlasTotal - floorTotal },
  selectToPanelMs: { median: median(interaction.select), runs: interaction.select },
  firstClickMs: { clickedAfterReady: median(first.clicked), answeredAfterReady: median(first.answered), clickedRuns: first.clicked, answeredRuns: first.answered },
  slideKeyToAnimationMs: { median: median(slides.mark), runs: slides.mark, toMapMovingMedian: median(slides.moving), toMapMovingRuns: slides.moving },
  heapAfterLoadBytes: interaction.heap,
  // Kept in its older shape (1920×1080) for comparison with earlier results; the projector's beside it.
  longTasksAfterReadyMs: longTasks.desktop.flatMap((load) => load.tasks.map((t) => t.ms)),
  longTasksAfterReadyProjectorMs: longTasks.projector.flatMap((load) => load.tasks.map((t) => t.ms)),
  longTasksAfterReady: {
    desktop: longTasks.desktop.map((load) => ({ tasks: load.tasks, tiledLayersTookOverAtMs: load.handOver })),
    projector: longTasks.projector.map((load) => ({ tasks: load.tasks, tiledLayersTookOverAtMs: load.handOver })),
  },
};
const stamp = result.date.replace(/[:.]/g, '-');
writeFileSync(join(outDir, `bench-${stamp}.json`), JSON.stringify(result, null, 2));
writeFileSync(join(outDir, 'latest.json'), JSON.stringify(result, null, 2));

const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : 'n/a');
const rows = [
  ['time to ready (median)', `${ms(result.readyMs.atlas)} vs floor ${ms(result.readyMs.floor)}`, `ratio ${result.readyMs.ratio.toFixed(2)} (budget ≤ 1.30)`],
  ['  vs MapLibre drawing any data', `data floor (one GeoJSON triangle) ${ms(result.readyMs.dataFloor)}`, `ratio ${result.readyMs.dataFloorRatio.toFixed(2)}; the data floor itself is ${(result.readyMs.dataFloor / result.readyMs.floor).toFixed(2)}× the floor`],
  ['  at 1024×768, projector theme', `${ms(result.readyMs.projector.atlas)} vs floor ${ms(result.readyMs.projector.floor)}`, `ratio ${result.readyMs.projector.ratio.toFixed(2)}`],
  ['  without DevTools on the page', `${ms(result.readyWithoutDevToolsMs.atlas)} vs floor ${ms(result.readyWithoutDevToolsMs.floor)}; at 1024×768 ${ms(result.readyWithoutDevToolsMs.projectorAtlas)} vs ${ms(result.readyWithoutDevToolsMs.projectorFloor)}`, `ratios ${result.readyWithoutDevToolsMs.ratio.toFixed(2)} and ${result.readyWithoutDevToolsMs.projectorRatio.toFixed(2)} (bench/bare.mjs: Playwright's browser, no DevTools agent on the page)`],
  ['  GPU done with that frame', `${ms(result.gpuDoneMs.atlas)} vs floor ${ms(result.gpuDoneMs.floor)}; at 1024×768 ${ms(result.gpuDoneMs.projectorAtlas)} vs ${ms(result.gpuDoneMs.projectorFloor)}`, `ratios ${result.gpuDoneMs.ratio.toFixed(2)} and ${result.gpuDoneMs.projectorRatio.toFixed(2)} (a fence set with the ready mark: when it is on screen)`],
  ['first-view transfer, gzip', `${kb(atlasTotal)} (js ${kb(atlasBytes.js)}, css ${kb(atlasBytes.css)}, geometry ${kb(atlasBytes.geometry)}, data ${kb(atlasBytes.data)}, other ${kb(atlasBytes.other)})`, `beyond floor ${kb(atlasTotal - floorTotal)} (budget ≤ 150 KB); MapLibre itself ${kb(maplibreBytes)}`],
  ['click → panel (median)', ms(result.selectToPanelMs.median), 'budget ≤ 50 ms'],
  ['a click at ready → panel (median)', `sent ${ms(result.firstClickMs.clickedAfterReady)} after the countries' first frame, answered ${ms(result.firstClickMs.answeredAfterReady)} after it`, ''],
  ['slide key → animation (median)', `${ms(result.slideKeyToAnimationMs.median)} to the camera call; ${ms(result.slideKeyToAnimationMs.toMapMovingMedian)} to the map moving`, 'budget ≤ 100 ms'],
  ['JS heap after load', kb(interaction.heap), ''],
  ...[
    ['long tasks after ready, 1920×1080', longTasks.desktop],
    ['  at 1024×768, projector theme', longTasks.projector],
  ].map(([label, loads]) => [
    label,
    /** @type {any[]} */ (loads)
      .map((load) => {
        const tasks = load.tasks.length ? load.tasks.map((t) => `${t.ms.toFixed(0)} ms at +${(t.at / 1000).toFixed(2)} s`).join(', ') : 'none';
        return `${tasks} (${Number.isFinite(load.handOver) ? `hand-over at +${(load.handOver / 1000).toFixed(2)} s` : 'never handed over'})`;
      })
      .join(' | '),
    `budget: none over 200 ms; ${loads.length} loads, each watched until a second after the tiled layers took over`,
  ]),
];
console.log('\nHemisphere Atlas benchmark (SwiftShader WebGL: compare ratios, not absolute times)\n');
for (const [a, b, c] of rows) console.log(`${String(a).padEnd(32)} ${b}${c ? `\n${''.padEnd(33)}${c}` : ''}`);
console.log(`\nJSON: bench/results/latest.json`);
