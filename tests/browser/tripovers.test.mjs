// What three new users tripped over (issue 20): a briefer at 1024×768 with a clicker, a reader on a phone in
// Spanish, a journalist checking CARSI's money. Each test waits on what the app shows (URL, DOM, attributes), never
// on the clock.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import {
  assertClean,
  MAP_TIMEOUT,
  openAtlas,
  pressSlideKey,
  search,
  startAtlas,
  waitForMapIdle,
  waitForPanelBody,
} from '../driver.mjs';

let atlas;
before(async () => {
  atlas = await startAtlas();
});
after(() => atlas?.stop());

const params = (page) => Object.fromEntries(new URLSearchParams(search(page)));
const overlap = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const SLIDES = JSON.parse(await readFile(new URL('../../data/slides.json', import.meta.url), 'utf8'));

/** Waits until the address shows slide n and the panel it names (the view lands a frame after the number). */
function waitForSlide(page, n) {
  const panel = SLIDES[n - 1].state.panel;
  return page.waitForURL(
    (url) =>
      (url.searchParams.get('slide') ?? '1') === String(n) && (url.searchParams.get('panel') ?? 'details') === panel,
  );
}

/** Waits until the panel has scrolled the section the slide names to its top (or to its end). */
async function waitForSection(page, panel) {
  if (panel === 'details' || panel === 'compare') return;
  await page.waitForFunction(
    (id) => {
      const el = document.querySelector('#details');
      const section = document.querySelector(`#section-${id}`);
      if (!el || !section) return false;
      const atTop = Math.abs(section.getBoundingClientRect().top - el.getBoundingClientRect().top) <= 2;
      return atTop || el.scrollTop + el.clientHeight >= el.scrollHeight - 1;
    },
    panel,
    { timeout: MAP_TIMEOUT },
  );
}

