// Presenting: the keys a briefer or a clicker presses move through the slides
// and the URL follows; each slide spotlights its countries; the view exports
// as a 1920×1080 PNG with the map and its legend; nothing logs an error.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  assertClean,
  coloursWhen,
  countryPoint,
  currentSlide,
  MAP_TIMEOUT,
  mapPixel,
  openAtlas,
  pressSlideKey,
  search,
  searchFor,
  startAtlas,
  waitForMapIdle,
} from '../driver.mjs';

let atlas;
before(async () => {
  atlas = await startAtlas();
});
after(() => atlas?.stop());

const SLIDES = JSON.parse(readFileSync(resolve(import.meta.dirname, '..', '..', 'data', 'slides.json'), 'utf8'));
const params = (page) => Object.fromEntries(new URLSearchParams(search(page)));

/** Slide n's own view as data/slides.json gives it, in URL parameters (slide 1 and the details panel are defaults). */
function slideView(n) {
  const { country, initiative, year, panel } = SLIDES[n - 1].state;
  const view = {
    country,
    initiative,
    year: year === null ? null : String(year),
    slide: n === 1 ? null : String(n),
    panel: panel === 'details' ? null : panel,
  };
  return Object.fromEntries(Object.entries(view).filter(([, v]) => v !== null));
}

/** Waits until the URL shows slide n's view: it lands a frame after the slide's number (deck.ts, showSlide). */
async function waitForSlideView(page, n) {
  const view = slideView(n);
  const keys = ['country', 'initiative', 'year', 'slide', 'panel'];
  await page.waitForURL((url) => keys.every((k) => (url.searchParams.get(k) ?? undefined) === view[k]), {
    timeout: MAP_TIMEOUT,
  });
}

/** The slide's own view (selection, year, panel) lands a frame after its number: wait for the URL to show it. */
async function waitForParams(page, expected) {
  await page.waitForURL((url) =>
    Object.entries(expected).every(([k, v]) => (url.searchParams.get(k) ?? undefined) === v),
  );
  assert.deepEqual(params(page), expected);
}

/**
 * A PNG decoded the way an image viewer would, in the browser: how many colours it has (every 7th pixel), its
 * top-left pixel, and how often each colour occurs in a region (every `step`th pixel), as '#rrggbb'.
 */
