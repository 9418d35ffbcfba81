// Everyone can use it: axe-core finds no WCAG violation in any view, a keyboard
// reaches and reads every country, a phone taps one, and Spanish is everywhere.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  announcement,
  axeViolations,
  countryPoint,
  focusedElement,
  MAP_TIMEOUT,
  openAtlas,
  panelHeading,
  searchFor,
  search as searchOf,
  startAtlas,
  tapCountry,
  waitForMapIdle,
  waitForPanelBody,
  webglColours,
  waitForMapReady,
} from '../driver.mjs';

let atlas;
before(async () => {
  atlas = await startAtlas();
});
after(() => atlas?.stop());

/** WCAG 2.0–2.2 A and AA rules, plus axe's best practices; nothing is disabled. */
const AXE = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
};

async function assertNoViolations(page, what) {
  const violations = await axeViolations(page, AXE);
  assert.deepEqual(violations, [], `${what}: axe violations\n${JSON.stringify(violations, null, 2)}`);
}

describe('axe-core finds no violations', () => {
  for (const [what, query] of [
    ['the main view', ''],
    ['a selected country', 'country=HND'],
    ['a selected initiative', 'initiative=cbsi&year=2012'],
    ['the table view', 'view=table'],
    ['embed mode', 'embed=1&country=GTM'],
    ['the Spanish view', 'lang=es&country=MEX'],
    ['the dark theme', 'theme=dark&country=JAM'],
    ['the projector theme', 'theme=projector'],
    ['what changed between two years', 'compare=2010&year=2022'],
    ['presentation mode', 'present=1'],
    ['presentation mode on a projector', 'present=1&theme=projector'],
  ]) {
    it(what, async () => {
      const page = await atlas.newPage();
      if (query.includes('view=table')) await openAtlas(page, query, { waitReady: false });
      else await openAtlas(page, query);
      await page.locator('#details h2').waitFor();
      await assertNoViolations(page, what);
      await page.context().close();
    });
  }

  it('the open search list and the help dialog', async () => {
    const page = await atlas.newPage();
    await openAtlas(page);
    await searchFor(page, 'san');
    await page.keyboard.press('ArrowDown');
    await assertNoViolations(page, 'search list');
    await page.keyboard.press('Escape');
    await page.locator('.help-button').click();
    await page.locator('.help-dialog[open]').waitFor();
    await assertNoViolations(page, 'help dialog');
    await page.context().close();
  });
});

