// Embeds that follow their host (issue 27): theme="auto" follows the host page's colour scheme and lang="auto" its
// <html lang>, live; the element reports the year and the slide as events and through getState(); forged messages
// from anyone but its own atlas are ignored; oembed.json ships beside embed.js.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { atlasFrame, MAP_TIMEOUT, serveHostPage, startAtlas } from '../driver.mjs';

let atlas;
let host;
let page;
let frame;

function hostHtml(atlasOrigin) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${atlasOrigin}; frame-src ${atlasOrigin} about:; style-src 'unsafe-inline'">
<title>A page with a dark mode of its own</title>
<script src="${atlasOrigin}/embed.js" defer></script>
</head>
<body>
<h1>An article that follows the reader's colour scheme</h1>
<hemisphere-atlas id="auto" src="${atlasOrigin}/?country=HND" theme="auto" lang="auto"></hemisphere-atlas>
<iframe name="stranger" title="Another frame on the page" srcdoc="<p>another frame</p>"></iframe>
</body>
</html>`;
}

const atlasTheme = () => frame.evaluate(() => document.documentElement.dataset.theme);
const hostEvents = (type) =>
  page.evaluate((t) => window.__events.filter((e) => e.type === t).map((e) => e.detail), type);

before(async () => {
  atlas = await startAtlas();
  host = await serveHostPage(hostHtml(atlas.server.origin));
  page = await atlas.newPage({ width: 1100, height: 900 });
  await page.addInitScript(() => {
    if (window !== window.top) return;
    window.__events = [];
    for (const type of ['atlas-ready', 'atlas-select', 'atlas-year', 'atlas-slide'])
      document.addEventListener(type, (e) =>
        window.__events.push({ type, detail: /** @type {CustomEvent} */ (e).detail ?? null }),
      );
  });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${host.origin}/`);
  await page.waitForFunction(() => window.__events.some((e) => e.type === 'atlas-ready'), null, {
    timeout: MAP_TIMEOUT,
  });
  frame = await atlasFrame(page, '#auto');
});
after(async () => {
  await atlas?.stop();
  await host?.close();
});

describe('an embed that follows its host', () => {
  it("starts in the host's scheme and language, and reports its view through getState()", async () => {
    assert.equal(await atlasTheme(), 'light');
    assert.equal(await frame.evaluate(() => document.documentElement.lang), 'en');
    const src = new URL(await page.locator('#auto iframe').getAttribute('src'));
    assert.equal(src.searchParams.get('theme'), 'light', 'the atlas is never asked for "auto"');
    const state = await page.evaluate(() => /** @type {HostAtlas} */ (document.getElementById('auto')).getState());
    assert.deepEqual(state, {
      ready: true,
      country: 'HND',
      initiative: null,
      year: null,
      slide: 1,
      lang: 'en',
      theme: 'light',
    });
  });

  it("follows the reader's colour scheme as it changes, and the host's own color-scheme over it", async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await frame.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    assert.equal(
      await page.evaluate(() => /** @type {HostAtlas} */ (document.getElementById('auto')).getState().theme),
      'dark',
    );
    // The host declares a light page: that wins over the reader's preference.
    await page.evaluate(() => (document.documentElement.style.colorScheme = 'light'));
    await frame.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    await page.evaluate(() => document.documentElement.style.removeProperty('color-scheme'));
    await frame.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await frame.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    // Live: the same page, not a reload (the selection made in it is still there).
    assert.equal(await frame.locator('#details h2').first().innerText(), 'Honduras');
  });

  it("follows the host's <html lang>", async () => {
    await page.evaluate(() => (document.documentElement.lang = 'es-MX'));
    await frame.waitForFunction(() => document.documentElement.lang === 'es');
    await frame.locator('#details h2', { hasText: 'Honduras' }).waitFor();
    await page.evaluate(() => (document.documentElement.lang = 'en'));
    await frame.waitForFunction(() => document.documentElement.lang === 'en');
  });

  it('emits atlas-year and atlas-slide as the atlas changes', async () => {
    await page.evaluate(() => /** @type {HostAtlas} */ (document.getElementById('auto')).set({ year: 2010 }));
    await page.waitForFunction(() => window.__events.some((e) => e.type === 'atlas-year'));
    assert.deepEqual(await hostEvents('atlas-year'), [{ year: 2010 }]);
    await page.evaluate(() => /** @type {HostAtlas} */ (document.getElementById('auto')).set({ slide: 3 }));
    await page.waitForFunction(() => window.__events.some((e) => e.type === 'atlas-slide'));
    assert.deepEqual(await hostEvents('atlas-slide'), [{ slide: 3 }]);
    const state = await page.evaluate(() => /** @type {HostAtlas} */ (document.getElementById('auto')).getState());
    assert.equal(state.year, 2010);
    assert.equal(state.slide, 3);
  });

  it("ignores atlas messages from anyone but the element's own atlas", async () => {
    const forged = [
      { type: 'atlas:year', year: 2001 },
      { type: 'atlas:slide', slide: 9 },
      { type: 'atlas:select', country: 'MEX', initiative: null },
      { type: 'atlas:ready', country: 'MEX' },
    ];
    // From the host page itself, and from another frame on it.
    await page.evaluate((messages) => messages.forEach((m) => window.postMessage(m, '*')), forged);
    const stranger = page.frames().find((f) => f.name() === 'stranger');
    await stranger.evaluate((messages) => messages.forEach((m) => window.parent.postMessage(m, '*')), forged);
    // Then a real change, so we know the forged messages were delivered and read before it.
    await page.evaluate(() => /** @type {HostAtlas} */ (document.getElementById('auto')).set({ year: 2012 }));
    await page.waitForFunction(() => window.__events.some((e) => e.type === 'atlas-year' && e.detail.year === 2012));
    assert.deepEqual(await hostEvents('atlas-year'), [{ year: 2010 }, { year: 2012 }]);
    assert.deepEqual(await hostEvents('atlas-slide'), [{ slide: 3 }]);
    assert.deepEqual(await hostEvents('atlas-select'), []);
    assert.equal((await hostEvents('atlas-ready')).length, 1);
    const state = await page.evaluate(() => /** @type {HostAtlas} */ (document.getElementById('auto')).getState());
    assert.equal(state.country, 'HND');
    assert.deepEqual(page.problems.pageErrors, []);
  });
});

describe('oEmbed', () => {
  it('ships oembed.json beside embed.js: a rich embed whose html is the one-snippet embed', async () => {
    // Read from the atlas's origin (the host page's CSP allows it no fetch).
    const doc = await frame.evaluate(async () => (await fetch('oembed.json')).json());
    assert.equal(doc.version, '1.0');
    assert.equal(doc.type, 'rich');
    assert.match(
      doc.html,
      /^<script src="[^"]+\/embed\.js" defer><\/script>\n<hemisphere-atlas src="[^"]+"><\/hemisphere-atlas>$/,
    );
    assert.ok(doc.width > 0 && doc.height > 0);
  });
});
