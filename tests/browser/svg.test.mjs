// The SVG map: Chromium with WebGL switched off draws the same map, and a
// person can still select, hover and use the keyboard on it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  assertClean,
  clickCountry,
  countryPoint,
  hoverCountry,
  mapPixel,
  openAtlas,
  panelHeading,
  rendererOf,
  search,
  startAtlas,
  waitForMapIdle,
} from '../driver.mjs';

let atlas;
before(async () => {
  atlas = await startAtlas({}, ['--disable-webgl', '--disable-3d-apis']);
});
after(() => atlas?.stop());

const CARSI_BLUE = '#0072B2';

/**
 * The atlas, once the SVG map draws it. On the overview the SVG first view marks ready before MapLibre is fetched;
 * MapLibre then finds no WebGL and the chooser hands the map to the SVG renderer, which `data-renderer` says.
 */
async function openSvgAtlas(page, query = '') {
  await openAtlas(page, query);
  await page.locator('.map[data-renderer="svg"]').waitFor();
}

describe('without WebGL', () => {
  it('draws the coloured map as SVG, marks atlas:ready and shows no failure', async () => {
    const page = await atlas.newPage({ width: 1920, height: 1080 });
    await openSvgAtlas(page);
    assert.equal(await rendererOf(page), 'svg');
    assert.equal(await page.locator('.map canvas').count(), 0, 'no WebGL canvas');
    assert.equal(await page.locator('.map-failure, .part-failed, .load-failed').count(), 0);
    // Mérida's Mexico is solid orange; Honduras (CARSI and Mérida) is striped with a pattern that holds CARSI blue.
    assert.equal(await page.locator('.svg-country[data-iso="MEX"]').getAttribute('fill'), '#E69F00');
    const hndFill = await page.locator('.svg-country[data-iso="HND"]').getAttribute('fill');
    assert.match(hndFill, /^url\(#svg-pat_/);
    const patternId = hndFill.slice(4, -1);
    // The pattern repeats the map's own stripe tile (patterns.ts): its pixels hold CARSI blue.
    const colours = await page.locator(`${patternId} image`).evaluate(async (img) => {
      const image = new Image();
      image.src = img.getAttribute('href');
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.width, image.height];
      const ctx = canvas.getContext('2d');
      ctx.drawImage(image, 0, 0);
      const data = ctx.getImageData(0, 0, image.width, image.height).data;
      const hex = new Set();
      for (let i = 0; i < data.length; i += 4)
        hex.add(
          `#${[data[i], data[i + 1], data[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join('')}`.toUpperCase(),
        );
      return [...hex];
    });
    assert.ok(colours.includes(CARSI_BLUE), `pattern ${patternId} has CARSI blue: ${colours}`);
    // What is on screen where Mexico's name sits is Mérida orange (labels are an overlay, not in the drawing).
    const { x, y } = await countryPoint(page, 'MEX');
    const [r, g, b] = await mapPixel(page, x, y);
    assert.ok(Math.abs(r - 0xe6) < 8 && Math.abs(g - 0x9f) < 8 && b < 16, `Mexico drawn orange, got ${[r, g, b]}`);
    assertClean(page);
    await page.context().close();
  });

  it('selects a country clicked on the map and outlines it', async () => {
    const page = await atlas.newPage();
    await openSvgAtlas(page);
    await clickCountry(page, 'HND');
    await page.locator('#details h2', { hasText: 'Honduras' }).waitFor();
    assert.equal(search(page), '?country=HND');
    assert.notEqual(
      await page.locator('.svg-map .svg-selected').getAttribute('d'),
      '',
      'the selection outline is drawn',
    );
    // Clicking the sea clears the selection, as on the WebGL map.
    const mex = await countryPoint(page, 'MEX');
    await page.mouse.click(mex.x - 150, mex.y - 40);
    await page.locator('#details h2', { hasText: 'Overview' }).waitFor();
    assertClean(page);
    await page.context().close();
  });

  it('shows the tooltip and hover outline, and frames an initiative with the rest dimmed', async () => {
    const page = await atlas.newPage();
    await openSvgAtlas(page);
    await hoverCountry(page, 'MEX');
    const tip = page.locator('.map-tooltip');
    await tip.waitFor({ state: 'visible' });
    assert.match(await tip.innerText(), /Mexico[\s\S]*Mérida/);
    await page.locator('.legend-select', { hasText: 'CBSI' }).click();
    await page.locator('#details h2', { hasText: 'Caribbean Basin Security Initiative' }).waitFor();
    await waitForMapIdle(page);
    const dim = await page.locator('.svg-overlay').first().getAttribute('d');
    assert.ok(dim.length > 1000, 'countries outside CBSI are dimmed');
    // The camera flew in: Trinidad and Tobago's label is inside the map, further from Mexico than before.
    const transform = await page.locator('.svg-map .svg-world').getAttribute('transform');
    assert.match(transform, /scale\((\d+\.\d+)\)/);
    assert.ok(Number(/scale\(([\d.]+)\)/.exec(transform)[1]) > 2, `zoomed in: ${transform}`);
    assertClean(page);
    await page.context().close();
  });

  it('lets the keyboard select a country', async () => {
    const page = await atlas.newPage();
    await openSvgAtlas(page);
    await page.locator('.svg-country[data-iso="GTM"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('#details h2', { hasText: 'Guatemala' }).waitFor();
    assert.equal(await page.locator('.svg-country[data-iso="GTM"]').getAttribute('aria-pressed'), 'true');
    await page.context().close();
  });

  it('opens a selection from the URL in Spanish, framed on the country', async () => {
    const page = await atlas.newPage();
    await openSvgAtlas(page, 'country=PAN&lang=es');
    assert.equal(await panelHeading(page), 'Panamá');
    const { x, y } = await countryPoint(page, 'PAN');
    assert.ok(x > 300 && x < 1000 && y > 200 && y < 700, `Panama in view at ${x},${y}`);
    assertClean(page);
    await page.context().close();
  });
});
