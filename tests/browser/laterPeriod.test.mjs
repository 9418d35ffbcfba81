// The atlas after 2014: the successor frameworks, the later years' members and
// funding, and "What changed" between two years by URL, mouse and keyboard, in
// both languages. Every change and membership the panels show cites a source.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assertClean, openAtlas, panelHeading, search, searchFor, startAtlas, waitForPanelBody } from '../driver.mjs';

const data = (file) => JSON.parse(readFileSync(resolve(import.meta.dirname, '..', '..', 'data', file), 'utf8'));
const LAST_YEAR = Math.max(...data('funding.json').map((f) => f.fyLast));

let atlas;
before(async () => {
  atlas = await startAtlas();
});
after(() => atlas?.stop());

/** The ids of the sources a panel element cites ([n] marks link to #src-<id>). */
function citedIn(locator) {
  return locator.locator('sup.cite a').evaluateAll((as) => as.map((a) => a.getAttribute('href').replace('#src-', '')));
}

describe('the later period', () => {
  it('names the Bicentennial Framework for Mexico in 2022, cited', async () => {
    const page = await atlas.newPage({ width: 1920, height: 1080 });
    await openAtlas(page, 'year=2022&country=MEX');
    assert.equal(await panelHeading(page), 'Mexico');
    const item = page.locator('#details .history li', { hasText: 'Under the U.S.–Mexico Bicentennial Framework' });
    assert.equal(await item.count(), 1);
    const cited = await citedIn(item);
    assert.ok(cited.includes('gobmx-bicentennial-fs-2021'), cited.join());
    // The mark leads to the source in the panel's list, which links to the publisher.
    const source = page.locator('#src-gobmx-bicentennial-fs-2021');
    assert.match(await source.innerText(), /Bicentennial Framework/);
    assert.match(
      await source.getByRole('link', { name: 'Open source' }).getAttribute('href'),
      /^https:\/\/www\.gob\.mx\//,
    );
    // …and to the stored copy of the passage, which opens offline.
    assert.equal(
      await source.getByRole('link', { name: /Stored copy/ }).getAttribute('href'),
      'sources/gobmx-bicentennial-fs-2021.txt',
    );
    assertClean(page);
    await page.context().close();
  });

  it('lists CBSI’s thirteen participants in 2023, each cited', async () => {
    const page = await atlas.newPage({ width: 1920, height: 1080 });
    await openAtlas(page, 'year=2023&initiative=cbsi');
    const expected = data('memberships.json').filter(
      (m) =>
        m.initiative === 'cbsi' && m.status === 'partner' && m.firstYear <= 2023 && (m.lastYear ?? LAST_YEAR) >= 2023,
    );
    assert.equal(expected.length, 13);
    const members = page.locator('#details ul.members li.status-partner');
    assert.equal(await members.count(), 13);
    for (const li of await members.all()) {
      const cited = await citedIn(li);
      assert.ok(cited.includes('state-cbsi-page'), `${await li.innerText()} cites State's CBSI page`);
    }
    assert.ok((await page.locator('#details ul.members').innerText()).includes('Jamaica'));
    assertClean(page);
    await page.context().close();
  });

  it('runs Honduras’s CARSI years past 2014, as the sources say', async () => {
    const page = await atlas.newPage({ width: 1920, height: 1080 });
    await openAtlas(page, 'year=2018&country=HND');
    const carsi = page.locator('#details section.membership[data-initiative="carsi"]');
    assert.match(await carsi.locator('.status').innerText(), /partner \(2018\)/i);
    const history = await carsi.locator('.history').innerText();
    assert.match(history, /FY2015–FY2016/);
    assert.match(history, /2017–2020/);
    assert.match(history, /Strategy for Engagement in Central America/);
    assert.match(history, /2021–2023/);
    assert.match(history, /Root Causes/);
    assert.ok((await citedIn(carsi.locator('.history'))).includes('crs-r44812-2019'));
    assertClean(page);
    await page.context().close();
  });

  it('carries CBSI’s funding chart to FY2023, the latest fiscal year its sources give', async () => {
    const page = await atlas.newPage({ width: 1920, height: 1080 });
    await openAtlas(page, 'initiative=cbsi&panel=funding');
    const fys = (selector) =>
      page.locator(`#section-funding ${selector}`).evaluateAll((gs) => gs.map((g) => Number(g.dataset.fy)));
    const years = await fys('.bar');
    assert.deepEqual(years, [2010, 2019, 2020, 2021, 2023]);
    assert.equal(LAST_YEAR, 2023);
    // The years between keep their place, marked as "no figure found", never drawn as zero: FY2010 and FY2019 are not
    // neighbours.
    assert.deepEqual(await fys('.gap'), [2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2022]);
    const x = async (fy) =>
      (await page.locator(`#section-funding svg [data-fy="${fy}"]`).locator('rect, line').first().boundingBox()).x;
    // Bars against bars and gaps against gaps (a rect's box and a line's differ by its stroke).
    const step = (await x(2012)) - (await x(2011));
    assert.ok(step > 0);
    assert.ok(Math.abs((await x(2019)) - (await x(2010)) - 9 * step) < 2, 'nine places from FY2010 to FY2019');
    assert.match(
      await page.locator('#funding-summary-cbsi').innerText(),
      /No single-year figure was found in the sources read for FY2011–FY2018, FY2022/,
    );
    assert.equal(
      await page.locator('#section-funding .chart-legend .gap-key').innerText(),
      'No single-year figure found',
    );
    assertClean(page);
    await page.context().close();
  });

  it('quotes, in the overview, what the sources say about U.S. assistance after the data’s last year', async () => {
    const page = await atlas.newPage({ width: 1280, height: 800 });
    await openAtlas(page, '');
    const after = page.locator('#details section.after-the-data');
    await after.waitFor();
    assert.equal(await after.locator('#after-the-data').innerText(), `After FY${LAST_YEAR}`);
    assert.equal(await after.locator('[data-discrepancy="aid-pause-2025-scope"] li').count(), 2);
    const cited = await citedIn(after);
    for (const id of ['eo-14169-2025', 'crs-in12567-2025', 'wola-aid-pause-2025']) {
      assert.ok(cited.includes(id), cited.join());
      assert.equal(await after.locator(`#src-${id}`).count(), 1);
    }
    await openAtlas(page, 'lang=es');
    await after.waitFor();
    assert.equal(await after.locator('#after-the-data').innerText(), `Después del año fiscal ${LAST_YEAR}`);
    assertClean(page);
    await page.context().close();
  });

  it('finds the initiatives by their later names, in both languages, and says which name matched', async () => {
    const page = await atlas.newPage({ width: 1280, height: 800 });
    await openAtlas(page, '');
    const options = await searchFor(page, 'bicentennial');
    assert.equal(options.length, 1);
    assert.match(options[0], /^Mérida Initiative\s+\(Bicentennial Framework\)/);
    await page.locator('#atlas-search').press('Enter');
    await page.waitForURL((url) => url.search === '?initiative=merida');
    assert.equal(await panelHeading(page), 'Mérida Initiative');

    await openAtlas(page, 'lang=es');
    assert.match((await searchFor(page, 'paz colombia'))[0], /^Plan Colombia y programas sucesores\s+\(Paz Colombia\)/);
    assert.match((await searchFor(page, 'strategy for engagement'))[0], /^Iniciativa Regional de Seguridad/);
    assertClean(page);
    await page.context().close();
  });

  it('refuses a year the data does not cover, saying which years it does', async () => {
    const page = await atlas.newPage({ width: 1280, height: 800 });
    await openAtlas(page, `year=${LAST_YEAR + 1}&compare=1999`);
    const messages = await page.locator('.status-message').allInnerTexts();
    assert.ok(
      messages.some((m) => m.includes(`year=${LAST_YEAR + 1}`) && m.includes(`a year from 2000 to ${LAST_YEAR}`)),
      messages.join('\n'),
    );
    assert.ok(
      messages.some((m) => m.includes('compare=1999')),
      messages.join('\n'),
    );
    assert.equal(await page.locator('.year-value').innerText(), 'All years');
    await page.context().close();
  });
});

