// The briefing copy: one HTML file opened from file:// with every network
// request refused still draws the map and answers a click.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';
import {
  buildFiveSlideDeck,
  checkPptx,
  downloadPptx,
  editor,
  FIVE,
  openEditor,
  openPresenter,
  presenterTitle,
  slideTitles,
} from '../deckFlow.mjs';
import { clickCountry, MAP_TIMEOUT, panelHeading, pressSlideKey, waitForMapIdle, waitForReady } from '../driver.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const page_ = resolve(root, 'dist-offline', 'index.html');
let browser;

before(async () => {
  // The offline copy is a separate build; make it here so `npm test` covers it.
  execFileSync(
    process.execPath,
    [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'offline', '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit' },
  );
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
});
after(() => browser?.close());

async function openOffline(query = '') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const refused = [];
  // No network at all: anything that is not the file itself or inline data is refused and recorded.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    refused.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${pathToFileURL(page_).href}${query}`);
  await waitForReady(page);
  return Object.assign(page, { refused, errors });
}

describe('the briefing copy', () => {
  it('is one HTML file with the source documents beside it', () => {
    assert.ok(existsSync(page_));
    assert.ok(existsSync(resolve(root, 'dist-offline', 'sources')));
    assert.ok(!existsSync(resolve(root, 'dist-offline', 'assets')), 'no separate script or style files');
  });

  it(
    'opens from file:// with no network, draws the map and selects a country',
    { timeout: MAP_TIMEOUT * 2 },
    async () => {
      const page = await openOffline();
      assert.equal(await page.locator('.map').getAttribute('data-renderer'), 'webgl');
      await clickCountry(page, 'COL');
      await page.locator('#details h2', { hasText: 'Colombia' }).waitFor();
      assert.equal(await panelHeading(page), 'Colombia');
      assert.deepEqual(page.refused, []);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    },
  );

  it('presents two slides and exports an image with no network', { timeout: MAP_TIMEOUT * 3 }, async () => {
    const page = await openOffline('?present=1&theme=projector');
    await pressSlideKey(page, 'PageDown', 2);
    await pressSlideKey(page, 'ArrowRight', 3);
    assert.match(page.url(), /slide=3/);
    await waitForMapIdle(page);
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: MAP_TIMEOUT }),
      page.getByRole('button', { name: 'Save image', exact: true }).click(),
    ]);
    const bytes = await readFile(await download.path());
    // PNG signature, then the IHDR chunk's width and height (big-endian) at bytes 16–23.
    assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [1920, 1080]);
    assert.ok(bytes.length > 50_000, `a drawn image, not a blank one (${bytes.length} bytes)`);
    assert.deepEqual(page.refused, []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  it(
    'builds a five-slide deck, keeps it across a reload, opens its link, presents it with the presenter view and makes its PowerPoint, with no network',
    { timeout: MAP_TIMEOUT * 12 },
    async () => {
      const page = await openOffline();
      await openEditor(page);
      await buildFiveSlideDeck(page);
      await page.reload();
      await waitForReady(page);
      await openEditor(page);
      assert.deepEqual(
        await slideTitles(page),
        FIVE.map((s) => s.title),
      );

      // The link, opened in a browser that has never seen the deck (from file://, the clipboard may be refused:
      // the link is in the box either way).
      await editor(page).getByRole('button', { name: 'Copy link to this deck' }).click();
      const link = await editor(page).getByLabel('Link to this deck').inputValue();
      assert.match(link, /^file:\/\/.*#deckz=/);
      const other = await openOffline(link.slice(link.indexOf('#')));
      await other.locator('.status-message span', { hasText: 'Deck replaced (5 slides)' }).waitFor();
      await openEditor(other);
      assert.deepEqual(
        await slideTitles(other),
        FIVE.map((s) => s.title),
      );
      assert.deepEqual(other.errors, []);
      await other.context().close();

      // The presenter view (no BroadcastChannel between file:// pages: the same page's second window).
      const popup = await openPresenter(page);
      assert.equal(await presenterTitle(popup), FIVE[0].title);
      await popup.keyboard.press('PageDown');
      await page.locator('.present-count', { hasText: /^2\/5$/ }).waitFor();
      await pressSlideKey(page, 'PageDown', 3);
      await popup.locator('[data-presenter-title]', { hasText: FIVE[2].title }).waitFor();
      await page.keyboard.press('Escape');
      await page.locator('.present-bar').waitFor({ state: 'detached' });

      checkPptx(await downloadPptx(page), FIVE);
      assert.deepEqual(page.refused, []);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    },
  );

  it("downloads the view's data as CSV with its sources, with no network", { timeout: MAP_TIMEOUT * 2 }, async () => {
    const page = await openOffline('?initiative=carsi');
    await page.getByRole('button', { name: 'Download data' }).click();
    const dialog = page.getByRole('dialog', { name: 'Download the data of this view' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Data (CSV)' }).click(),
    ]);
    const text = await readFile(await download.path(), 'utf8');
    const [header, ...rows] = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    assert.ok(header.split(',').includes('sources'), header);
    assert.ok(rows.length >= 7, `${rows.length} rows`);
    assert.deepEqual(page.refused, []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
});
