// The foundation: the map draws, a click selects, the URL holds the view, and
// nothing leaves the origin.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  assertClean, axeViolations, clickCountry, colorsNear, coloursWhen, countryPoint, hoverCountry, isCarsiBlue, openAtlas, panelHeading,
  search, startAtlas, waitForMapIdle, waitForReady, webglColours,
} from '../driver.mjs';

let atlas;
before(async () => {
  atlas = await startAtlas();
});
after(() => atlas?.stop());

describe('the atlas', () => {
  it('draws the coloured map with WebGL and marks atlas:ready', async () => {
    const page = await atlas.newPage({ width: 1920, height: 1080 });
    await openAtlas(page);
    assert.equal(await page.locator('.map').getAttribute('data-renderer'), 'webgl');
    assert.equal(await panelHeading(page), 'Overview');
    // The canvas holds the initiative colours: CARSI blue is drawn in Honduras (a CARSI partner), which the ocean,
    // the land and the borders are not.
    const around = await coloursWhen(page, () => colorsNear(page, 'HND'), (colours) => colours.some(isCarsiBlue));
    assert.ok(around.some(isCarsiBlue), `CARSI blue in Honduras: ${JSON.stringify(around)}`);
    assertClean(page);
    await page.context().close();
  });

  it('on a slow link, shows the page and starts the map without waiting for the files', async () => {
    const page = await atlas.newPage({ width: 1280, height: 800 });
    // The geometry is held back, as on a slow connection: the page must not wait for it to render or start the map.
    let release = /** @type {(value?: unknown) => void} */ (() => {});
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/hemisphere\.topo\.json$/, async (route) => {
      await held;
      await route.continue();
    });
    await openAtlas(page, '', { waitReady: false });
    await page.locator('.app-header h1').waitFor();
    await page.locator('#details .loading').waitFor();
    await page.locator('.map canvas.maplibregl-canvas').waitFor();
    assert.equal(await page.evaluate(() => performance.getEntriesByName('atlas:ready').length), 0, 'not ready without the geometry');
    release();
    await waitForReady(page);
    const mexico = await colorsNear(page, 'MEX');
    assert.ok(mexico.some(([r, g, b]) => r === 0xe6 && g === 0x9f && b === 0x00), `Mérida orange over Mexico: ${JSON.stringify(mexico)}`);
    assertClean(page);
    await page.context().close();
  });

  for (const [what, viewport, query, options] of /** @type {[string, { width: number, height: number }, string, object][]} */ ([
    ['a phone', { width: 375, height: 812 }, '', { hasTouch: true, isMobile: true }],
    ['a projector at 1024×768', { width: 1024, height: 768 }, 'theme=projector', {}],
    ['a laptop in Spanish', { width: 1366, height: 768 }, 'lang=es', {}],
  ]))
    it(`keeps its layout when the files arrive: the header and the map do not move (${what})`, async () => {
      const page = await atlas.newPage(viewport, options);
      // Held back, so the page is measured while it waits for the atlas, as on a slow link.
      let release = /** @type {(value?: unknown) => void} */ (() => {});
      const held = new Promise((resolve) => (release = resolve));
      await page.route(/hemisphere\.topo\.json$/, async (route) => {
        await held;
        await route.continue();
      });
      const boxes = () =>
        page.evaluate(() =>
          ['.app-header', '.map', '#details'].map((sel) => {
            const r = document.querySelector(sel).getBoundingClientRect();
            return `${sel} ${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
          }),
        );
      await openAtlas(page, query, { waitReady: false });
      await page.locator('#details .loading').waitFor();
      await page.locator('.map canvas.maplibregl-canvas').waitFor();
      const loading = await boxes();
      // The loading state is read by everyone too (the stand-in is hidden from assistive technology): the rules of
      // a11y.test.mjs, nothing disabled.
      const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
      assert.deepEqual(await axeViolations(page, { runOnly: { type: 'tag', values: wcag } }), [], 'axe, while loading');
      release();
      await waitForReady(page);
      await page.locator('.search input[role="combobox"]').waitFor();
      assert.deepEqual(await boxes(), loading, 'the same boxes before and after the atlas arrived');
      // The search's stand-in is gone, and the one search field on show is the real one.
      assert.equal(await page.locator('.search-placeholder').isVisible(), false);
      assert.equal(await page.locator('.search input:visible').count(), 1);
      assertClean(page);
      await page.context().close();
    });

  it("compiles the tiled layers' shaders in the hand-over's frame, not in the frames before it, and never the sky's", async () => {
    const page = await atlas.newPage({ width: 1024, height: 768 });
    // MapLibre asks WebGL whether each program linked as soon as it builds it, and the page waits for the GPU to answer:
    // built in a busy frame, that wait is the long task the hand-over is staged to avoid (handOver.ts).
    await page.addInitScript(() => {
      window.__links = [];
      window.__skies = 0;
      const source = WebGL2RenderingContext.prototype.shaderSource;
      WebGL2RenderingContext.prototype.shaderSource = function (shader, text) {
        if (/\bu_sky_color\b/.test(text)) window.__skies++;
        return source.call(this, shader, text);
      };
      const link = WebGL2RenderingContext.prototype.linkProgram;
      WebGL2RenderingContext.prototype.linkProgram = function (program) {
        window.__links.push(performance.now());
        return link.call(this, program);
      };
      // The hand-over marks the map tiled at the end of its frame's work; an observer hears it just after.
      new MutationObserver(() => {
        if (document.querySelector('.map')?.dataset.tiled === 'true') window.__tiledAt ??= performance.now();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-tiled'] });
    });
    await openAtlas(page, '?country=HND');
    await page.waitForFunction(() => window.__tiledAt > 0, null, { timeout: 60_000 });
    // MapLibre's sky is never seen under the atlas's opaque background (sky.ts): it is neither built nor drawn.
    assert.equal(await page.evaluate(() => window.__skies), 0, "the sky's shaders were compiled");
    const { before, during } = await page.evaluate(() => {
      const ready = performance.getEntriesByName('atlas:ready')[0].startTime;
      const opened = performance.getEntriesByName('atlas:tiled')[0].startTime;
      const after = window.__links.filter((t) => t > ready);
      return { before: after.filter((t) => t < opened).length, during: after.filter((t) => t >= opened && t <= window.__tiledAt).length };
    });
    // The one allowed before: the tiles' clipping mask, which MapLibre draws for a shown layer whatever its opacity.
    assert.ok(before <= 1, `${before} programs linked between ready and the hand-over`);
    // Fills, borders, markers and the selection's outline (Honduras is selected).
    assert.ok(during >= 3, `${during} programs linked in the hand-over's frame`);
    assertClean(page);
    await page.context().close();
  });

  it('draws the countries and answers a click before MapLibre has tiled them, then hands over unchanged', async () => {
    const page = await atlas.newPage({ width: 1280, height: 800 });
    // MapLibre's worker script is held back: until it arrives the tiled layers cannot draw anything.
    let release = /** @type {(value?: unknown) => void} */ (() => {});
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/maplibre-gl-worker/, async (route) => {
      await held;
      await route.continue();
    });
    await openAtlas(page);
    assert.equal(await page.locator('.map').getAttribute('data-tiled'), 'false', 'the tiled layers have not drawn');
    const orange = ([r, g, b]) => r === 0xe6 && g === 0x9f && b === 0x00;
    // Around the name's spot, well inside Mexico (names are not part of the canvas read); the default spot below the
    // name straddles the Pacific coast, where a pixel's row decides between land and sea.
    const mexico = await colorsNear(page, 'MEX', { dy: 0 });
    assert.ok(mexico.filter(orange).length > 10, `Mérida orange over Mexico: ${JSON.stringify(mexico)}`);
    // Points inside Mexico, each read with its neighbours 2 px away: a point on the coast may differ after the
    // hand-over by MapLibre's antialiasing of the fill's edge (the first paint draws without it); inside, nothing may.
    const { x: mx, y: my } = await countryPoint(page, 'MEX');
    const grid = [];
    for (let i = 0; i < 5; i++) for (let j = 0; j < 5; j++) grid.push([mx - 12 + 6 * i, my + 10 + 6 * j]);
    const withNeighbours = ([px, py]) => [[px, py], [px - 2, py], [px + 2, py], [px, py - 2], [px, py + 2]];
    const readGrid = async () => {
      const colours = await webglColours(page, grid.flatMap(withNeighbours));
      return grid.map((_, k) => colours.slice(k * 5, k * 5 + 5));
    };
    const inside = (await readGrid()).map((around) => around.every(orange));
    assert.ok(inside.filter(Boolean).length > 5, `points well inside Mexico to compare: ${inside.filter(Boolean).length}`);

    await clickCountry(page, 'HND');
    await page.locator('#details h2', { hasText: 'Honduras' }).waitFor();
    await page.mouse.move(5, 400); // off the map: the hover outline goes, the selection's stays
    // The selection outline is #111 in the light theme; nothing else drawn around Honduras is that dark.
    const { x, y } = await countryPoint(page, 'HND');
    const box = [];
    for (let dx = -80; dx < 80; dx += 2) for (let dy = -50; dy < 50; dy += 2) box.push([x + dx, y + dy]);
    const dark = async () => (await webglColours(page, box)).filter(([r, g, b]) => r < 50 && g < 50 && b < 50).length;
    const outlined = await dark();
    assert.ok(outlined > 20, `the selection is outlined before the tiles: ${outlined} dark pixels`);

    release();
    await page.waitForFunction(() => document.querySelector('.map')?.dataset.tiled === 'true', null, { timeout: 60_000 });
    await waitForMapIdle(page);
    const after = await readGrid();
    const changed = grid.filter((_, k) => inside[k] && !orange(after[k][0]));
    assert.deepEqual(changed, [], `Mexico keeps its colour inside when the tiled layers take over: ${JSON.stringify(after.map((a) => a[0]))}`);
    assert.ok((await dark()) > 20, 'and Honduras its outline');
    assertClean(page);
    await page.context().close();
  });

  it('selects a country clicked on the map and shows its initiatives and goals', async () => {
    const page = await atlas.newPage();
    await openAtlas(page);
    await clickCountry(page, 'HND');
    await page.locator('#details h2', { hasText: 'Honduras' }).waitFor();
    assert.equal(await panelHeading(page), 'Honduras');
    const panel = page.locator('#details');
    await panel.locator('[data-initiative="carsi"]').waitFor();
    assert.match(await panel.locator('[data-initiative="carsi"] h3').innerText(), /Central America Regional Security Initiative/);
    // All years: Honduras's latest CARSI record is the Strategy for Engagement (2017–2019), whose goals it shows.
    assert.match(await panel.innerText(), /Improve security/);
    // The Mérida years (FY2008–FY2009) are part of Honduras's record too.
    assert.equal(await panel.locator('[data-initiative="merida"]').count(), 1);
    assert.equal(search(page), '?country=HND');
    // Every citation mark jumps to an entry in the panel's source list.
    const cites = await panel.locator('.cite a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(cites.length > 5);
    for (const href of cites) assert.equal(await panel.locator(href).count(), 1, `${href} is listed`);
    assertClean(page);
    await page.context().close();
  });

  it('shows a tooltip on hover', async () => {
    const page = await atlas.newPage();
    await openAtlas(page);
    await hoverCountry(page, 'MEX');
    const tip = page.locator('.map-tooltip');
    await tip.waitFor({ state: 'visible' });
    assert.match(await tip.innerText(), /Mexico/);
    assert.match(await tip.innerText(), /Mérida/);
    await page.context().close();
  });

  it('restores the view from the URL and keeps it on reload', async () => {
    const page = await atlas.newPage();
    await openAtlas(page, 'country=blz');
    assert.equal(await panelHeading(page), 'Belize');
    // Belize is in CARSI and in CBSI's record: both are shown, neither silently wins.
    assert.equal(await page.locator('#details [data-initiative="carsi"]').count(), 1);
    assert.equal(await page.locator('#details [data-initiative="cbsi"]').count(), 1);
    await page.reload();
    await page.locator('#details h2', { hasText: 'Belize' }).waitFor();
    assertClean(page);
    await page.context().close();
  });

  it('selects an initiative from the legend, and Back returns to the previous view', async () => {
    const page = await atlas.newPage();
    await openAtlas(page, 'country=MEX');
    await page.locator('.legend-select', { hasText: 'CBSI' }).click();
    await page.locator('#details h2', { hasText: 'Caribbean Basin Security Initiative' }).waitFor();
    assert.equal(search(page), '?initiative=cbsi');
    await page.goBack();
    await page.locator('#details h2', { hasText: 'Mexico' }).waitFor();
    assert.equal(search(page), '?country=MEX');
    await page.context().close();
  });

  it('falls back politely on bad URL values and never renders them as HTML', async () => {
    const page = await atlas.newPage();
    await openAtlas(page, `country=${encodeURIComponent('<img src=x onerror=alert(1)>')}&year=3000&initiative=ZZZ`);
    const messages = page.locator('.status-message');
    assert.equal(await messages.count(), 3);
    assert.match(await messages.nth(0).innerText(), /Ignored “country=<img src=x onerror=alert\(1\)>/);
    assert.equal(await page.locator('.status-messages img').count(), 0);
    assert.equal(await panelHeading(page), 'Overview');
    assertClean(page);
    await page.context().close();
  });

  it('says so when a well-formed country code is not in the atlas', async () => {
    const page = await atlas.newPage();
    await openAtlas(page, 'country=FRA');
    await page.locator('.status-message', { hasText: 'no country with the code “FRA”' }).waitFor();
    assert.equal(await panelHeading(page), 'Overview');
    await page.context().close();
  });
});
