// When things go wrong: a lost WebGL context, hostile addresses, broken files,
// many atlases on one page, a strict CSP. The atlas keeps working and says what
// happened, and never throws.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  assertClean,
  clickCountry,
  colorsNear,
  coloursWhen,
  countryPoint,
  cspViolations,
  isCarsiBlue,
  loseMapContext,
  MAP_TIMEOUT,
  mapPixel,
  openAtlas,
  panelHeading,
  rendererOf,
  search,
  startAtlas,
  waitForMapIdle,
  waitForMapRestAfter,
  waitForPanelBody,
  waitForReady,
  watchCsp,
} from '../driver.mjs';

/** Files the server breaks for a test: path → response. */
/** The data's last year: the latest fiscal year any funding record names (build/years.ts reads the same files). */
const LAST_YEAR = Math.max(
  ...JSON.parse(readFileSync(resolve(import.meta.dirname, '..', '..', 'data', 'funding.json'), 'utf8')).map(
    (f) => f.fyLast,
  ),
);
const broken = new Map();
const IFRAMES = 20;
const hostPage = () =>
  `<!doctype html><meta charset="utf-8"><title>Host</title><body style="margin:0">${Array.from(
    { length: IFRAMES },
    (_, i) =>
      `<iframe loading="lazy" title="Atlas ${i + 1}" style="display:block;width:480px;height:360px;border:0;margin-bottom:40px" src="/?embed=1&amp;year=${2000 + (i % 15)}"></iframe>`,
  ).join('')}</body>`;

let atlas;
before(async () => {
  atlas = await startAtlas({
    override: (path) => {
      if (path === '/host.html') return { status: 200, body: hostPage(), type: 'text/html; charset=utf-8' };
      return broken.get(path);
    },
  });
});
after(() => atlas?.stop());

describe('a lost WebGL context', () => {
  it('is recovered: the map is drawn again and the selection and year are kept', async () => {
    const page = await atlas.newPage();
    await openAtlas(page, 'country=HND&year=2012');
    await waitForMapIdle(page);
    await loseMapContext(page);
    // MapLibre waits for a restore that WEBGL_lose_context never sends; the atlas then rebuilds its map.
    await page.waitForFunction(
      () => {
        const canvas = document.querySelector('.map canvas');
        return canvas && canvas !== window.__lostCanvas && document.querySelector('.map')?.dataset.mapReady === 'true';
      },
      null,
      { timeout: MAP_TIMEOUT },
    );
    assert.equal(await rendererOf(page), 'webgl');
    assert.equal(await panelHeading(page), 'Honduras');
    assert.equal(search(page), '?country=HND&year=2012');
    assert.equal(await page.locator('.app-header .year-range').inputValue(), '2012');
    // The rebuilt map draws colours and still takes clicks.
    await page.waitForFunction(() => document.querySelector('.map')?.dataset.moving !== 'true');
    // Guatemala is a CARSI partner in 2012: its blue, which neither the ocean nor the land has.
    const guatemala = await coloursWhen(
      page,
      () => colorsNear(page, 'GTM'),
      (colours) => colours.some(isCarsiBlue),
    );
    assert.ok(guatemala.some(isCarsiBlue), `CARSI blue in Guatemala: ${JSON.stringify(guatemala)}`);
    await clickCountry(page, 'GTM');
    await page.locator('#details h2', { hasText: 'Guatemala' }).waitFor();
    assert.deepEqual(page.problems.pageErrors, []);
    await page.context().close();
  });

  it('switches to the SVG map when the rebuilt map loses its context too', async () => {
    const page = await atlas.newPage();
    await openAtlas(page, 'initiative=carsi');
    await loseMapContext(page);
    await page.waitForFunction(
      () =>
        document.querySelector('.map canvas') !== window.__lostCanvas &&
        document.querySelector('.map')?.dataset.mapReady === 'true',
      null,
      { timeout: MAP_TIMEOUT },
    );
    await loseMapContext(page);
    await page.locator('.map[data-renderer="svg"]').waitFor({ timeout: MAP_TIMEOUT });
    assert.equal(await panelHeading(page), 'Central America Regional Security Initiative');
    assert.equal(search(page), '?initiative=carsi');
    assert.deepEqual(page.problems.pageErrors, []);
    await page.context().close();
  });
});