describe('keyboard only', () => {
  it('the skip link is the first stop and moves focus to the details', async () => {
    const page = await atlas.newPage();
    await openAtlas(page);
    await page.keyboard.press('Tab');
    const first = await focusedElement(page);
    assert.equal(first.tag, 'A');
    assert.match(first.text, /Skip to details/);
    await page.keyboard.press('Enter');
    assert.equal((await focusedElement(page)).id, 'details');
    await page.context().close();
  });

  it('finds Honduras with the search box, selects it and reads its panel', async () => {
    const page = await atlas.newPage();
    await openAtlas(page);
    await page.keyboard.press('/');
    assert.equal((await focusedElement(page)).id, 'atlas-search');
    await page.keyboard.type('hond');
    await page.locator('[role="option"]').first().waitFor();
    assert.equal(await page.locator('#atlas-search').getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('ArrowDown');
    const active = await page.locator('#atlas-search').getAttribute('aria-activedescendant');
    assert.match(await page.locator(`[id="${active}"]`).innerText(), /Honduras/);
    await page.keyboard.press('Enter');
    await page.locator('#details h2', { hasText: 'Honduras' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'details-title');
    assert.equal(searchOf(page), '?country=HND');
    // The panel is read from the focused heading onward, no mouse involved; its body follows the heading.
    await waitForPanelBody(page);
    // Honduras's latest CARSI record is the Root Causes Strategy (2021–2023): its pillars, not Mérida's later goals.
    assert.match(
      await page.locator('#details').innerText(),
      /Combating corruption, strengthening democratic governance/,
    );
    assert.doesNotMatch(
      await page.locator('#details section.membership[data-initiative="merida"] .goal-sets').innerText(),
      /Bicentennial/,
    );
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="announcer"]')?.textContent?.startsWith('Honduras:'),
    );
    assert.match(
      await announcement(page),
      /^Honduras: Central America Regional Security Initiative, partner, 2021–2023/,
    );
    // Escape closes the list, a second Escape clears the box.
    await page.keyboard.press('/');
    await page.keyboard.type('peru');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#atlas-search').getAttribute('aria-expanded'), 'false');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#atlas-search').inputValue(), '');
    await page.context().close();
  });

  /** Tabs to the map, then walks the arrow keys toward a country by where its name is drawn. */
  async function walkTo(page, iso3) {
    await waitForMapReady(page); // the map takes keys once it is there, not the first view
    for (let i = 0; i < 40 && !(await focusedElement(page)).tag.match(/CANVAS/); i++) await page.keyboard.press('Tab');
    assert.equal((await focusedElement(page)).tag, 'CANVAS', 'Tab reaches the map');
    await page.keyboard.press('ArrowRight'); // the first press highlights a starting country
    const visited = [];
    for (let i = 0; i < 40; i++) {
      const here = (await focusedElement(page)).country;
      visited.push(here);
      if (here === iso3) return visited;
      await waitForMapIdle(page);
      const from = await countryPoint(page, here);
      const to = await countryPoint(page, iso3);
      const [dx, dy] = [to.x - from.x, to.y - from.y];
      const keys =
        Math.abs(dx) > Math.abs(dy)
          ? [dx > 0 ? 'ArrowRight' : 'ArrowLeft', dy > 0 ? 'ArrowDown' : 'ArrowUp']
          : [dy > 0 ? 'ArrowDown' : 'ArrowUp', dx > 0 ? 'ArrowRight' : 'ArrowLeft'];
      // Going round in circles or stuck along the main axis: try the other one.
      const circling = visited.filter((v) => v === here).length > 1;
      await page.keyboard.press(keys[circling ? 1 : 0]);
      if ((await focusedElement(page)).country === here) await page.keyboard.press(keys[1]);
    }
    assert.fail(`did not reach ${iso3}: ${visited.join(' → ')}`);
  }

  it('reaches Honduras on the map with the arrow keys and selects it with Enter', async () => {
    const page = await atlas.newPage();
    await openAtlas(page);
    const path = await walkTo(page, 'HND');
    assert.ok(path.length > 1, 'moved between countries');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="announcer"]')?.textContent?.startsWith('Honduras. Press Enter'),
    );
    await page.keyboard.press('Enter');
    await page.locator('#details h2', { hasText: 'Honduras' }).waitFor();
    assert.equal(searchOf(page), '?country=HND');
    // Focus stays on the map, so the reader can keep exploring; the panel is spoken.
    assert.equal((await focusedElement(page)).tag, 'CANVAS');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="announcer"]')?.textContent?.startsWith('Honduras:'),
    );
    await page.context().close();
  });

  it('outlines the country the arrow keys highlight, and the outline goes with the highlight', async () => {
    const page = await atlas.newPage({ width: 1280, height: 800 });
    await openAtlas(page);
    await walkTo(page, 'HND');
    await waitForMapIdle(page);
    // Near-black pixels in a box around Honduras's name: the hover outline is #111 in the light theme, and
    // nothing else drawn there is that dark (grey borders, CARSI blue and Mérida stripes).
    const darkAround = async () => {
      const { x, y } = await countryPoint(page, 'HND');
      const box = [];
      for (let dx = -80; dx < 80; dx++) for (let dy = -50; dy < 50; dy++) box.push([x + dx, y + dy]);
      return (await webglColours(page, box)).filter(([r, g, b]) => r < 50 && g < 50 && b < 50).length;
    };
    const highlighted = await darkAround();
    await page.keyboard.press('Escape');
    await waitForMapIdle(page);
    const cleared = await darkAround();
    assert.ok(
      highlighted > 40 && highlighted > 3 * cleared,
      `outline drawn: ${highlighted} dark pixels highlighted, ${cleared} after Escape`,
    );
    await page.context().close();
  });

  it('reaches a micro-state (Saint Kitts and Nevis) on the map with the arrow keys', async () => {
    const page = await atlas.newPage();
    await openAtlas(page, 'initiative=cbsi');
    await waitForMapIdle(page);
    await walkTo(page, 'KNA');
    await page.keyboard.press('Enter');
    await page.locator('#details h2', { hasText: 'Saint Kitts and Nevis' }).waitFor();
    await page.context().close();
  });

  it('Shift+arrows pan the map and do not move the highlight; Tab leaves the map', async () => {
    const page = await atlas.newPage();
    await openAtlas(page);
    await page.locator('.map canvas').focus();
    const before = await page.evaluate(
      () => document.querySelector('.country-labels [data-iso="HND"]').getBoundingClientRect().x,
    );
    await page.keyboard.press('Shift+ArrowLeft');
    // The labels follow the camera on every move: wait for Honduras's to have moved right, then for the map to stop.
    const hnd = '.country-labels [data-iso="HND"]';
    await page.waitForFunction(
      ([sel, x]) => (document.querySelector(sel)?.getBoundingClientRect().x ?? x) > x + 50,
      [hnd, before],
      { timeout: MAP_TIMEOUT },
    );
    await waitForMapIdle(page);
    const afterPan = await page.evaluate(
      () => document.querySelector('.country-labels [data-iso="HND"]').getBoundingClientRect().x,
    );
    assert.ok(afterPan > before + 50, `the map panned (${before} → ${afterPan})`);
    assert.equal((await focusedElement(page)).country, '');
    await page.keyboard.press('Tab');
    assert.notEqual((await focusedElement(page)).tag, 'CANVAS', 'no keyboard trap');
    await page.context().close();
  });

  it('? opens the help dialog, Escape closes it and returns focus', async () => {
    const page = await atlas.newPage();
    await openAtlas(page);
    await page.locator('.help-button').focus();
    await page.keyboard.press('?');
    const dialog = page.locator('.help-dialog');
    await dialog.waitFor({ state: 'visible' });
    assert.match(await dialog.innerText(), /Arrow keys/);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.match((await focusedElement(page)).text, /Help/);
    await page.context().close();
  });
});