describe('presenting at 1024×768 in the projector theme', () => {
  it('PageDown and the › button from slide 8 show the comparison slide 9 announces', async () => {
    const page = await atlas.newPage({ width: 1024, height: 768 });
    await openAtlas(page, 'theme=projector&present=1&slide=8');
    await page.locator('#details h2', { hasText: 'Mérida Initiative' }).waitFor();
    await pressSlideKey(page, 'PageDown', 9);
    // The bug: the comparison came for a moment, then the panel went back to the Overview.
    await page.locator('#details h2', { hasText: 'The initiatives side by side' }).waitFor();
    await page.locator('.compare-table').waitFor();
    assert.equal(params(page).panel, 'compare');
    assert.equal(await page.locator('#details h2', { hasText: 'Overview' }).count(), 0);

    await pressSlideKey(page, 'PageUp', 8);
    await page.locator('#details h2', { hasText: 'Mérida Initiative' }).waitFor();
    await page.getByRole('button', { name: 'Next slide' }).click();
    await page.locator('.present-count', { hasText: /^9\// }).waitFor();
    await page.locator('#details h2', { hasText: 'The initiatives side by side' }).waitFor();
    assert.equal(params(page).panel, 'compare');
    assertClean(page);
    await page.context().close();
  });

  it('every slide, clicked through with PageDown: chart text of 18 px or more, no labels touching, charts above the caption bar', async () => {
    const page = await atlas.newPage({ width: 1024, height: 768 }, { reducedMotion: 'reduce' });
    await openAtlas(page, 'theme=projector&present=1');
    const m = Number((await page.locator('.present-count').innerText()).split('/')[1]);
    for (let n = 1; n <= m; n++) {
      if (n > 1) await pressSlideKey(page, 'PageDown', n);
      await waitForSlide(page, n);
      await waitForPanelBody(page);
      const panel = params(page).panel ?? 'details';
      await waitForSection(page, panel);
      const found = await page.evaluate(() => {
        const visible = (el) => {
          const r = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          return (
            r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && !el.closest('[hidden], .visually-hidden')
          );
        };
        const small = [];
        for (const el of document.querySelectorAll(
          '#details .chart-box text, #details .chart-box tspan, #details .chart-legend li',
        )) {
          if (!visible(el)) continue;
          const px = parseFloat(getComputedStyle(el).fontSize);
          if (px < 18) small.push(`${el.getAttribute('class') ?? ''} “${el.textContent.trim().slice(0, 20)}” ${px}px`);
        }
        // Labels side by side in each funding chart: years along the axis, totals over the bars.
        const touching = [];
        for (const svg of document.querySelectorAll('#details .funding-bars')) {
          for (const cls of ['bar-label', 'bar-total']) {
            const boxes = [...svg.querySelectorAll(`.${cls}`)].map(
              (t) => /** @type {[string | null, DOMRect]} */ ([t.textContent, t.getBoundingClientRect()]),
            );
            for (let i = 1; i < boxes.length; i++) {
              const [a, ra] = boxes[i - 1];
              const [b, rb] = boxes[i];
              if (ra.right > rb.left) touching.push(`${a} / ${b}`);
            }
          }
        }
        const details = document.querySelector('#details').getBoundingClientRect();
        const bar = document.querySelector('.present-bar').getBoundingClientRect();
        const chart = document.querySelector('#section-funding .funding-bars')?.getBoundingClientRect() ?? null;
        return {
          small,
          touching,
          details: { top: details.top, bottom: details.bottom },
          barTop: bar.top,
          chart: chart && { top: chart.top, bottom: chart.bottom },
        };
      });
      assert.deepEqual(found.small, [], `slide ${n}: chart text under 18 px`);
      assert.deepEqual(found.touching, [], `slide ${n}: labels that run together`);
      assert.ok(found.details.bottom <= found.barTop + 1, `slide ${n}: the panel ends at the caption bar`);
      if (panel === 'funding') {
        assert.ok(found.chart, `slide ${n}: a funding chart`);
        assert.ok(
          found.chart.top >= found.details.top - 1 && found.chart.bottom <= found.barTop + 1,
          `slide ${n}: the chart ${JSON.stringify(found.chart)} sits above the caption bar at ${found.barTop}`,
        );
      }
    }
    assertClean(page);
    await page.context().close();
  });

  it('the “Image saved” notice stays clear of the map and Save image, and leaves by itself', async () => {
    const page = await atlas.newPage({ width: 1024, height: 768 }, { acceptDownloads: true });
    await openAtlas(page, 'theme=projector&present=1&slide=4');
    await waitForMapIdle(page);
    const save = page.getByRole('button', { name: 'Save image', exact: true });
    await Promise.all([page.waitForEvent('download', { timeout: MAP_TIMEOUT }), save.click()]);
    const notice = page.locator('.status-message', { hasText: 'Image saved' });
    await notice.waitFor();
    const box = await notice.boundingBox();
    const map = await page.locator('.map-wrap').boundingBox();
    const button = await save.boundingBox();
    assert.ok(!overlap(box, map), `the notice ${JSON.stringify(box)} is off the map ${JSON.stringify(map)}`);
    assert.ok(!overlap(box, button), 'and off the Save image button');
    // It moves out of the way of nothing else either: the next slide comes, and the notice goes once read.
    await page.mouse.move(5, 5);
    await pressSlideKey(page, 'PageDown', 5);
    await notice.waitFor({ state: 'detached', timeout: MAP_TIMEOUT });
    assert.equal(await page.locator('.status-message').count(), 0);
    assertClean(page);
    await page.context().close();
  });
});

describe('a phone, 375×812, in Spanish', () => {
  const phone = (locale) => atlas.newPage({ width: 375, height: 812 }, { hasTouch: true, isMobile: true, locale });

  it('speaks the browser’s language when the address names none, and lang= still wins', async () => {
    const page = await phone('es-MX');
    await openAtlas(page);
    assert.equal(await page.locator('h1').innerText(), 'Atlas Hemisférico');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    assert.equal(search(page), '', 'the browser’s language is not written into the address');
    await openAtlas(page, 'lang=en');
    assert.equal(await page.locator('h1').innerText(), 'Hemisphere Atlas');
    assertClean(page);
    await page.context().close();
  });

  it('a sideways swipe across the header leaves the year and the address as they were; Settings is always on screen', async () => {
    const page = await phone('es-MX');
    await openAtlas(page, 'year=2012');
    await waitForMapIdle(page);
    const before = page.url();
    // No row of the header scrolls sideways, so there is nothing to swipe for.
    const scrolling = await page.evaluate(() =>
      [...document.querySelectorAll('.app-header, .app-header *')]
        .filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth)
        .map((el) => el.className),
    );
    assert.deepEqual(scrolling, []);
    const header = await page.locator('.app-header').boundingBox();
    const year = await page.locator('.year-control').boundingBox();
    const cdp = await page.context().newCDPSession(page);
    for (const y of [header.y + 12, year.y + year.height / 2, header.y + header.height - 6]) {
      for (const [from, to] of [
        [360, 15],
        [15, 360],
      ]) {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y }] });
        for (let i = 1; i <= 12; i++)
          await cdp.send('Input.dispatchTouchEvent', {
            type: 'touchMove',
            touchPoints: [{ x: from + ((to - from) * i) / 12, y }],
          });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      }
    }
    // The same with a mouse drag, for a tablet with a trackpad.
    await page.mouse.move(360, year.y + year.height / 2);
    await page.mouse.down();
    await page.mouse.move(20, year.y + year.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.press('Escape');
    assert.equal(page.url(), before, 'the address is unchanged');
    assert.match(await page.locator('.year-control').innerText(), /2012/, 'the year still reads 2012, on screen');
    const yearNow = await page.locator('.year-control').boundingBox();
    assert.ok(yearNow.x >= 0 && yearNow.x + yearNow.width <= 375, 'the year control is on screen');

    const settings = page.getByRole('button', { name: 'Ajustes' });
    const box = await settings.boundingBox();
    assert.ok(
      box.x >= 0 && box.x + box.width <= 375 && box.y + box.height <= header.y + header.height,
      'Settings is on screen in the header',
    );
    await settings.tap();
    await page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
    await page.locator('h1', { hasText: 'Hemisphere Atlas' }).waitFor();
    assertClean(page);
    await page.context().close();
  });

  it('folds the header as the details scroll, so they get most of the screen; the Dominican Republic leads with CBSI', async () => {
    const page = await phone('es-MX');
    await openAtlas(page, 'country=DOM');
    const sections = await page
      .locator('#details .membership')
      .evaluateAll((els) => els.map((el) => el.dataset.initiative));
    assert.deepEqual(sections, ['cbsi', 'merida'], 'current membership first, then the former one');
    // Mérida's goals only from the years the Dominican Republic took part (FY2008–FY2009): not the 2010 pillars.
    const merida = page.locator('#details .membership[data-initiative="merida"]');
    assert.equal(await merida.locator('[data-goal-set="merida-four-pillars"]').count(), 0);
    assert.equal(await merida.locator('[data-goal-set]').count(), 1);
    const before = await page.locator('#details').boundingBox();
    await page.locator('#details').evaluate((el) => el.scrollTo({ top: 400 }));
    await page.locator('.app.is-reading').waitFor();
    await page.waitForFunction(
      () => document.querySelector('#details').getBoundingClientRect().height > 0.6 * innerHeight,
    );
    const reading = await page.locator('#details').boundingBox();
    assert.ok(reading.height > before.height + 150, `the details grow from ${before.height} to ${reading.height} px`);
    assert.equal(await page.locator('.year-control').isVisible(), true, 'the year stays in view');
    await page.locator('#details').evaluate((el) => el.scrollTo({ top: 0 }));
    await page.waitForFunction(() => !document.querySelector('.app.is-reading'));
    assertClean(page);
    await page.context().close();
  });
});