describe('a first view that cannot be drawn', () => {
  it('leaves the map to MapLibre: coloured, ready and clickable all the same', async () => {
    const page = await atlas.newPage();
    const warnings = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    // The SVG first view's element cannot be made, as a browser without SVG support would refuse it.
    await page.addInitScript(() => {
      const set = Element.prototype.setAttribute;
      Element.prototype.setAttribute = function (name, value) {
        if (name === 'data-first-view') throw new Error('no SVG first view here');
        return set.call(this, name, value);
      };
    });
    await openAtlas(page);
    await page.waitForFunction(() => document.querySelector('.map').dataset.drawnBy === 'webgl', null, {
      timeout: MAP_TIMEOUT,
    });
    assert.ok(
      warnings.some((w) => /SVG first view could not be drawn/.test(w)),
      warnings.join('\n'),
    );
    const { x, y } = await countryPoint(page, 'MEX');
    assert.deepEqual(await mapPixel(page, x, y + 20), [0xe6, 0x9f, 0x00], 'Mexico in Mérida orange');
    await clickCountry(page, 'HND');
    await page.locator('#details h2', { hasText: 'Honduras' }).waitFor();
    assert.equal(await page.evaluate(() => performance.getEntriesByName('atlas:ready').length), 1);
    assert.deepEqual(page.problems.pageErrors, []);
    await page.context().close();
  });
});

describe('the SVG map looks like the WebGL map', () => {
  it('frames the overview alike and draws the same colours at the same places', async () => {
    // Countries the overview frames (Latin America and the Caribbean, the United States above; not Canada).
    const samples = ['MEX', 'USA', 'VEN', 'COL', 'PER', 'BRA', 'CHL'];
    const colours = {};
    const places = {};
    for (const renderer of ['webgl', 'svg']) {
      const page = await atlas.newPage({ width: 1280, height: 800 });
      await openAtlas(page, renderer === 'svg' ? 'renderer=svg' : '');
      assert.equal(await rendererOf(page), renderer);
      // The WebGL map compared once it has come to rest with everything drawn; the SVG map is drawn with its render.
      if (renderer === 'webgl') await waitForMapRestAfter(page, 0);
      await page.screenshot({ path: `shots/compare-${renderer}.png` }).catch(() => {});
      colours[renderer] = {};
      places[renderer] = {};
      for (const iso of samples) {
        const { x, y } = await countryPoint(page, iso);
        places[renderer][iso] = [x, y];
        colours[renderer][iso] = await mapPixel(page, x, y);
      }
      colours[renderer].ocean = await mapPixel(page, 30, 400);
      assertClean(page);
      await page.context().close();
    }
    // The WebGL map is opened on the overview fitted by the atlas (MapView), the SVG map by its own camera: the labels,
    // placed by each renderer's projection, land on the same pixels (within a pixel's rounding).
    for (const iso of samples) {
      const [a, b] = [places.webgl[iso], places.svg[iso]];
      assert.ok(Math.hypot(a[0] - b[0], a[1] - b[1]) <= 1.5, `${iso} label: WebGL ${a} vs SVG ${b}`);
    }
    for (const key of Object.keys(colours.webgl)) {
      const [a, b] = [colours.webgl[key], colours.svg[key]];
      assert.ok(
        a.every((v, i) => Math.abs(v - b[i]) <= 6),
        `${key}: WebGL ${a} vs SVG ${b}`,
      );
    }
  });
});