describe('what changed between two years', () => {
  it('opens from the URL: a list of changes, each cited, and the changed countries marked on the map', async () => {
    const page = await atlas.newPage({ width: 1920, height: 1080 });
    await openAtlas(page, 'compare=2010&year=2022');
    assert.equal(await panelHeading(page), 'What changed, 2010 → 2022');
    const bolivia = page.locator('#details li[data-change="left"][data-country="BOL"][data-initiative="andean"]');
    assert.equal(await bolivia.count(), 1);
    for (const li of await page.locator('#details li[data-change]').all())
      assert.ok((await citedIn(li)).length > 0, await li.innerText());
    // The same changes on the map: the name carries the mark.
    assert.equal(await page.locator('.country-label[data-iso="BOL"]').getAttribute('data-change'), 'left');
    assert.equal(await page.locator('.country-label[data-iso="BOL"] .change-mark').innerText(), '−');
    assert.equal(await page.locator('.country-label[data-iso="JAM"]').getAttribute('data-change'), null);
    assertClean(page);
    await page.context().close();
  });

  it('speaks Spanish in Spanish', async () => {
    const page = await atlas.newPage({ width: 1280, height: 800 });
    await openAtlas(page, 'compare=2010&year=2022&lang=es');
    assert.equal(await panelHeading(page), 'Qué cambió, 2010 → 2022');
    assert.match(await page.locator('#details').innerText(), /Ya no figuran/);
    await page.context().close();
  });

  it('is chosen with the mouse beside the year control, and a change opens its country', async () => {
    const page = await atlas.newPage({ width: 1920, height: 1080 });
    await openAtlas(page, 'year=2022');
    await page.getByLabel('What changed since').selectOption('2010');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('compare') === '2010');
    await waitForPanelBody(page);
    assert.equal(await panelHeading(page), 'What changed, 2010 → 2022');
    await page.locator('#details li[data-country="BOL"] button').click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('country') === 'BOL');
    await waitForPanelBody(page);
    assert.equal(await panelHeading(page), 'Bolivia');
    assert.match(search(page), /compare=2010/);
    await page.context().close();
  });

  it('is chosen with the keyboard, and stopped from the panel', async () => {
    const page = await atlas.newPage({ width: 1280, height: 800 });
    await openAtlas(page, 'year=2022');
    await page.getByLabel('What changed since').focus();
    await page.keyboard.press('ArrowDown'); // the first year after "no comparison"
    await page.waitForFunction(() => new URLSearchParams(location.search).get('compare') === '2000');
    await waitForPanelBody(page);
    assert.equal(await panelHeading(page), 'What changed, 2000 → 2022');
    const stop = page.getByRole('button', { name: 'Stop comparing' });
    await stop.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('compare'));
    assert.notEqual(await panelHeading(page), 'What changed, 2000 → 2022');
    await page.context().close();
  });
});