describe('the table view', () => {
  it('lists every country, sorts with aria-sort and selects from a row', async () => {
    const page = await atlas.newPage();
    await openAtlas(page, 'view=table&year=2012', { waitReady: false });
    const table = page.locator('.country-table');
    await table.waitFor();
    assert.match(await table.locator('caption').innerText(), /in 2012/);
    assert.equal(await table.locator('tbody tr').count(), 56);
    assert.match(await table.locator('th[aria-sort="ascending"]').innerText(), /^Country\s*▲$/);
    await table.locator('thead button', { hasText: 'CARSI' }).click();
    assert.equal(await table.locator('th', { hasText: 'CARSI' }).getAttribute('aria-sort'), 'ascending');
    assert.equal(await table.locator('tbody tr').first().locator('td').nth(1).innerText(), 'partner');
    await table.locator('tbody button', { hasText: 'Honduras' }).press('Enter');
    await page.locator('#details h2', { hasText: 'Honduras' }).waitFor();
    assert.equal(searchOf(page), '?country=HND&year=2012&view=table');
    // The header toggle goes back to the map.
    await page.locator('.view-toggle button', { hasText: 'Map' }).click();
    await page.locator('.map canvas').waitFor();
    assert.equal(await page.locator('.view-toggle button', { hasText: 'Map' }).getAttribute('aria-pressed'), 'true');
    await page.context().close();
  });
});

