// Embedding: a host page on another origin, with a strict CSP, embeds two
// atlases with embed.js. Both become ready and size themselves; a reader's
// selection reaches the host; the host steers the atlas; garbage changes nothing;
// no request leaves the atlas's origin.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { atlasFrame, clickCountryInFrame, MAP_TIMEOUT, serveHostPage, startAtlas } from '../driver.mjs';

let atlas;
let host;
let page;
let one;
let two;

function hostHtml(atlasOrigin) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${atlasOrigin}; frame-src ${atlasOrigin}">
<title>A newsroom article</title>
<script src="${atlasOrigin}/embed.js" defer></script>
</head>
<body>
<h1>An article that embeds the atlas twice</h1>
<hemisphere-atlas id="one" src="${atlasOrigin}/?country=HND" title="Atlas one"></hemisphere-atlas>
<p>Between the two.</p>
<hemisphere-atlas id="two" src="${atlasOrigin}/" lang="es" height="400"></hemisphere-atlas>
</body>
</html>`;
}

const heading = (frame) => frame.locator('#details h2').first().innerText();
/** The atlas's own content height, as the bridge measures it. */
const contentHeight = (frame) => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
const frameHeight = (id) =>
  page.evaluate((sel) => document.querySelector(sel).getBoundingClientRect().height, `#${id} iframe`);
const hostEvents = (type, id) =>
  page.evaluate(([t, i]) => window.__events.filter((e) => e.type === t && e.id === i), [type, id]);

/**
 * Waits until the iframe's height is its content's height (within the rounding of one pixel). Until then, each
 * round waits for the host to resize the iframe, which it does on the atlas's next `atlas:resize` message.
 */
async function heightSettles(id, frame) {
  for (;;) {
    const want = await contentHeight(frame);
    const got = await frameHeight(id);
    if (Math.abs(got - want) <= 1) return got;
    await page
      .waitForFunction(
        ([sel, h]) => document.querySelector(sel).getBoundingClientRect().height !== h,
        [`#${id} iframe`, got],
        { timeout: MAP_TIMEOUT },
      )
      .catch(() => assert.fail(`#${id}: iframe ${got}px, content ${want}px, and no atlas:resize came to change it`));
  }
}

