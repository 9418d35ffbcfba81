// The panels explain an initiative with numbers that match the data, every mark
// cites a source, and the year control changes what the map colours.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  assertClean,
  colorsNear,
  coloursWhen,
  isCarsiBlue as isBlue,
  isMeridaOrange as isOrange,
  openAtlas,
  panelHeading,
  search,
  startAtlas,
  yearShown,
} from '../driver.mjs';

const FUNDING = JSON.parse(readFileSync(resolve(import.meta.dirname, '..', '..', 'data', 'funding.json'), 'utf8'));

let atlas;
before(async () => {
  atlas = await startAtlas();
});
after(() => atlas?.stop());

/** Sums of the single-year appropriations, by fiscal year: what the bars must show. */
function yearlySums(initiative) {
  const sums = new Map();
  for (const f of FUNDING)
    if (f.initiative === initiative && f.kind === 'appropriation' && f.fyFirst === f.fyLast)
      sums.set(f.fyFirst, (sums.get(f.fyFirst) ?? 0) + f.amountUsd);
  return [...sums.entries()].sort(([a], [b]) => a - b);
}

describe('the initiative panels', () => {
  it('shows CARSI’s five goals and a funding chart whose bars are the sums of the data', async () => {
    const page = await atlas.newPage({ width: 1920, height: 1080 });
    await openAtlas(page, 'initiative=carsi');
    const goals = page.locator('#section-goals [data-goal-set="carsi-goals-2012"] .goal');
    assert.equal(await goals.count(), 5);
    assert.match(await goals.first().innerText(), /safe streets/i);

    const bars = await page.locator('#section-funding .bar').evaluateAll((gs) =>
      gs.map((g) => ({
        fy: Number(g.dataset.fy),
        total: Number(g.dataset.total),
        parts: [...g.querySelectorAll('.segment')].map((a) => Number(a.dataset.amount)),
        heights: [...g.querySelectorAll('rect')].map((r) => Number(r.getAttribute('height'))),
      })),
    );
    assert.deepEqual(
      bars.map((b) => [b.fy, b.total]),
      yearlySums('carsi'),
    );
    assert.deepEqual(
      bars.map((b) => b.total / 1000),
      [60_000, 105_000, 95_000, 101_508, 135_000],
    );
    for (const b of bars)
      assert.equal(
        b.parts.reduce((s, x) => s + x, 0),
        b.total,
        `FY${b.fy} is the sum of its parts`,
      );
    // Drawn to scale: the FY2012 bar is 135/60 times the FY2008 bar.
    const height = (b) => b.heights.reduce((s, x) => s + x, 0);
    assert.ok(Math.abs(height(bars[4]) / height(bars[0]) - 135 / 60) < 0.05);
    // The multi-year figures are beside the chart, not in it.
    const others = await page.locator('#section-funding .other-figures').innerText();
    for (const figure of ['$165 million', '$361 million', '$350 million', '$496 million'])
      assert.ok(others.includes(figure), figure);
    assert.match(await page.locator('#section-funding [data-discrepancy="carsi-fy2010"]').innerText(), /\$83 million/);
    assertClean(page);
    await page.context().close();
  });

  it('links every bar, cell and event to a source listed in the panel, and shows tooltips on focus', async () => {
    const page = await atlas.newPage({ width: 1280, height: 800 });
    await openAtlas(page, 'initiative=carsi');
    const panel = page.locator('#details');
    const hrefs = await panel.locator('svg a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(hrefs.length > 40, `${hrefs.length} chart marks`);
    for (const href of new Set(hrefs))
      assert.equal(await panel.locator(href).count(), 1, `${href} is in the source list`);
    // Keyboard focus on a bar segment shows its tooltip, with the amount and the source.
    await panel.locator('#section-funding .segment').first().focus();
    const tip = panel.locator('#section-funding .chart-tip');
    await tip.waitFor();
    assert.match(await tip.innerText(), /FY2008 · ESF · \$25 million/);
    assert.match(await tip.innerText(), /Source:/);
    // The table alternative holds the same numbers.
    await panel.locator('#section-funding summary', { hasText: 'Show table' }).click();
    assert.equal(await panel.locator('#section-funding .total-row').count(), 5);
    assertClean(page);
    await page.context().close();
  });

  it('highlights the selected initiative’s column in the assistance matrix, and a country’s initiatives', async () => {
    const page = await atlas.newPage();
    await openAtlas(page, 'initiative=cbsi');
    assert.deepEqual(
      await page
        .locator('#section-assistance [data-highlighted="true"]')
        .evaluateAll((g) => g.map((x) => x.dataset.column)),
      ['cbsi'],
    );
    await openAtlas(page, 'country=HND');
    assert.deepEqual(
      (
        await page
          .locator('#section-assistance [data-highlighted="true"]')
          .evaluateAll((g) => g.map((x) => x.dataset.column))
      ).sort(),
      ['carsi', 'merida'],
    );
    // A country's money is its initiatives' regional totals, and the panel says so.
    assert.match(
      await page.locator('#section-funding').innerText(),
      /not split by country|none of it is split by country/,
    );
    assertClean(page);
    await page.context().close();
  });

  it('opens the section the URL names, and the comparison of every initiative', async () => {
    const page = await atlas.newPage();
    await openAtlas(page, 'initiative=carsi&panel=partners');
    await page.waitForFunction(() => {
      const panel = document.querySelector('#details').getBoundingClientRect();
      const section = document.querySelector('#section-partners').getBoundingClientRect();
      return section.top >= panel.top - 2 && section.top < panel.top + 90; // the section's scroll margin is 3.5rem
    });
    await page.locator('.compare-button').click();
    await page.locator('#details h2', { hasText: 'side by side' }).waitFor();
    assert.match(search(page), /panel=compare/);
    const rows = page.locator('.compare-table tbody tr');
    assert.equal(await rows.count(), 5);
    // All years: CARSI's latest goals are the Root Causes Strategy's five pillars (2021–2023).
    assert.equal(
      await page.locator('.compare-table tr[data-compare-row="carsi"] [data-goals]').getAttribute('data-goals'),
      '5',
    );
    await page.locator('.compare-back').click();
    assert.equal(await panelHeading(page), 'Central America Regional Security Initiative');
    assertClean(page);
    await page.context().close();
  });
});

describe('the year control', () => {
  it('recolours the map: Honduras is Mérida in 2008 and CARSI in 2012', async () => {
    const page = await atlas.newPage({ width: 1280, height: 800 });
    await openAtlas(page, 'country=HND&year=2008');
    assert.equal(await yearShown(page), '2008');
    const in2008 = await colorsNear(page, 'HND');
    assert.ok(in2008.some(isOrange), `Mérida orange in 2008: ${JSON.stringify(in2008)}`);
    assert.ok(!in2008.some(isBlue), 'no CARSI blue in 2008');
    assert.equal(await page.locator('#details .membership[data-initiative="carsi"]').count(), 0);
    const historyLength = await page.evaluate(() => history.length);

    const slider = page.locator('.year-range');
    await slider.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await yearShown(page), '2012');
    assert.equal(await slider.getAttribute('aria-valuetext'), '2012');
    assert.equal(search(page), '?country=HND&year=2012');
    assert.equal(await page.evaluate(() => history.length), historyLength, 'scrubbing replaces the history entry');
    // The new colours are drawn once MapLibre has rebuilt its tiles, then faded in: read again each time the map rests.
    const in2012 = await coloursWhen(
      page,
      () => colorsNear(page, 'HND'),
      (colours) => colours.some(isBlue),
    );
    assert.ok(in2012.some(isBlue), `CARSI blue in 2012: ${JSON.stringify(in2012)}`);
    await page.locator('#details .membership[data-initiative="carsi"]').waitFor();

    // Past the last year is "All years".
    await page.keyboard.press('End');
    assert.equal(await yearShown(page), 'All years');
    assert.equal(search(page), '?country=HND');
    assertClean(page);
    await page.context().close();
  });

  it('plays through the years and stops at the last', async () => {
    const page = await atlas.newPage();
    // The last year is the data's: the latest fiscal year any record names.
    const last = String(Math.max(...FUNDING.map((f) => f.fyLast)));
    await openAtlas(page, `year=${Number(last) - 1}`);
    const play = page.locator('.year-play');
    await play.click();
    assert.equal(await play.getAttribute('aria-pressed'), 'true');
    await page.waitForFunction((y) => document.querySelector('.year-value')?.textContent === y, last, {
      timeout: 10_000,
    });
    await page.waitForFunction(
      () => document.querySelector('.year-play')?.getAttribute('aria-pressed') === 'false',
      null,
      { timeout: 10_000 },
    );
    assert.equal(await yearShown(page), last);
    assertClean(page);
    await page.context().close();
  });
});