describe('a phone, 375×812, by touch', () => {
  it('taps Honduras and sees its panel without the sheet hiding it', async () => {
    const page = await atlas.newPage({ width: 375, height: 812 }, { hasTouch: true, isMobile: true });
    await openAtlas(page, 'country=HND');
    // Open on Honduras, then clear it, so the tap is what selects.
    await page.locator('.panel-close').tap();
    await page.locator('#details h2', { hasText: 'Overview' }).waitFor();
    await tapCountry(page, 'HND');
    await page.locator('#details h2', { hasText: 'Honduras' }).waitFor();
    assert.equal(searchOf(page), '?country=HND');
    // A finger has no hover: the tap's emulated mouse move leaves no tooltip behind.
    assert.equal(await page.locator('.map-tooltip').isVisible(), false, 'no tooltip left on screen by the tap');
    const label = await countryPoint(page, 'HND');
    const sheet = await page.locator('#details').boundingBox();
    const legend = await page.locator('.legend').boundingBox();
    const map = await page.locator('.map').boundingBox();
    assert.ok(label.y < sheet.y, 'the selected country is above the bottom sheet');
    assert.ok(label.y > map.y, 'and inside the map');
    // The legend starts folded: a small toggle, not most of the map.
    assert.equal(await page.locator('.legend-fold').getAttribute('aria-expanded'), 'false');
    assert.ok(
      legend.height * legend.width < 0.15 * map.height * map.width,
      'the folded legend covers little of the map',
    );
    await page.locator('.legend-fold').tap();
    assert.equal(await page.locator('.legend-fold').getAttribute('aria-expanded'), 'true');
    await page.context().close();
  });

  it('pans with a two-finger swipe and never tilts the map', async () => {
    const page = await atlas.newPage({ width: 375, height: 812 }, { hasTouch: true, isMobile: true });
    await openAtlas(page);
    await waitForMapIdle(page);
    const mex = await countryPoint(page, 'MEX');
    const col = await countryPoint(page, 'COL');
    // Two fingers side by side, swiped up together: MapLibre tilts the map for that gesture unless it is told not to.
    const cdp = await page.context().newCDPSession(page);
    const fingers = (dy) => [
      { x: 150, y: 420 + dy, id: 1 },
      { x: 230, y: 420 + dy, id: 2 },
    ];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: fingers(0) });
    for (let dy = -10; dy >= -120; dy -= 10) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: fingers(dy) });
      // One move a frame, as fingers are sampled: MapLibre applies each in the page's next frame.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(undefined))));
    }
    // The map is moving with the fingers (movestart); once they lift it stops, after any inertia (moveend).
    assert.equal(await page.locator('.map').getAttribute('data-moving'), 'true', 'the swipe moves the map');
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await waitForMapIdle(page);
    const mex2 = await countryPoint(page, 'MEX');
    const col2 = await countryPoint(page, 'COL');
    assert.ok(mex2.y < mex.y - 60, `the map moved up with the fingers: Mexico's name from ${mex.y} to ${mex2.y}`);
    // Tilted, the distance between the two names would shrink towards the horizon; panned, it is the same.
    assert.ok(
      Math.abs(col2.y - mex2.y - (col.y - mex.y)) <= 1,
      `MEX→COL ${col.y - mex.y} px before, ${col2.y - mex2.y} px after`,
    );
    assert.ok(Math.abs(col2.x - mex2.x - (col.x - mex.x)) <= 1, 'nor turned');
    await page.context().close();
  });

  it('has touch targets of at least 44 px, and 24 px for inline citation links', async () => {
    const page = await atlas.newPage({ width: 375, height: 812 }, { hasTouch: true, isMobile: true });
    await openAtlas(page, 'country=HND');
    await page.locator('.legend-fold').tap();
    const small = await page.evaluate(() => {
      const out = [];
      for (const el of document.querySelectorAll('button, select, input, [role="option"]')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || el.closest('.cite, [hidden], dialog:not([open])') || el.classList.contains('link-button'))
          continue;
        if (r.width < 44 || r.height < 44)
          out.push(`${el.className || el.tagName} ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
      for (const el of document.querySelectorAll('.cite a, .link-button')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && (r.width < 24 || r.height < 24))
          out.push(`${el.className || 'cite'} ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
      return out;
    });
    assert.deepEqual(small, []);
    await page.context().close();
  });
});

describe('Spanish and the OS’s preferences', () => {
  it('lang=es translates the interface, the data and the announcements, and search finds Spanish names', async () => {
    const page = await atlas.newPage();
    await openAtlas(page, 'lang=es');
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
    assert.equal(await panelHeading(page), 'Panorama');
    assert.match(await page.locator('.legend').innerText(), /Iniciativas/);
    const options = await searchFor(page, 'san vicente');
    assert.match(options[0], /San Vicente y las Granadinas/);
    await page.keyboard.press('Enter');
    await page.locator('#details h2', { hasText: 'San Vicente y las Granadinas' }).waitFor();
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="announcer"]')
        ?.textContent?.includes('Iniciativa de Seguridad de la Cuenca del Caribe'),
    );
    // English names find the Spanish entry too.
    assert.match((await searchFor(page, 'st vincent'))[0], /San Vicente y las Granadinas/);
    assert.match((await searchFor(page, 'peru'))[0], /Perú/);
    await page.context().close();
  });

  it('uses the dark theme when the OS prefers dark and the address names no theme, without writing it', async () => {
    const page = await atlas.newPage({ width: 1280, height: 800 }, { colorScheme: 'dark' });
    await openAtlas(page);
    assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
    await page.locator('#atlas-search').fill('honduras');
    await page.keyboard.press('Enter');
    await page.locator('#details h2', { hasText: 'Honduras' }).waitFor();
    assert.equal(searchOf(page), '?country=HND');
    await page.context().close();
    const light = await atlas.newPage({ width: 1280, height: 800 }, { colorScheme: 'dark' });
    await openAtlas(light, 'theme=light');
    assert.equal(await light.getAttribute('html', 'data-theme'), 'light');
    await light.context().close();
  });

  it('respects prefers-reduced-motion: a search selection jumps instead of flying', async () => {
    const page = await atlas.newPage({ width: 1280, height: 800 }, { reducedMotion: 'reduce' });
    await openAtlas(page);
    await searchFor(page, 'chile');
    await page.keyboard.press('Enter');
    await page.locator('#details h2', { hasText: 'Chile' }).waitFor();
    // No animation: the camera is already still a frame later.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.notEqual(await page.locator('.map').getAttribute('data-moving'), 'true');
    await page.context().close();
  });
});
