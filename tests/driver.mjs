// A small driver of domain verbs for the browser tests: open the atlas, click
// a country where its name is drawn, read the panel. Every test drives the real
// built app in the system Chromium, WebGL map included.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { resolve } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { serve } from './server.mjs';

export const DIST = resolve(import.meta.dirname, '..', 'dist');
/** SwiftShader draws slowly: generous waits for the map, none for assertions. */
export const MAP_TIMEOUT = 60_000;

/** One browser and one dist/ server for a test file. */
export async function startAtlas(serverOptions = {}, launchArgs = []) {
  const server = await serve(DIST, serverOptions);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS, ...launchArgs],
    headless: true,
  });
  return {
    server,
    browser,
    async newPage(viewport = { width: 1280, height: 800 }, contextOptions = {}) {
      const context = await browser.newContext({ viewport, ...contextOptions });
      const page = await context.newPage();
      return watch(page, server.origin);
    },
    async stop() {
      await browser.close();
      await server.close();
    },
  };
}

/** Records console errors, page errors and any request that leaves the atlas's origin. */
function watch(page, origin) {
  const problems = { consoleErrors: [], pageErrors: [], foreignRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => problems.pageErrors.push(String(err)));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      problems.foreignRequests.push(url);
  });
  return Object.assign(page, { problems, origin });
}

export async function openAtlas(page, query = '', { waitReady = true } = {}) {
  await page.goto(`${page.origin}/${query ? `?${query.replace(/^\?/, '')}` : ''}`);
  if (!waitReady) return;
  await waitForReady(page);
  // A view opened on a selection is read as a person would: once its panel has filled in.
  await waitForPanelBody(page);
}

export async function waitForReady(page) {
  await page.waitForFunction(() => performance.getEntriesByName('atlas:ready').length > 0, null, {
    timeout: MAP_TIMEOUT,
  });
}

/**
 * Where a person would click the country: its name's point (data-at, in map pixels), which is the middle of the name
 * as drawn unless the name sits beside its country with a leader line.
 */
export async function countryPoint(page, iso3) {
  const label = page.locator(`.country-labels [data-iso="${iso3}"]`);
  const box = await label.boundingBox();
  if (!box) throw new Error(`No label position for ${iso3}`);
  // `data-at` is in the map's own pixels; the label's box is in the page's (a frame's content is offset by its frame).
  const at = await label.evaluate((el) => {
    const map = el.closest('.map-wrap')?.querySelector('.map')?.getBoundingClientRect();
    const own = el.getBoundingClientRect();
    const [x, y] = (el.dataset.at ?? '').split(',').map(Number);
    return map && Number.isFinite(x) && Number.isFinite(y)
      ? { x: map.left + x - own.left, y: map.top + y - own.top }
      : null;
  });
  if (at) return { x: box.x + at.x, y: box.y + at.y };
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Waits for the camera to stop, so the drawn map matches what a click hits. */
export async function waitForMapIdle(page) {
  await page.waitForFunction(() => document.querySelector('.map')?.dataset.moving !== 'true', null, {
    timeout: MAP_TIMEOUT,
  });
}

export async function clickCountry(page, iso3) {
  await waitForMapIdle(page);
  const { x, y } = await countryPoint(page, iso3);
  await page.mouse.click(x, y);
}

/**
 * Waits for the map itself (MapLibre, or the SVG map), which takes hover and keys: on the overview the SVG first view
 * marks ready before MapLibre is fetched, and takes clicks only.
 */
export async function waitForMapReady(page) {
  await page.locator('.map[data-map-ready="true"]').waitFor({ timeout: MAP_TIMEOUT });
}

export async function hoverCountry(page, iso3) {
  await waitForMapReady(page);
  await waitForMapIdle(page);
  const { x, y } = await countryPoint(page, iso3);
  await page.mouse.move(x, y);
}

/**
 * Waits for the details panel's body: it follows the new heading by one deferred render, once the atlas's details
 * have arrived, and its charts are chunks of their own.
 */
export async function waitForPanelBody(page) {
  await page.waitForFunction(
    () => !document.querySelector('#details article[aria-busy="true"], #details .part-loading'),
    null,
    { timeout: MAP_TIMEOUT },
  );
}

export function panelHeading(page) {
  return page.locator('#details h2').first().innerText();
}

export function search(page) {
  return new URL(page.url()).search;
}

// — embedding —

/** A host page on its own local origin (a second port), for embedding tests. */
export async function serveHostPage(html) {
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const empty = await mkdtemp(join(tmpdir(), 'atlas-host-'));
  return serve(empty, {
    override: (path) => (path === '/' ? { status: 200, body: html, type: 'text/html; charset=utf-8' } : undefined),
  });
}

/** The atlas inside the iframe of the <hemisphere-atlas> element matching `selector`. */
export async function atlasFrame(page, selector) {
  const handle = await page.waitForSelector(`${selector} iframe`, { state: 'attached' });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`${selector} has no frame`);
  return frame;
}