describe('hostile addresses', () => {
  /** @type {[string, RegExp][]} */
  const HOSTILE = [
    ['country=<script>window.__pwned=1</script>', /Ignored “country=<script>/],
    ['initiative=<img src=x onerror="window.__pwned=1">', /Ignored “initiative=<img/],
    ['country=XYZ', /no country with the code “XYZ”/],
    ['year=99999999999999999999999', /Ignored “year=9999/],
    ['slide=-1&present=1', /Ignored “slide=-1”/],
    ['year=2010.5', /Ignored “year=2010.5”/],
    ['theme[]=dark', /Ignored “theme\[\]”/],
    ['lang=en&lang=es', /“lang” was given more than once/],
    ['constructor=1', /Ignored “constructor”/],
    ['__proto__[country]=HND', /Ignored “__proto__\[country\]”/],
    [`country=${'Ü'.repeat(3)}`, /Ignored “country=ÜÜÜ”/],
    ['view=%E2%80%AEpam', /Ignored “view=/],
    [`initiative=${'a'.repeat(10_000)}`, /Ignored “initiative=a{40}…”/],
    ['renderer=javascript:alert(1)', /Ignored “renderer=javascript:alert\(1\)”/],
    ['embed=%00', /Ignored “embed=/],
  ];

  it('each gets a polite status message, the defaults, and no page error', async () => {
    const page = await atlas.newPage();
    for (const [query, message] of HOSTILE) {
      await openAtlas(page, query, { waitReady: false });
      await page.locator('#details h2').first().waitFor({ timeout: MAP_TIMEOUT });
      const texts = await page.locator('.status-message').allInnerTexts();
      assert.ok(
        texts.some((t) => message.test(t)),
        `${query}: ${JSON.stringify(texts)}`,
      );
      assert.equal(
        await page.locator('.status-messages img, .status-messages script').count(),
        0,
        `${query}: no markup from the URL`,
      );
      assert.equal(await page.evaluate(() => window.__pwned), undefined, `${query}: nothing ran`);
    }
    assert.deepEqual(page.problems.pageErrors, [], 'no page errors');
    assert.deepEqual(page.problems.consoleErrors, [], 'no console errors');
    await page.context().close();
  });

  it('says what it ignored in Spanish when the page is in Spanish', async () => {
    const page = await atlas.newPage();
    await openAtlas(page, 'lang=es&year=abc&zoom=3&country=ZZZ');
    const texts = await page.locator('.status-message').allInnerTexts();
    assert.ok(
      texts.some((t) =>
        t.startsWith(`Se ignoró «year=abc» en la dirección: se esperaba un año de 2000 a ${LAST_YEAR}`),
      ),
      JSON.stringify(texts),
    );
    assert.ok(
      texts.some((t) => /^Se ignoró «zoom»/.test(t)),
      JSON.stringify(texts),
    );
    await page.locator('.status-message', { hasText: 'El atlas no tiene ningún país con el código «ZZZ»' }).waitFor();
    assertClean(page);
    await page.context().close();
  });
});

describe('broken files', () => {
  /** @type {[string, { status: number, body: string, type?: string }, RegExp][]} */
  const cases = [
    [
      '/geo/hemisphere.topo.json',
      { status: 404, body: 'not found' },
      /geo\/hemisphere\.topo\.json: the server answered 404/,
    ],
    [
      '/geo/hemisphere.topo.json',
      { status: 200, body: '{"type": "Topol', type: 'application/json' },
      /geo\/hemisphere\.topo\.json is not valid JSON|hemisphere\.topo\.json: is not valid JSON/,
    ],
    [
      '/data/atlas.json',
      { status: 200, body: '{"countries": [{"iso3": 12}]}', type: 'application/json' },
      /data\/atlas\.json: failed validation/,
    ],
    ['/data/atlas.json', { status: 500, body: 'oops' }, /data\/atlas\.json: the server answered 500/],
  ];
  for (const [path, response, message] of cases) {
    it(`says which file failed (${path} → ${response.status} ${response.body.slice(0, 16)}) and Retry works once it is back`, async () => {
      broken.set(path, response);
      const page = await atlas.newPage();
      try {
        await openAtlas(page, '', { waitReady: false });
        const alert = page.locator('.load-failed');
        await alert.waitFor();
        assert.match(await alert.innerText(), message);
        assert.equal(await page.locator('.app-header h1').count(), 1, 'the rest of the page is there');
        broken.delete(path);
        await alert.getByRole('button', { name: 'Try again' }).click();
        await waitForReady(page);
        assert.equal(await page.locator('.load-failed').count(), 0);
        assert.equal(await rendererOf(page), 'webgl');
        assert.deepEqual(page.problems.pageErrors, []);
      } finally {
        broken.delete(path);
        await page.context().close();
      }
    });
  }
});

describe('broken details', () => {
  it('keeps the map working, says which file failed beside the selection, and Retry brings the details', async () => {
    const path = '/data/details.json';
    broken.set(path, { status: 500, body: 'oops' });
    const page = await atlas.newPage();
    try {
      // The map is drawn from the first view's files alone.
      await openAtlas(page);
      assert.equal(await rendererOf(page), 'webgl');
      assert.equal(await page.locator('.load-failed').count(), 0, 'no whole-page failure');
      await clickCountry(page, 'HND');
      await page.locator('#details h2', { hasText: 'Honduras' }).waitFor();
      const alert = page.locator('#details .details-failed');
      await alert.waitFor();
      assert.match(await alert.innerText(), /could not load; the map still works/);
      assert.match(await alert.innerText(), /data\/details\.json: the server answered 500/);
      // The map still answers: another country is selected and named.
      await clickCountry(page, 'COL');
      await page.locator('#details h2', { hasText: 'Colombia' }).waitFor();
      broken.delete(path);
      await page.locator('#details .details-failed').getByRole('button', { name: 'Try again' }).click();
      await waitForPanelBody(page);
      assert.match(await page.locator('#details').innerText(), /Sources/);
      assert.equal(await page.locator('#details .details-failed').count(), 0);
      assert.deepEqual(page.problems.pageErrors, []);
    } finally {
      broken.delete(path);
      await page.context().close();
    }
  });
});