function pngColours(page, bytes, region, step = 1) {
  return page.evaluate(
    async ([dataUrl, [rx, ry, rw, rh], step]) => {
      const img = new Image();
      img.src = dataUrl;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const hex = (d, i) => `#${[d[i], d[i + 1], d[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      const all = ctx.getImageData(0, 0, c.width, c.height).data;
      const colours = new Set();
      for (let i = 0; i < all.length; i += 4 * 7) colours.add(hex(all, i));
      const part = ctx.getImageData(rx, ry, rw, rh).data;
      const counts = new Map();
      for (let i = 0; i < part.length; i += 4 * step) counts.set(hex(part, i), (counts.get(hex(part, i)) ?? 0) + 1);
      return { distinct: colours.size, corner: hex(all, 0), region: Object.fromEntries(counts) };
    },
    [`data:image/png;base64,${bytes.toString('base64')}`, region, step],
  );
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', 'a PNG file');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('presentation', () => {
  it('moves through the slides with the keys a clicker sends, and the URL follows', async () => {
    const page = await atlas.newPage({ width: 1280, height: 800 });
    await openAtlas(page, 'theme=projector');
    await page.getByRole('button', { name: 'Present' }).click();
    await page.locator('.present-bar').waitFor();
    assert.equal(await page.locator('.app-header').count(), 0, 'no app chrome while presenting');
    const { n, m } = await currentSlide(page);
    assert.equal(n, 1);
    assert.ok(m >= 7, `${m} slides`);
    assert.deepEqual(
      params(page),
      { theme: 'projector', present: '1' },
      'slide 1 is the default, so it is not in the URL',
    );

    await pressSlideKey(page, 'PageDown', 2);
    await waitForParams(page, {
      initiative: 'merida',
      year: '2009',
      theme: 'projector',
      present: '1',
      slide: '2',
      panel: 'timeline',
    });
    assert.equal((await currentSlide(page)).id, 'merida');
    await pressSlideKey(page, 'ArrowRight', 3);
    await pressSlideKey(page, 'Space', 4);
    await waitForParams(page, { initiative: 'carsi', theme: 'projector', present: '1', slide: '4', panel: 'funding' });
    await pressSlideKey(page, 'PageUp', 3);
    await pressSlideKey(page, 'ArrowLeft', 2);
    await pressSlideKey(page, 'End', m);
    await waitForParams(page, { year: '2023', compare: '2008', theme: 'projector', present: '1', slide: String(m) }); // then and now
    await pressSlideKey(page, 'PageDown', m); // clamped: a clicker pressed once too often stays on the last slide
    await pressSlideKey(page, 'Home', 1);
    await pressSlideKey(page, '5', 5);
    await waitForParams(page, { initiative: 'cbsi', theme: 'projector', present: '1', slide: '5' });
    // Reload: the URL alone brings the briefer back to slide 5.
    await page.reload();
    await page.locator('.present-count', { hasText: /^5\// }).waitFor();
    assert.equal((await currentSlide(page)).id, 'cbsi');
    // Esc (not in full screen) leaves the presentation and brings the header back; the view stays.
    await page.keyboard.press('Escape');
    await page.locator('.app-header').waitFor();
    assert.equal(await page.locator('.present-bar').count(), 0);
    // The header is new, and the search has followed it there (the presentation opened from the URL, so the
    // header was not there when the atlas loaded): it works, and its stand-in is gone.
    assert.match((await searchFor(page, 'peru'))[0], /Peru/);
    assert.equal(await page.locator('.search-placeholder').isVisible(), false);
    await page.keyboard.press('Escape');
    assert.deepEqual(params(page), { initiative: 'cbsi', theme: 'projector' });
    assertClean(page);
    await page.context().close();
  });

  it('hears a clicker pressed before the presentation has loaded its own code', async () => {
    const page = await atlas.newPage({ width: 1280, height: 800 });
    // The caption bar's code is held back until the key has been pressed, as on a slow link.
    let release = /** @type {(value?: unknown) => void} */ (() => {});
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/\/assets\/PresentMode-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await openAtlas(page, 'present=1&theme=projector', { waitReady: false });
    await page.waitForFunction(() => document.querySelector('.map[data-map-ready="true"]') !== null, null, {
      timeout: MAP_TIMEOUT,
    });
    assert.equal(await page.locator('.present-bar').count(), 0, 'the bar is still on its way');
    await page.keyboard.press('PageDown');
    await page.waitForURL((url) => url.searchParams.get('slide') === '2');
    release();
    await page.locator('.present-count', { hasText: /^2\// }).waitFor();
    assert.equal((await currentSlide(page)).id, 'merida');
    assertClean(page);
    await page.context().close();
  });

  it('starts the camera on a key press, and not at all with animations off', async () => {
    // How soon it starts is the bench's to measure (slide key → camera asked, budget 100 ms), not a test's.
    const page = await atlas.newPage({ width: 1280, height: 800 });
    await openAtlas(page, 'present=1&slide=1');
    await waitForMapIdle(page);
    await page.evaluate(() => {
      window.__flights = 0;
      const map = document.querySelector('.map');
      new MutationObserver(() => map.dataset.moving === 'true' && window.__flights++).observe(map, {
        attributes: true,
        attributeFilter: ['data-moving'],
      });
    });
    let flights = 0;
    for (const [key, n] of [
      ['PageDown', 2],
      ['PageDown', 3],
      ['PageDown', 4],
      ['PageUp', 3],
      ['PageDown', 4],
    ]) {
      await pressSlideKey(page, key, n);
      // The camera moves, and the slide's own view (selection, year, panel) follows into the URL.
      await page.waitForFunction((before) => window.__flights > before, flights, { timeout: MAP_TIMEOUT });
      flights = await page.evaluate(() => window.__flights);
      await waitForSlideView(page, n);
      await waitForMapIdle(page);
    }

    // Animations off: the camera jumps, so the map is at rest right after the key.
    await page.getByLabel('Animations').uncheck();
    await pressSlideKey(page, 'PageDown', 4);
    await page.waitForFunction(() => document.querySelector('.map').dataset.moving === 'false');
    assert.equal(await page.evaluate(() => localStorage.getItem('atlas:animate')), '0');
    assertClean(page);
    await page.context().close();
  });

  it('spotlights the countries of the slide and dims the rest', async () => {
    const page = await atlas.newPage({ width: 1280, height: 800 });
    // Colombia's slide: Colombia in its own yellow, Ecuador (outside the slide) dimmed.
    // Andean slide: Ecuador spotlighted in the Andean colour.
    await openAtlas(page, 'present=1&slide=6');
    assert.equal((await currentSlide(page)).id, 'colombia');
    await waitForMapIdle(page);
    const [colombia, ecuadorOff] = await coloursWhen(
      page,
      async () => [await mapPixel(page, await offset(page, 'COL')), await mapPixel(page, await offset(page, 'ECU'))],
      ([col, ecu]) => isYellow(col) && isDimmed(ecu),
    );
    await pressSlideKey(page, 'PageDown', 7);
    assert.equal((await currentSlide(page)).id, 'andean');
    await waitForMapIdle(page);
    const ecuadorOn = await coloursWhen(page, async () => mapPixel(page, await offset(page, 'ECU')), isAndean);
    assert.ok(isYellow(colombia), `Colombia in its slide is yellow: ${colombia}`);
    assert.ok(isAndean(ecuadorOn), `Ecuador in the Andean slide keeps its colour: ${ecuadorOn}`);
    assert.ok(isDimmed(ecuadorOff), `Ecuador outside the Colombia slide is dimmed: ${ecuadorOff}`);
    assertClean(page);
    await page.context().close();
  });

  it('exports the view as a 1920×1080 PNG with the map, its legend and caption, and a 2× one for print', async () => {
    const page = await atlas.newPage({ width: 1280, height: 800 }, { acceptDownloads: true });
    await openAtlas(page, 'present=1&slide=4&theme=projector');
    await waitForMapIdle(page);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: MAP_TIMEOUT }),
      page.getByRole('button', { name: 'Save image', exact: true }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'hemisphere-atlas-carsi.png');
    const bytes = await readFile(await download.path());
    assert.deepEqual(pngSize(bytes), { width: 1920, height: 1080 });

    // Decode it the way an image viewer would, and look at its pixels. The legend sits in the column right of the
    // map, never over it; its swatches are the column at x 1526–1566.
    const decoded = await pngColours(page, bytes, [1526, 120, 40, 500]);
    const seen = { ...decoded, legend: Object.keys(decoded.region) };
    assert.ok(seen.distinct > 200, `the image is not blank: ${seen.distinct} colours`);
    assert.equal(seen.corner, '#ffffff', 'a solid projector-white background');
    for (const colour of ['#e69f00', '#0072b2', '#009e73', '#f0e442', '#cc79a7'])
      assert.ok(seen.legend.includes(colour), `the legend shows ${colour}`);
    // The map itself: CARSI blue is drawn in the map area right of the legend (the stripes of Central America).
    const map = await pngColours(page, bytes, [700, 120, 1220, 770], 3);
    assert.ok((map.region['#0072b2'] ?? 0) > 50, 'CARSI blue is drawn on the map');

    await page.keyboard.press('Escape');
    await page.locator('.app-header').waitFor();
    const [print] = await Promise.all([
      page.waitForEvent('download', { timeout: MAP_TIMEOUT }),
      page.getByRole('button', { name: 'Save image 2× (print)' }).click(),
    ]);
    assert.equal(print.suggestedFilename(), 'hemisphere-atlas-carsi@2x.png');
    assert.deepEqual(pngSize(await readFile(await print.path())), { width: 3840, height: 2160 });
    assertClean(page);
    await page.context().close();
  });
});

describe('exploring on a 1024×768 projector', () => {
  it('keeps the header to two rows with every control on screen, and the legend folded off Central America', async () => {
    const page = await atlas.newPage({ width: 1024, height: 768 });
    await openAtlas(page, 'theme=projector');
    const header = await page.locator('.app-header').boundingBox();
    assert.ok(header.height < 150, `header ${header.height} px tall`);
    for (const name of ['Present', 'Share', 'Help']) {
      const box = await page.getByRole('button', { name, exact: true }).boundingBox();
      assert.ok(
        box && box.x >= 0 && box.x + box.width <= 1024 && box.y + box.height <= header.y + header.height,
        `${name} on screen: ${JSON.stringify(box)}`,
      );
    }
    // Folded, the legend is one button in a corner; unfolding it is one press away.
    assert.equal(await page.locator('.legend.is-folded').count(), 1);
    const legend = await page.locator('.legend').boundingBox();
    for (const iso of ['MEX', 'HND', 'COL']) {
      const { x, y } = await countryPoint(page, iso);
      const inside = x >= legend.x && x <= legend.x + legend.width && y >= legend.y && y <= legend.y + legend.height;
      assert.ok(!inside, `${iso}'s name is not under the legend`);
    }
    await page.locator('.legend-fold').click();
    assert.equal(await page.locator('.legend.is-folded').count(), 0);
    assertClean(page);
    await page.context().close();
  });
});