before(async () => {
  atlas = await startAtlas();
  host = await serveHostPage(hostHtml(atlas.server.origin));
  page = await atlas.newPage({ width: 1100, height: 900 });
  page.foreignRequests = [];
  page.on('request', (req) => {
    const url = req.url();
    // The host's own document is the one request allowed off the atlas's origin.
    if (url === `${host.origin}/`) return;
    if (!url.startsWith(atlas.server.origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      page.foreignRequests.push(url);
  });
  await page.addInitScript(() => {
    if (window !== window.top) return;
    window.__events = [];
    window.__violations = [];
    for (const type of ['atlas-ready', 'atlas-select'])
      document.addEventListener(type, (e) =>
        window.__events.push({
          type,
          id: /** @type {HTMLElement} */ (e.target).id,
          detail: /** @type {CustomEvent} */ (e).detail ?? null,
        }),
      );
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`${host.origin}/`);
  await page.waitForFunction(() => window.__events.filter((e) => e.type === 'atlas-ready').length === 2, null, {
    timeout: MAP_TIMEOUT * 2,
  });
  one = await atlasFrame(page, '#one');
  two = await atlasFrame(page, '#two');
});
after(async () => {
  await atlas?.stop();
  await host?.close();
});

describe('embedding the atlas in another page', () => {
  it('makes two lazy, titled iframes that both become ready, each with its own view', async () => {
    for (const id of ['one', 'two']) {
      const frame = page.locator(`#${id} iframe`);
      assert.equal(await frame.getAttribute('loading'), 'lazy');
      assert.ok((await frame.getAttribute('title'))?.length, `#${id} has a title`);
      assert.equal((await hostEvents('atlas-ready', id)).length, 1, `#${id} said ready once`);
    }
    assert.equal(await page.locator('#one iframe').getAttribute('title'), 'Atlas one');
    const src = new URL(await page.locator('#two iframe').getAttribute('src'));
    assert.equal(src.origin, atlas.server.origin);
    assert.equal(src.searchParams.get('embed'), '1');
    assert.equal(src.searchParams.get('lang'), 'es');
    assert.equal(await heading(one), 'Honduras');
    assert.equal(await heading(two), 'Panorama');
    // The embed layout: no app header, a link to the full atlas at the same view.
    assert.equal(await one.locator('.app-header').count(), 0);
    const open = one.locator('.embed-open');
    assert.equal(await open.getAttribute('target'), '_blank');
    const full = new URL(await open.getAttribute('href'));
    assert.equal(full.search, '?country=HND');
  });

  it('sizes each iframe to its content, and follows when the content changes height', async () => {
    const before1 = await heightSettles('one', one);
    const before2 = await heightSettles('two', two);
    assert.ok(before1 > 300, `#one is ${before1}px tall`);
    // #two asked for 400px at first; its content is taller at this width, and the frame followed.
    assert.notEqual(before2, 400);
    // Projector type is larger (and its panel column wider, so the map narrower and shorter): #one's content
    // changes height and its frame follows; #two stays as it was.
    await page.evaluate(() => /** @type {any} */ (document.getElementById('one')).set({ theme: 'projector' }));
    await one.waitForFunction(() => document.documentElement.dataset.theme === 'projector');
    const after1 = await heightSettles('one', one);
    assert.ok(Math.abs(after1 - before1) > 20, `#one went from ${before1}px to ${after1}px`);
    assert.equal(await frameHeight('two'), before2);
    // A narrower host column: the map keeps its aspect ratio, so both atlases change height.
    await page.setViewportSize({ width: 700, height: 900 });
    const narrow2 = await heightSettles('two', two);
    assert.notEqual(narrow2, before2);
    await heightSettles('one', one);
    await page.setViewportSize({ width: 1100, height: 900 });
    await heightSettles('two', two);
  });

  it('tells the host page what a reader selects, from that atlas only', async () => {
    await clickCountryInFrame(page, two, 'MEX');
    await two.locator('#details h2', { hasText: 'México' }).waitFor();
    await page.waitForFunction(() => window.__events.some((e) => e.type === 'atlas-select' && e.id === 'two'));
    const [event] = await hostEvents('atlas-select', 'two');
    assert.deepEqual(event.detail, { country: 'MEX', initiative: null });
    assert.deepEqual(await hostEvents('atlas-select', 'one'), []);
  });

  it("changes the view on the host's commands: the element's API and a raw message", async () => {
    await page.evaluate(() => /** @type {any} */ (document.getElementById('one')).select({ country: 'COL' }));
    await one.locator('#details h2', { hasText: 'Colombia' }).waitFor();
    assert.equal(await heading(one), 'Colombia');
    assert.match(await heading(two), /México/, 'the other atlas is untouched');
    await page.evaluate(() =>
      /** @type {HTMLIFrameElement} */ (document.querySelector('#two iframe')).contentWindow.postMessage(
        { type: 'atlas:select', initiative: 'cbsi' },
        '*',
      ),
    );
    await two.locator('#details h2', { hasText: 'Caribe' }).waitFor();
    await page.evaluate(() => /** @type {any} */ (document.getElementById('two')).set({ lang: 'en', year: 2010 }));
    await two.locator('#details h2', { hasText: 'Caribbean Basin Security Initiative' }).waitFor();
    assert.equal(new URL(two.url()).searchParams.get('year'), '2010');
  });

  it('ignores malformed messages, and valid ones from anyone but its parent', async () => {
    const headingBefore = await heading(one);
    const urlBefore = one.url();
    const selectsBefore = (await hostEvents('atlas-select', 'one')).length;
    await page.evaluate(() => {
      const target = /** @type {HTMLIFrameElement} */ (document.querySelector('#one iframe')).contentWindow;
      const garbage = [
        null,
        undefined,
        42,
        'atlas:select',
        ['atlas:select', 'MEX'],
        {},
        { type: 'atlas:nope', country: 'MEX' },
        { type: 'ATLAS:SELECT', country: 'MEX' },
        { type: 'atlas:select', country: '<img src=x onerror=alert(1)>' },
        { type: 'atlas:select', country: 'ZZZ' },
        { type: 'atlas:select', country: ['MEX'] },
        { type: 'atlas:select', country: 484 },
        { type: 'atlas:select', initiative: 'javascript:alert(1)' },
        { type: 'atlas:select', country: 'M'.repeat(100_000) },
        { type: 'atlas:set', lang: 'fr' },
        { type: 'atlas:set', theme: '<script>alert(1)</script>' },
        { type: 'atlas:set', year: '2010' },
        { type: 'atlas:set', year: 1e308 },
        { type: 'atlas:set', year: -2010 },
        { type: 'atlas:set', slide: Number.MAX_SAFE_INTEGER + 2 },
        { type: 'atlas:set', embed: false, present: true, view: 'table' },
        { type: 'atlas:resize', height: 1 },
        new Uint8Array(16),
        new Map([['type', 'atlas:select']]),
        { type: { toString: 'atlas:select' } },
      ];
      for (const message of garbage) target.postMessage(message, '*');
    });
    // A well-formed command from the sibling atlas is not from #one's parent: ignored too.
    await two.evaluate(() => window.parent.frames[0].postMessage({ type: 'atlas:select', country: 'MEX' }, '*'));
    // Then one valid command from the host, so we know the garbage was delivered and read before it.
    await page.evaluate(() => /** @type {any} */ (document.getElementById('one')).set({ year: 2012 }));
    await one.waitForFunction(() => new URLSearchParams(location.search).get('year') === '2012');
    assert.equal(await heading(one), headingBefore);
    const params = new URL(one.url()).searchParams;
    const paramsBefore = new URL(urlBefore).searchParams;
    for (const key of ['country', 'initiative', 'lang', 'theme', 'embed', 'view', 'present'])
      assert.equal(params.get(key), paramsBefore.get(key), `${key} unchanged`);
    assert.equal(await one.evaluate(() => document.documentElement.lang), 'en');
    assert.equal((await hostEvents('atlas-select', 'one')).length, selectsBefore, 'no selection was reported');
    assert.equal(await one.locator('img[src="x"], .details script').count(), 0);
  });

  it('reloads the atlas at the new view when an attribute changes, keeping its reported height', async () => {
    const height = await frameHeight('one');
    await page.evaluate(() => document.getElementById('one').setAttribute('country', 'per'));
    const src = new URL(await page.locator('#one iframe').getAttribute('src'));
    assert.equal(src.searchParams.get('country'), 'per');
    assert.equal(await frameHeight('one'), height, 'no jump back to the starting height');
    await one.locator('#details h2', { hasText: /Peru|Perú/ }).waitFor({ timeout: MAP_TIMEOUT });
    // A javascript: address is refused: the frame is emptied rather than running code in the host.
    await page.evaluate(() => document.getElementById('two').setAttribute('src', 'javascript:parent.__pwned=1'));
    assert.equal(await page.locator('#two iframe').getAttribute('src'), 'about:blank');
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
  });

  it('breaks none of the host page’s CSP, throws nothing and requests nothing from another origin', async () => {
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(page.problems.pageErrors, []);
    assert.deepEqual(page.problems.consoleErrors, []);
    assert.deepEqual(page.foreignRequests, []);
  });
});

describe('the Share dialog', () => {
  it('shows and copies the link and the embed snippet for the current view, and gives focus back on Esc', async () => {
    const full = await atlas.newPage(
      { width: 1280, height: 800 },
      { permissions: ['clipboard-read', 'clipboard-write'] },
    );
    await full.goto(`${full.origin}/?country=HND&lang=es`);
    await full.locator('#details h2', { hasText: 'Honduras' }).waitFor({ timeout: MAP_TIMEOUT });
    const share = full.locator('.app-header button', { hasText: 'Compartir' });
    await share.click();
    const dialog = full.getByRole('dialog', { name: 'Compartir esta vista' });
    await dialog.waitFor();
    assert.equal(
      await full.evaluate(() => document.querySelector('.share-dialog').contains(document.activeElement)),
      true,
      'focus is in the dialog',
    );
    const link = await dialog.locator('#share-link').inputValue();
    const snippet = await dialog.locator('#share-snippet').inputValue();
    assert.equal(link, `${full.origin}/?country=HND&lang=es`);
    assert.equal(
      snippet,
      `<script src="${full.origin}/embed.js" defer></script>\n<hemisphere-atlas src="${full.origin}/?country=HND&amp;lang=es"></hemisphere-atlas>`,
    );
    await dialog
      .locator('.share-field', { has: full.locator('#share-snippet') })
      .getByRole('button', { name: 'Copiar' })
      .click();
    await dialog.getByText('Copiado').waitFor();
    assert.equal(await full.evaluate(() => navigator.clipboard.readText()), snippet);
    await full.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await full.evaluate(() => document.activeElement?.textContent), 'Compartir', 'focus is back on Share');
    assert.deepEqual(full.problems.pageErrors, []);
    await full.context().close();
  });
});