describe('twenty atlases on one page', () => {
  it('each loads when scrolled to and draws with WebGL or, past the context limit, SVG', async () => {
    const page = await atlas.newPage({ width: 1000, height: 800 });
    await page.goto(`${page.origin}/host.html`);
    // Lazy: by the time the first atlas is ready, the ones far below the fold have not loaded yet.
    await page.locator('iframe').first().waitFor({ state: 'attached' });
    const first = await (await page.locator('iframe').first().elementHandle())?.contentFrame();
    assert.ok(first, 'the first atlas has a frame');
    await first.waitForFunction(() => performance.getEntriesByName('atlas:ready').length > 0, null, {
      timeout: 2 * MAP_TIMEOUT,
    });
    const loadedEarly = page.frames().filter((f) => f !== page.mainFrame() && f.url().includes('embed=1')).length;
    assert.ok(loadedEarly < IFRAMES, `lazy iframes: ${loadedEarly} loaded before scrolling`);
    const iframes = page.locator('iframe');
    for (let i = 0; i < IFRAMES; i++) {
      // Scrolled to as a reader scrolls, without waiting for it to hold still: the atlases above it size themselves
      // as they load (atlas:resize), so on a busy machine it can keep moving for a while.
      await iframes.nth(i).evaluate((el) => el.scrollIntoView({ block: 'center' }));
      const frame = await (await iframes.nth(i).elementHandle()).contentFrame();
      // Twenty maps on a small machine: each may wait for the CPU behind the others.
      await frame.waitForFunction(() => performance.getEntriesByName('atlas:ready').length > 0, null, {
        timeout: 2 * MAP_TIMEOUT,
      });
    }
    const renderers = [];
    for (const frame of page.frames().filter((f) => f !== page.mainFrame())) {
      // A context evicted for a newer one is rebuilt on a new context or drawn as SVG: wait for the atlas to say which.
      await frame.waitForFunction(
        () => {
          const map = document.querySelector('.map');
          return (
            map?.getAttribute('data-renderer') === 'svg' ||
            (map?.getAttribute('data-renderer') === 'webgl' && map.getAttribute('data-context-lost') !== 'true')
          );
        },
        null,
        { timeout: MAP_TIMEOUT },
      );
      const state = await frame.evaluate(() => ({
        renderer: document.querySelector('.map')?.dataset.renderer,
        lost: document.querySelector('.map')?.dataset.contextLost === 'true',
        failed: document.querySelectorAll('.load-failed, .part-failed, .map-failure').length,
      }));
      assert.ok(['webgl', 'svg'].includes(state.renderer), JSON.stringify(state));
      assert.ok(!(state.renderer === 'webgl' && state.lost), 'no atlas is left with a lost, blank map');
      assert.equal(state.failed, 0);
      renderers.push(state.renderer);
    }
    assert.equal(renderers.length, IFRAMES);
    console.log(
      `# renderers: ${renderers.filter((r) => r === 'webgl').length} webgl, ${renderers.filter((r) => r === 'svg').length} svg`,
    );
    assert.deepEqual(page.problems.pageErrors, []);
    await page.context().close();
  });
});

describe('the Content Security Policy', () => {
  it('is strict (no eval, no inline script) and nothing in the atlas violates it', async () => {
    const page = await atlas.newPage();
    await watchCsp(page);
    await openAtlas(page);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-eval|script-src[^;]*unsafe-inline/);
    await clickCountry(page, 'HND');
    await page.locator('#details h2', { hasText: 'Honduras' }).waitFor();
    await page.locator('.legend-toggle').first().click();
    await page.goto(`${page.origin}/?renderer=svg&theme=dark&initiative=cbsi`);
    await waitForReady(page);
    const { x, y } = await countryPoint(page, 'JAM');
    await page.mouse.move(x, y);
    await mapPixel(page, x, y); // serialises the SVG to an image, as the export does
    assert.deepEqual(await cspViolations(page), []);
    assertClean(page);
    await page.context().close();
  });
});