describe('country and initiative panels', () => {
  it('spells out the first FY, names the section link for what it opens, and the close button covers nothing', async () => {
    const page = await atlas.newPage({ width: 1440, height: 900 });
    await openAtlas(page, 'country=DOM');
    // The first "FY" in the panel's text is an <abbr> that says what a fiscal year is.
    const first = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('#details article'), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        if (/\bFY(?=\d{4}|$)/.test(node.textContent))
          return { parent: node.parentElement.tagName, title: node.parentElement.title };
      return null;
    });
    assert.equal(first?.parent, 'ABBR');
    assert.match(first.title, /fiscal year/);

    // CARSI's funding table, scrolled to the top of the panel: the close button is not over its Amount header.
    await openAtlas(page, 'initiative=carsi&panel=funding');
    assert.equal(await page.locator('.section-nav a', { hasText: 'Agencies and donors' }).count(), 1);
    assert.equal(await page.locator('.section-nav a', { hasText: /^Partners$/ }).count(), 0);
    await page.locator('#section-funding .chart-table summary', { hasText: 'Show table' }).click();
    const amount = page.locator('#section-funding .chart-table th', { hasText: 'Amount' });
    await amount.evaluate((th) => {
      const panel = document.querySelector('#details');
      panel.scrollTop += th.getBoundingClientRect().top - panel.getBoundingClientRect().top - 4;
    });
    const close = await page.locator('.panel-close').boundingBox();
    const th = await amount.boundingBox();
    assert.ok(
      !close || !overlap(close, th),
      `the close button ${JSON.stringify(close)} is not over Amount ${JSON.stringify(th)}`,
    );
    assertClean(page);
    await page.context().close();
  });

  it('CARSI FY2008–FY2011: the bars’ sum, $361.508 million, beside $361 and $350 million, each with its source', async () => {
    const page = await atlas.newPage({ width: 1440, height: 900 });
    await openAtlas(page, 'initiative=carsi&panel=funding');
    const bars = await page
      .locator('#section-funding .bar')
      .evaluateAll((els) => Object.fromEntries(els.map((el) => [el.dataset.fy, Number(el.dataset.total)])));
    const sum = page.locator('#section-funding [data-bar-sum="2008-2011"]');
    assert.equal(Number(await sum.getAttribute('data-total')), bars[2008] + bars[2009] + bars[2010] + bars[2011]);
    assert.match(
      await sum.innerText(),
      /\$361\.508 million · FY2008–FY2011 · the bars above added up \(U\.S\. Department of State/,
    );
    // The other totals for the same years follow it, each naming its source.
    const items = await page.locator('#section-funding .other-figures li').allInnerTexts();
    const at = items.findIndex((t) => t.includes('the bars above added up') && t.includes('FY2008–FY2011'));
    const same = items.slice(at + 1).filter((t) => t.includes('FY2008–FY2011'));
    assert.ok(
      same.some((t) => /\$361 million/.test(t) && /\(.+\)/.test(t)),
      `$361 million with its source: ${same}`,
    );
    assert.ok(
      same.some((t) => /\$350 million/.test(t) && /GAO|Government Accountability Office/.test(t)),
      `$350 million with its source: ${same}`,
    );
    assertClean(page);
    await page.context().close();
  });

  it('opens a chart’s tooltip on hover or focus, not when a scroll brings a bar under a still pointer', async () => {
    const page = await atlas.newPage({ width: 1440, height: 900 });
    await openAtlas(page, 'initiative=carsi');
    const segment = page.locator('#section-funding .segment').last();
    const panel = await page.locator('#details').boundingBox();
    const { x, width } = await segment.boundingBox();
    // The pointer rests in the panel, in the bar's column; the panel scrolls the bar under it, as a click on the
    // Funding link does. Chromium then tells the bar the pointer is over it (pointerover), though it never moved.
    const rest = { x: x + width / 2, y: panel.y + panel.height / 2 };
    await page.mouse.move(rest.x, rest.y);
    const over = segment.evaluate(
      (el) => new Promise((done) => el.addEventListener('pointerover', () => done(), { once: true })),
    );
    await segment.evaluate((el, y) => {
      const r = el.getBoundingClientRect();
      document.querySelector('#details').scrollTop += r.top + r.height / 2 - y;
    }, rest.y);
    await over;
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    assert.equal(await page.locator('.chart-tip').count(), 0, 'no tooltip from a scroll');
    // A pointer that moves over the bar opens it; leaving closes it; keyboard focus opens it.
    await page.mouse.move(rest.x + 3, rest.y + 3, { steps: 2 });
    await page.locator('.chart-tip').waitFor();
    await page.mouse.move(5, panel.y + 5);
    await page.locator('.chart-tip').waitFor({ state: 'detached' });
    await segment.focus();
    await page.locator('.chart-tip').waitFor();
    assertClean(page);
    await page.context().close();
  });
});