describe('export without WebGL', () => {
  it('exports the SVG map (renderer=svg) as a non-blank 1920×1080 PNG', async () => {
    const page = await atlas.newPage({ width: 1280, height: 800 }, { acceptDownloads: true });
    await openAtlas(page, 'renderer=svg&initiative=carsi');
    await page.locator('.map[data-renderer="svg"][data-map-ready="true"]').waitFor({ timeout: MAP_TIMEOUT });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: MAP_TIMEOUT }),
      page.getByRole('button', { name: 'Save image', exact: true }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'hemisphere-atlas-carsi.png');
    const bytes = await readFile(await download.path());
    assert.deepEqual(pngSize(bytes), { width: 1920, height: 1080 });
    // The map area right of the legend (the legend is at most 652 px wide): the map's own colours.
    const decoded = await pngColours(page, bytes, [700, 120, 1220, 770], 3);
    const seen = { ...decoded, map: decoded.region };
    assert.ok(seen.distinct > 200, `the image is not blank: ${seen.distinct} colours`);
    // Light theme: the ocean (#dde7ee) and land cover the map area, and CARSI blue is drawn there.
    assert.ok((seen.map['#dde7ee'] ?? 0) > 10_000, 'the ocean is drawn');
    const notOcean = Object.entries(seen.map)
      .filter(([c]) => c !== '#dde7ee' && c !== '#ffffff')
      .reduce((sum, [, n]) => sum + n, 0);
    assert.ok(notOcean > 25_000, `land is drawn: ${notOcean} samples`);
    assert.ok((seen.map['#0072b2'] ?? 0) > 50, 'CARSI blue is drawn on the map');
    assertClean(page);
    await page.context().close();
  });
});

/** A point inside a country, just left of its name (the name itself is HTML over the map). */
// Colombia yellow #F0E442 has a low blue channel.
const isYellow = ([r, , b]) => b < 120 && r > 200;
// Andean #CC79A7 has a low green channel; dimmed, it is mixed towards the sea (green high).
const isAndean = ([r, g]) => g < 150 && r > 170;
const isDimmed = ([, g]) => g > 185;

async function offset(page, iso3) {
  const { x, y } = await countryPoint(page, iso3);
  return { x: x - 8, y: y + 14 };
}