/** Clicks a country on the map of an embedded atlas, as a reader on the host page would. */
export async function clickCountryInFrame(page, frame, iso3) {
  await waitForMapIdle(frame);
  await (await frame.frameElement()).scrollIntoViewIfNeeded();
  const { x, y } = await countryPoint(frame, iso3);
  await page.mouse.click(x, y);
}

// — presentation —
/** The slide the presentation shows, as its caption bar says it: { n, m, id }. */
export async function currentSlide(page) {
  const bar = page.locator('.present-bar');
  const [n, m] = (await bar.locator('.present-count').innerText()).split('/').map((x) => Number(x.trim()));
  return { n, m, id: await bar.getAttribute('data-slide-id') };
}

/** Presses a key the way a clicker sends it, and waits until the caption bar shows slide `expected`. */
export async function pressSlideKey(page, key, expected) {
  await page.keyboard.press(key);
  await page.locator('.present-count', { hasText: new RegExp(`^${expected}/`) }).waitFor();
}

// — accessibility verbs —

/** Runs axe-core (from node_modules, no network) on the page; resolves to its violations. */
export async function axeViolations(page, options = {}) {
  const { createRequire } = await import('node:module');
  const { readFile } = await import('node:fs/promises');
  const path = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  // Evaluated, not added as a <script>: the atlas's Content-Security-Policy rightly refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await readFile(path, 'utf8'));
  const result = await page.evaluate(
    (opts) => window.axe.run(document, { resultTypes: ['violations'], ...opts }),
    options,
  );
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
}

/** A finger tap at the middle of the country's name, as a phone user would. */
export async function tapCountry(page, iso3) {
  await waitForMapIdle(page);
  const { x, y } = await countryPoint(page, iso3);
  await page.touchscreen.tap(x, y);
}

/** Types into the header search box; resolves to the options offered. */
export async function searchFor(page, text) {
  const input = page.locator('#atlas-search');
  await input.fill(text);
  const options = page.locator('[role="listbox"] [role="option"]');
  await options.first().waitFor();
  return options.allInnerTexts();
}

/** The id, or the country a map-keyboard highlight is on, of what has focus. */
export function focusedElement(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const html = /** @type {HTMLElement | null} */ (el);
    return {
      id: el?.id ?? '',
      tag: el?.tagName ?? '',
      country: html?.dataset?.focusedCountry ?? '',
      text: el?.textContent?.trim() ?? '',
    };
  });
}

/** What the live region last said. */
export function announcement(page) {
  return page.locator('[data-testid="announcer"]').innerText();
}

/** No page error, no console error, and no request to another origin: what every test ends with. */
export function assertClean(page) {
  assert.deepEqual(page.problems.pageErrors, [], 'no page errors');
  assert.deepEqual(page.problems.consoleErrors, [], 'no console errors');
  assert.deepEqual(page.problems.foreignRequests, [], 'no request leaves the atlas origin');
}

/**
 * The colours the WebGL map shows at page points, as [r, g, b] triples: a screenshot of the points' bounding box with
 * everything over the map's canvas made transparent (labels, tooltip, legend, buttons), decoded in the page as an
 * image viewer would.
 * The screen, not the drawing buffer: the live map does not keep its buffer for reading back.
 */
export async function webglColours(page, points) {
  const [x0, y0] = [Math.floor(Math.min(...points.map((p) => p[0]))), Math.floor(Math.min(...points.map((p) => p[1])))];
  const [x1, y1] = [Math.ceil(Math.max(...points.map((p) => p[0]))), Math.ceil(Math.max(...points.map((p) => p[1])))];
  await page.evaluate(async () => {
    // A first view drawn as SVG (data-drawn-by="svg") covers the canvas until MapLibre has drawn: read after it.
    const map = document.querySelector('.map');
    if (map?.dataset.drawnBy === 'svg')
      await new Promise((done) => {
        const watch = new MutationObserver(
          () => map.dataset.drawnBy !== 'svg' && (watch.disconnect(), done(undefined)),
        );
        watch.observe(map, { attributes: true, attributeFilter: ['data-drawn-by'] });
      });
    // A change (a highlight, a colour) is drawn in the map's next animation frame: read after it, not before.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(undefined))));
  });
  const png = await page.screenshot({
    clip: { x: x0, y: y0, width: x1 - x0 + 1, height: y1 - y0 + 1 },
    scale: 'css',
    // Transparent, not hidden: a hidden element loses focus, and the test's next key would go elsewhere.
    style: '.map-wrap *:not(canvas):not(:has(canvas)) { opacity: 0 !important; }',
  });
  return page.evaluate(
    async ([dataUrl, pts]) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      if (!ctx) throw new Error('no 2D canvas');
      ctx.drawImage(image, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      return pts.map(([px, py]) => {
        const o = (Math.round(py) * canvas.width + Math.round(px)) * 4;
        return [data[o], data[o + 1], data[o + 2]];
      });
    },
    /** @type {[string, number[][]]} */ ([
      `data:image/png;base64,${png.toString('base64')}`,
      points.map(([px, py]) => [px - x0, py - y0]),
    ]),
  );
}

