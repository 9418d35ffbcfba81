// The Caribbean readable at every size (issue 25): with CBSI the subject, every one of its thirteen partners is named
// on screen, clear of the other names, at 1920×1080, at 1024×768 in the projector theme and on the presentation's CBSI
// slide; the Eastern Caribbean inset's islands can be chosen by pointer and keyboard; the exported image keeps the
// legend off the map and the whole caption.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { assertClean, MAP_TIMEOUT, openAtlas, panelHeading, search, waitForMapIdle } from '../driver.mjs';
import { startAtlas } from '../driver.mjs';

/** CBSI's thirteen partners (the State Department's count; the others of its members are observers). */
const CBSI_PARTNERS = ['ATG', 'BHS', 'BRB', 'DMA', 'DOM', 'GRD', 'GUY', 'JAM', 'KNA', 'LCA', 'SUR', 'TTO', 'VCT'];

let atlas;
before(async () => {
  atlas = await startAtlas();
});
after(() => atlas?.stop());

/**
 * For each country, whether a name of it is visible (data-map-label, not visibility:hidden), wholly on screen and
 * not under the legend; and every pair of those names whose boxes overlap.
 */
function namesReport(page, isos) {
  return page.evaluate((isos) => {
    const boxOf = (el) => el.getBoundingClientRect();
    const legend = document.querySelector('.legend')?.getBoundingClientRect();
    const meets = (a, b) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
    const shown = new Map();
    for (const iso of isos) {
      const el = [...document.querySelectorAll(`[data-map-label="${iso}"]`)].find(
        (e) => getComputedStyle(e).visibility === 'visible' && e.getClientRects().length > 0,
      );
      if (!el) continue;
      const b = boxOf(el);
      const onScreen = b.left >= 0 && b.top >= 0 && b.right <= innerWidth && b.bottom <= innerHeight && b.width > 0;
      if (onScreen && !(legend && meets(b, legend))) shown.set(iso, b);
    }
    const missing = isos.filter((iso) => !shown.has(iso));
    const clashes = [];
    const list = [...shown];
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++)
        if (meets(list[i][1], list[j][1])) clashes.push(`${list[i][0]}/${list[j][0]}`);
    return { missing, clashes };
  }, isos);
}

/** Waits until every partner is named and clear (the names follow the camera and the inset), then asserts it. */
async function assertPartnersNamed(page, where) {
  await waitForMapIdle(page);
  await page
    .waitForFunction(
      (isos) =>
        isos.every((iso) =>
          [...document.querySelectorAll(`[data-map-label="${iso}"]`)].some(
            (e) => getComputedStyle(e).visibility === 'visible',
          ),
        ),
      CBSI_PARTNERS,
      { timeout: MAP_TIMEOUT },
    )
    .catch(() => {}); // the report below says which are missing
  const { missing, clashes } = await namesReport(page, CBSI_PARTNERS);
  assert.deepEqual(missing, [], `${where}: every CBSI partner is named on screen, clear of the legend`);
  assert.deepEqual(clashes, [], `${where}: no two partners' names overlap`);
}

describe('the Caribbean, readable', () => {
  it('names all thirteen CBSI partners at 1920×1080, with the Lesser Antilles in the inset', async () => {
    const page = await atlas.newPage({ width: 1920, height: 1080 });
    await openAtlas(page, 'initiative=cbsi');
    await assertPartnersNamed(page, '1920×1080');
    assert.equal(await page.locator('.caribbean-inset[data-shown="true"]').count(), 1, 'the inset shows');
    // Distant territories do not take names from the subject.
    for (const iso of ['SPM', 'BMU', 'SGS'])
      assert.equal(await page.locator(`[data-map-label="${iso}"]`).count(), 0, `${iso} is not named`);
    assertClean(page);
    await page.context().close();
  });

  it('names all thirteen at 1024×768 in the projector theme', async () => {
    const page = await atlas.newPage({ width: 1024, height: 768 });
    await openAtlas(page, 'initiative=cbsi&theme=projector');
    await assertPartnersNamed(page, '1024×768 projector');
    assertClean(page);
    await page.context().close();
  });

  it("names all thirteen on the presentation's CBSI slide, none under the legend", async () => {
    const page = await atlas.newPage({ width: 1024, height: 768 });
    await openAtlas(page, 'present=1&slide=5');
    await page.locator('.present-bar[data-slide-id="cbsi"]').waitFor();
    await assertPartnersNamed(page, 'CBSI slide');
    assertClean(page);
    await page.context().close();
  });

  it('chooses an island in the inset by pointer and by keyboard, and outlines the one under the pointer', async () => {
    const page = await atlas.newPage({ width: 1280, height: 800 });
    await openAtlas(page, 'initiative=cbsi');
    const inset = page.locator('.caribbean-inset[data-shown="true"]');
    await inset.waitFor();
    const lucia = inset.locator('circle[data-iso="LCA"]');
    await lucia.waitFor();
    await lucia.hover();
    await page.waitForFunction(
      () => (document.querySelector('.caribbean-inset .svg-highlight')?.getAttribute('d') ?? '').length > 0,
      null,
      { timeout: MAP_TIMEOUT },
    );
    await lucia.click();
    await page.waitForURL((url) => url.searchParams.get('country') === 'LCA');
    assert.equal(await panelHeading(page), 'Saint Lucia');

    const grenada = inset.getByRole('button', { name: 'Select Grenada' });
    await grenada.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('country') === 'GRD');
    assert.match(search(page), /country=GRD/);
    assertClean(page);
    await page.context().close();
  });

  it('exports CBSI with the legend beside the map, not over it, and the whole caption', async () => {
    const page = await atlas.newPage({ width: 1280, height: 800 }, { acceptDownloads: true });
    await openAtlas(page, 'initiative=cbsi');
    await waitForMapIdle(page);
    const button = page.getByRole('button', { name: 'Save image', exact: true });
    await page.waitForFunction(
      () => !(/** @type {HTMLButtonElement | null} */ (document.querySelector('.export-button'))?.disabled),
      null,
      { timeout: MAP_TIMEOUT },
    );
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: MAP_TIMEOUT }), button.click()]);
    const bytes = await readFile(await download.path());
    // The map's lower left, where main's export drew the legend's white box over Central America: the map's colours.
    const white = await page.evaluate(
      async (dataUrl) => {
        const img = new Image();
        img.src = dataUrl;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        const ctx = c.getContext('2d');
        ctx.drawImage(img, 0, 0);
        const d = ctx.getImageData(30, 560, 420, 160).data;
        let n = 0;
        for (let i = 0; i < d.length; i += 4) if (d[i] === 255 && d[i + 1] === 255 && d[i + 2] === 255) n++;
        return n / (d.length / 4);
      },
      `data:image/png;base64,${bytes.toString('base64')}`,
    );
    assert.ok(white < 0.05, `the map's lower left is map, not a legend box (${(white * 100).toFixed(1)}% page white)`);
    assertClean(page);
    await page.context().close();
  });
});