describe('the comparison', () => {
  it('draws every row on one money scale, counts in the singular and plural, and leaves the map half the screen', async () => {
    const page = await atlas.newPage({ width: 1440, height: 900 });
    await openAtlas(page, 'panel=compare');
    await page.locator('.compare-table').waitFor();
    const bars = await page
      .locator('.sparkbars rect')
      .evaluateAll((els) => els.map((el) => ({ total: Number(el.dataset.total), h: el.getBBox().height })));
    const tallest = bars.reduce((a, b) => (b.total > a.total ? b : a));
    for (const b of bars) {
      const expected = Math.max(1, (b.total / tallest.total) * tallest.h);
      assert.ok(
        Math.abs(b.h - expected) <= 1,
        `a bar of ${b.total} is ${b.h} px, not ${expected}: one scale for all rows`,
      );
    }
    assert.match(await page.locator('[data-scale-max]').innerText(), /one scale for every row/);
    assert.equal(await page.locator('[data-compare-row="colombia"] [data-members]').innerText(), '1 partner');
    const summary = await page.locator('#details .chart-summary').innerText();
    assert.match(summary, /^Members in any year,/);
    assert.doesNotMatch(summary, /All years/);
    const map = await page.locator('.map-wrap').boundingBox();
    assert.ok(map.width >= 0.45 * 1440, `the map keeps ${map.width} px of 1440`);
    await openAtlas(page, 'panel=compare&lang=es');
    await page.locator('.compare-table').waitFor();
    assert.equal(await page.locator('[data-compare-row="colombia"] [data-members]').innerText(), '1 socio');
    assertClean(page);
    await page.context().close();
  });
});

describe('Help', () => {
  it('lists the presentation keys and joins alternatives with “or”', async () => {
    const page = await atlas.newPage({ width: 1280, height: 800 });
    await openAtlas(page);
    await page.getByRole('button', { name: 'Help' }).click();
    const dialog = page.locator('.help-dialog');
    await dialog.waitFor();
    const text = await dialog.innerText();
    assert.match(text, /While presenting/);
    assert.match(text, /Page Down\s+or\s+→\s+or\s+Space\s+next slide/);
    assert.match(text, /\+\s+or\s+−\s+on the map: zoom in and out/);
    assert.doesNotMatch(text, /\+\s+\+\s+−/);
    assertClean(page);
    await page.context().close();
  });
});