/** How many times the WebGL map has come to rest (`data-idle`, set on MapLibre's idle event). */
export async function mapRests(page) {
  return Number((await page.locator('.map').getAttribute('data-idle')) ?? 0);
}

/** Waits until the WebGL map has come to rest more than `rests` times: a change made since then is on screen. */
export async function waitForMapRestAfter(page, rests) {
  await page.waitForFunction((n) => Number(document.querySelector('.map')?.getAttribute('data-idle') ?? 0) > n, rests, {
    timeout: MAP_TIMEOUT,
  });
}

/**
 * Reads the map's colours with `read` until `ok` says they are the expected ones, reading again each time the map
 * comes to rest (a new year's colours, a spotlight, land over a few frames); resolves to the last colours read.
 * If the map rests with other colours and moves no more, the last colours are returned for the assertion to show.
 */
export async function coloursWhen(page, read, ok) {
  for (;;) {
    const rests = await mapRests(page);
    const colours = await read();
    if (ok(colours)) return colours;
    try {
      await waitForMapRestAfter(page, rests);
    } catch {
      return colours;
    }
  }
}

// — panels and year control —

/**
 * The colours drawn in a small grid around a country's label (offset below it,
 * clear of the label's halo), as [r, g, b] triples read from the WebGL canvas.
 */
export async function colorsNear(page, iso3, { dy = 22, span = 24, steps = 5 } = {}) {
  await waitForMapIdle(page);
  const { x, y } = await countryPoint(page, iso3);
  const [cx, cy] = [x, y + dy];
  const points = [];
  for (let i = 0; i < steps; i++)
    for (let j = 0; j < steps; j++)
      points.push([cx - span / 2 + (span * i) / (steps - 1), cy - span / 2 + (span * j) / (steps - 1)]);
  return webglColours(page, points);
}

/** CARSI's blue (#0072B2) as drawn, alone or in a stripe: neither the ocean, the land nor a border is. */
export const isCarsiBlue = ([r, , b]) => b > 140 && r < 80;
/** Mérida's orange (#E69F00) as drawn. */
export const isMeridaOrange = ([r, g, b]) => r > 200 && g > 120 && g < 200 && b < 80;

/** The year control's value as a person reads it ("2012" or "All years"). */
export function yearShown(page) {
  return page.locator('.year-value').innerText();
}

// — resilience —

/** How the map is drawn: 'webgl' or 'svg' (the container's data-renderer). */
export function rendererOf(page) {
  return page.locator('.map').getAttribute('data-renderer');
}

/** Collects Content-Security-Policy violations from the page's first script on: call before openAtlas. */
export async function watchCsp(page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
}

export function cspViolations(page) {
  return page.evaluate(() => window.__cspViolations ?? ['watchCsp was not called']);
}

/** Loses the WebGL map's context as a GPU reset would, through WEBGL_lose_context; remembers the canvas. */
export async function loseMapContext(page) {
  await page.evaluate(() => {
    const canvas = /** @type {HTMLCanvasElement} */ (document.querySelector('.map canvas'));
    window.__lostCanvas = canvas;
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    gl.getExtension('WEBGL_lose_context').loseContext();
  });
}

/** The colour drawn at a page point of the map, whichever renderer: [r, g, b]. Labels are not part of it. */
export async function mapPixel(page, xOrPoint, maybeY) {
  const [x, y] = typeof xOrPoint === 'object' ? [xOrPoint.x, xOrPoint.y] : [xOrPoint, maybeY];
  if ((await rendererOf(page)) === 'webgl') return (await webglColours(page, [[x, y]]))[0];
  return page.evaluate(
    async ([px, py]) => {
      const el = document.querySelector('.map');
      const rect = el.getBoundingClientRect();
      // The SVG the way the export draws it: serialised, loaded as an image, drawn on a canvas.
      const svg = el.querySelector('svg');
      const copy = /** @type {SVGSVGElement} */ (svg.cloneNode(true));
      copy.setAttribute('width', String(rect.width));
      copy.setAttribute('height', String(rect.height));
      const url = URL.createObjectURL(
        new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }),
      );
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = rect.width;
      canvas.height = rect.height;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(image, 0, 0);
      URL.revokeObjectURL(url);
      return [...ctx.getImageData(Math.round(px - rect.left), Math.round(py - rect.top), 1, 1).data.slice(0, 3)];
    },
    [x, y],
  );
}
