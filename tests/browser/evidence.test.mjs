// Issue 21: the evidence is visible. A disputed status is marked on the map (a badge the legend explains),
// in the table and in the country panel with both sides; a citation's quoted passage opens on demand and
// its stored copy ships with the atlas; 2013's table shows Belize in CBSI as that year's statement does.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { assertClean, openAtlas, startAtlas } from '../driver.mjs';

let atlas;
before(async () => {
  atlas = await startAtlas();
});
after(() => atlas?.stop());

describe('evidence and disputed statuses', () => {
  it('2013’s table shows Belize in CBSI and Haiti no longer in it, as the 6 December 2013 statement does', async () => {
    const page = await atlas.newPage({ width: 1920, height: 1080 });
    await openAtlas(page, 'view=table&year=2013', { waitReady: false });
    const cbsi = (iso) => page.locator(`tr[data-iso="${iso}"] td`).nth(2);
    await page.locator('.country-table').waitFor();
    assert.equal((await cbsi('BLZ').innerText()).trim(), 'partner');
    assert.equal((await cbsi('HTI').innerText()).trim(), 'former partner');
    assertClean(page);
  });

  it('marks a disputed status on the map, explains it in the legend and shows both sides in the panel', async () => {
    const page = await atlas.newPage({ width: 1920, height: 1080 });
    await openAtlas(page, 'country=HTI&year=2012');
    await page.locator('.country-label[data-iso="HTI"][data-disputed] .dispute-mark').waitFor();
    assert.equal(
      await page.locator('.country-label[data-iso="BLZ"][data-disputed]').count(),
      0,
      'Belize is not disputed in 2012',
    );
    assert.match(await page.locator('.legend-key').innerText(), /Sources disagree on the status/);
    const detail = page.locator('[data-initiative="cbsi"] .dispute-detail');
    await detail.waitFor();
    assert.equal(await detail.locator('.discrepancy-positions > li').count(), 2, 'each side, with its sources');
    assertClean(page);
  });

  it('opens a citation’s quoted passage, whose stored copy ships with the atlas', async () => {
    const page = await atlas.newPage({ width: 1920, height: 1080 });
    await openAtlas(page, 'country=BLZ&year=2013');
    const membership = page.locator('[data-initiative="cbsi"] .history li', { hasText: 'Fourth Dialogue' });
    await membership.locator('.evidence > summary').click();
    const quote = membership.locator('.evidence blockquote');
    assert.match(await quote.innerText(), /Belize/);
    const href = await membership.locator('.evidence-copies a').first().getAttribute('href');
    assert.match(href, /^sources\/state-cbsi-dialogue-2013\.txt$/);
    const copy = await page.request.get(new URL(href, page.url()).href);
    assert.equal(copy.status(), 200);
    const text = await copy.text();
    assert.ok(
      text.includes('url: https://2009-2017.state.gov/p/wha/rls/prsrl/2013/218641.htm'),
      'the copy names its original address',
    );
    assert.ok(
      text.replace(/\s+/g, ' ').includes((await quote.innerText()).replace(/\s+/g, ' ').trim()),
      'the quote is in the copy',
    );
    assertClean(page);
  });
});
