// The foundation: the map draws, a click selects, the URL holds the view, and
// nothing leaves the origin.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  assertClean,
  axeViolations,
  clickCountry,
  colorsNear,
  coloursWhen,
  countryPoint,
  hoverCountry,
  isCarsiBlue,
  openAtlas,
  panelHeading,
  search,
  startAtlas,
  waitForMapIdle,
  waitForReady,
  webglColours,
  waitForMapReady,
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
    const around = await coloursWhen(
      page,
      () => colorsNear(page, 'HND'),
      (colours) => colours.some(isCarsiBlue),
    );
    assert.ok(around.some(isCarsiBlue), `CARSI blue in Honduras: ${JSON.stringify(around)}`);
    assertClean(page);
    await page.context().close();
  });

  it('on a slow link, shows the page at once, and the coloured map before fetching MapLibre', async () => {
    const page = await atlas.newPage({ width: 1280, height: 800 });
    // The geometry is held back, as on a slow connection: the page must not wait for it to render.
    let release = /** @type {(value?: unknown) => void} */ (() => {});
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/hemisphere\.topo\.json$/, async (route) => {
      await held;
      await route.continue();
    });
    // MapLibre's script is fetched only once the SVG first view is on screen: it must not compete with the files.
    const maplibreAsked = /** @type {number[]} */ ([]);
    page.on('request', (request) => {
      if (/\/assets\/maplibre-[\w-]+\.js$/.test(request.url())) maplibreAsked.push(performance.now());
    });
    await openAtlas(page, '', { waitReady: false });
    await page.locator('.app-header h1').waitFor();
    await page.locator('#details .loading').waitFor();
    assert.equal(
      await page.evaluate(() => performance.getEntriesByName('atlas:ready').length),
      0,
      'not ready without the geometry',
    );
    assert.deepEqual(maplibreAsked, [], 'MapLibre not fetched before the first view');
    release();
    await waitForReady(page);
    assert.equal(await page.locator('.map').getAttribute('data-drawn-by'), 'svg');
    // …and then MapLibre arrives and takes over.
    await page.locator('.map[data-drawn-by="webgl"] canvas.maplibregl-canvas').waitFor();
    assert.equal(maplibreAsked.length, 1);
    const mexico = await colorsNear(page, 'MEX');
    assert.ok(
      mexico.some(([r, g, b]) => r === 0xe6 && g === 0x9f && b === 0x00),
      `Mérida orange over Mexico: ${JSON.stringify(mexico)}`,
    );
    assertClean(page);
    await page.context().close();
  });

  for (const [
    what,
    viewport,
    query,
    options,
  ] of /** @type {[string, { width: number, height: number }, string, object][]} */ ([
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

  it('takes a click on the first view before MapLibre is there, and MapLibre arrives with the selection', async () => {
    const page = await atlas.newPage({ width: 1280, height: 800 });
    // MapLibre's script is held back, as on a slow link: the first view alone must answer the click.
    let release = /** @type {(value?: unknown) => void} */ (() => {});
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/\/assets\/maplibre-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await openAtlas(page);
    assert.equal(await page.locator('.map').getAttribute('data-drawn-by'), 'svg');
    const box = await page.locator('[data-first-view="svg"] path[data-iso="MEX"]').boundingBox();
    await page.mouse.click(box.x + box.width * 0.45, box.y + box.height * 0.4);
    await page.waitForURL((url) => url.search === '?country=MEX');
    assert.equal(await panelHeading(page), 'Mexico');
    assert.equal(await page.locator('.map canvas').count(), 0, 'no MapLibre yet');
    release();
    await page.locator('.map[data-drawn-by="webgl"] canvas.maplibregl-canvas').waitFor();
    assert.equal(search(page), '?country=MEX');
    assertClean(page);
    await page.context().close();
  });

  it('marks atlas:ready once, when the coloured countries are drawn: by the SVG first view, then by MapLibre', async () => {
    const page = await atlas.newPage({ width: 1280, height: 800 });
    // What is drawn is read in the same task as the mark is set: the first view's Mexico, or MapLibre's canvas.
    await page.addInitScript(() => {
      const mark = performance.mark.bind(performance);
      performance.mark = (name, options) => {
        if (name === 'atlas:ready') {
          const mexico = document.querySelector('[data-first-view="svg"] path[data-iso="MEX"]');
          window.__firstViewAtReady = mexico ? mexico.getAttribute('fill') : null;
          window.__drawnByAtReady = document.querySelector('.map')?.dataset.drawnBy;
        }
        return mark(name, options);
      };
    });
    await openAtlas(page);
    const atReady = await page.evaluate(() => ({ fill: window.__firstViewAtReady, by: window.__drawnByAtReady }));
    assert.deepEqual(atReady, { fill: '#E69F00', by: 'svg' }, 'the first view draws Mexico in Mérida orange by ready');
    // MapLibre takes over once it has drawn the countries, and the first view goes.
    await page.waitForFunction(() => document.querySelector('.map').dataset.drawnBy === 'webgl', null, {
      timeout: 60_000,
    });
    assert.equal(await page.locator('[data-first-view]').count(), 0);
    const mexico = await colorsNear(page, 'MEX');
    assert.ok(
      mexico.filter(([r, g, b]) => r === 0xe6 && g === 0x9f && b === 0x00).length > 10,
      `MapLibre draws Mexico in Mérida orange: ${JSON.stringify(mexico)}`,
    );
    assert.equal(await page.evaluate(() => performance.getEntriesByName('atlas:ready').length), 1, 'marked once');
    assertClean(page);
    await page.context().close();
  });

  it('opens on a selection with MapLibre alone, and marks ready once it has drawn the coloured countries', async () => {
    const page = await atlas.newPage({ width: 1280, height: 800 });
    await page.addInitScript(() => {
      const mark = performance.mark.bind(performance);
      performance.mark = (name, options) => {
        if (name === 'atlas:ready') {
          const canvas = /** @type {HTMLCanvasElement | null} */ (document.querySelector('.map canvas'));
          const gl = canvas?.getContext('webgl2');
          const pixels = new Uint8Array((canvas?.width ?? 0) * (canvas?.height ?? 0) * 4);
          if (canvas) gl?.readPixels(0, 0, canvas.width, canvas.height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
          let blue = 0;
          for (let i = 0; i < pixels.length; i += 4)
            if (pixels[i] === 0x00 && pixels[i + 1] === 0x72 && pixels[i + 2] === 0xb2) blue++;
          window.__blueAtReady = blue;
          window.__firstViews = document.querySelectorAll('[data-first-view]').length;
        }
        return mark(name, options);
      };
    });
    await openAtlas(page, '?country=HND');
    // Honduras in CARSI blue fills much of the view it is framed in.
    const atReady = await page.evaluate(() => ({ blue: window.__blueAtReady, firstViews: window.__firstViews }));
    assert.equal(atReady.firstViews, 0, 'no first view: it shows the overview only');
    assert.ok(atReady.blue > 1000, `CARSI blue pixels on the canvas at ready: ${atReady.blue}`);
    await page.context().close();
  });

  it("keeps the keyboard's highlight outlined when the pointer passes over that country and leaves", async () => {
    const page = await atlas.newPage({ width: 1280, height: 800 });
    await openAtlas(page);
    const canvas = page.locator('.map canvas');
    const focusedCountry = () => page.evaluate(() => document.querySelector('.map canvas').dataset.focusedCountry);
    await waitForMapReady(page); // the map takes keys once it is there, not the first view
    await canvas.focus();
    await page.keyboard.press('ArrowRight'); // the first press highlights a starting country
    const focused = await focusedCountry();
    assert.ok(focused, 'a country is highlighted');
    // The highlight's outline is #111 in the light theme: counted as dark pixels in a box round the country, against
    // the same box with nothing highlighted (Escape clears the highlight; the first press brings it back).
    await waitForMapIdle(page);
    const { x, y } = await countryPoint(page, focused);
    const box = [];
    for (let dx = -80; dx < 80; dx += 2) for (let dy = -50; dy < 50; dy += 2) box.push([x + dx, y + dy]);
    const dark = async () => (await webglColours(page, box)).filter(([r, g, b]) => r < 50 && g < 50 && b < 50).length;
    const highlighted = await dark();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('.map canvas').dataset.focusedCountry);
    const plain = await dark();
    assert.ok(highlighted - plain > 10, `the highlight is outlined: ${highlighted} dark pixels against ${plain}`);
    await page.keyboard.press('ArrowRight');
    assert.equal(await focusedCountry(), focused);

    await hoverCountry(page, focused);
    await page.waitForFunction(() => document.querySelector('.map canvas').style.cursor === 'pointer');
    await page.mouse.move(2, 790); // off the country
    await page.waitForFunction(() => !document.querySelector('.map canvas').style.cursor);
    assert.equal(await focusedCountry(), focused, 'still the highlight');
    const left = await dark();
    assert.ok(
      left - plain > (highlighted - plain) / 2,
      `the highlight keeps its outline after the pointer left: ${left} dark pixels, ${plain} without it`,
    );
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
    assert.match(
      await panel.locator('[data-initiative="carsi"] h3').innerText(),
      /Central America Regional Security Initiative/,
    );
    // All years: Honduras's latest CARSI record is the Root Causes Strategy (2021–2023), whose pillars it shows.
    assert.match(await panel.innerText(), /Combating corruption, strengthening democratic governance/);
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
