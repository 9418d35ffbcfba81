// A briefer's own deck: built from nothing in the editor, kept across a reload, shared as a link, presented with
// the presenter view in step both ways, downloaded as PowerPoint and printed; bad decks are refused with a message
// that names the problem, nothing in them is rendered as HTML, and the deck being edited is kept.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  addSlide,
  buildFiveSlideDeck,
  checkPptx,
  downloadPptx,
  editor,
  FIVE,
  openEditor,
  openPresenter,
  presenterTitle,
  slideItems,
  slideTitles,
} from '../deckFlow.mjs';
import { assertClean, axeViolations, MAP_TIMEOUT, openAtlas, pressSlideKey, startAtlas } from '../driver.mjs';

let atlas;
before(async () => {
  atlas = await startAtlas();
});
after(() => atlas?.stop());

/**
 * Drags a slide by its handle onto another, as the browser's drag and drop sends it (dragstart, dragover, drop,
 * dragend with one DataTransfer): Playwright's mouse-driven dragTo does not start a native drag in headless Chromium.
 */
async function dragSlide(page, from, to) {
  const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
  const handle = slideItems(page).nth(from).locator('.deck-drag');
  const target = slideItems(page).nth(to).locator('h3');
  await handle.dispatchEvent('dragstart', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
  await handle.dispatchEvent('dragend', { dataTransfer });
}

const statusTexts = (page) => page.locator('.status-message span').allInnerTexts();

async function waitForStatus(page, re) {
  await page.locator('.status-message span', { hasText: re }).first().waitFor();
}

describe('a briefer’s deck', () => {
  it(
    'is built from nothing, survives a reload, is shared as a link, presented with the presenter view and downloaded as PowerPoint',
    { timeout: MAP_TIMEOUT * 12 },
    async () => {
      const page = await atlas.newPage({ width: 1920, height: 1080 }, { acceptDownloads: true });
      await openAtlas(page);
      await openEditor(page);
      await editor(page).getByText('No slides yet').waitFor();
      await buildFiveSlideDeck(page);
      await editor(page).getByLabel('Deck title').fill('My briefing');

      // Keyboard reorder (Alt+↑ in a slide's field), then back with the buttons; the focus stays on the moved field.
      await slideItems(page).nth(2).locator('[data-field="title"]').focus();
      await page.keyboard.press('Alt+ArrowUp');
      assert.deepEqual((await slideTitles(page)).slice(0, 3), ['The hemisphere', 'Mexico', 'Honduras']);
      assert.equal(
        await page.evaluate(() => /** @type {HTMLInputElement | null} */ (document.activeElement)?.value),
        'Mexico',
      );
      await editor(page).getByRole('button', { name: 'Move slide 2 down' }).click();
      assert.deepEqual(
        await slideTitles(page),
        FIVE.map((s) => s.title),
      );
      // Drag: the fifth slide's handle onto the first slide, then back.
      await dragSlide(page, 4, 0);
      assert.equal((await slideTitles(page))[0], 'Colombia');
      await dragSlide(page, 0, 4);
      assert.deepEqual(
        await slideTitles(page),
        FIVE.map((s) => s.title),
      );
      // Duplicate, delete, Undo.
      await editor(page).getByRole('button', { name: 'Duplicate slide 5' }).click();
      assert.equal(await slideItems(page).count(), 6);
      await editor(page).getByRole('button', { name: 'Delete slide 6' }).click();
      await editor(page).getByRole('button', { name: 'Delete slide 1' }).click();
      assert.deepEqual(
        await slideTitles(page),
        FIVE.slice(1).map((s) => s.title),
      );
      await editor(page)
        .locator('.deck-status', { hasText: 'Slide 1 deleted from the deck. Undo brings it back.' })
        .waitFor();
      await editor(page).getByRole('button', { name: 'Undo' }).click();
      assert.deepEqual(
        await slideTitles(page),
        FIVE.map((s) => s.title),
      );
      assert.deepEqual(await axeViolations(page), []);
      await page.screenshot({ path: '/tmp/i26-editor-1920.png' });

      // A reload keeps the deck.
      await page.reload();
      await openEditor(page);
      assert.deepEqual(
        await slideTitles(page),
        FIVE.map((s) => s.title),
      );
      assert.equal(await editor(page).getByLabel('Deck title').inputValue(), 'My briefing');

      // The link carries the deck to a browser that has never seen it.
      await editor(page).getByRole('button', { name: 'Copy link to this deck' }).click();
      const link = await editor(page).getByLabel('Link to this deck').inputValue();
      assert.match(link, /#deckz=[A-Za-z0-9_-]+$/);
      const other = await atlas.newPage({ width: 1024, height: 768 });
      await other.goto(link.replace(/\?/, '?theme=projector&').replace(/\/#/, '/?theme=projector#'));
      await waitForStatus(other, /Deck replaced \(5 slides\)/);
      await openEditor(other);
      assert.deepEqual(
        await slideTitles(other),
        FIVE.map((s) => s.title),
      );
      assert.equal(new URL(other.url()).hash, '', 'the deck moved from the address into the browser');
      assert.deepEqual(await axeViolations(other), []);
      await other.screenshot({ path: '/tmp/i26-editor-1024.png' });
      assertClean(other);
      await other.context().close();

      // Presenting with the presenter view: a key in either window moves both.
      const popup = await openPresenter(page);
      await page.locator('.present-count', { hasText: /^1\/5$/ }).waitFor();
      assert.equal(await presenterTitle(popup), 'The hemisphere');
      assert.equal(await popup.locator('[data-presenter-next]').innerText(), 'Honduras');
      assert.equal(await popup.locator('[data-presenter-notes]').innerText(), 'Open with the whole map.');
      await popup.keyboard.press('PageDown');
      await page.locator('.present-count', { hasText: /^2\/5$/ }).waitFor();
      await popup.locator('[data-presenter-title]', { hasText: 'Honduras' }).waitFor();
      await pressSlideKey(page, 'ArrowRight', 3);
      await popup.locator('[data-presenter-title]', { hasText: 'Mexico' }).waitFor();
      assert.equal(await popup.locator('[data-presenter-notes]').innerText(), 'Mérida is Mexico’s.');
      await popup.keyboard.press('Space');
      await page.locator('.present-count', { hasText: /^4\/5$/ }).waitFor();
      await popup.keyboard.press('PageUp');
      await page.locator('.present-count', { hasText: /^3\/5$/ }).waitFor();
      assert.match(await page.locator('.present-title').innerText(), /^Mexico$/);
      await page.waitForURL((u) => u.searchParams.get('country') === 'MEX');
      await popup.screenshot({ path: '/tmp/i26-presenter.png' });
      await page.keyboard.press('Escape');
      await page.locator('.present-bar').waitFor({ state: 'detached' });

      // PowerPoint: one slide per deck slide, with its image, title and notes.
      // Leaving the presentation brings the editor back as it was.
      await editor(page).waitFor();
      checkPptx(await downloadPptx(page), FIVE);
      await editor(page).locator('.deck-status', { hasText: 'PowerPoint saved as my-briefing.pptx.' }).waitFor();

      // Print: one page per slide with its image and notes.
      await editor(page).getByRole('button', { name: 'Print with notes' }).click();
      await page
        .locator('.deck-print-page img')
        .nth(4)
        .waitFor({ state: 'attached', timeout: MAP_TIMEOUT * 2 });
      assert.equal(await page.locator('.deck-print-page').count(), 5);
      assert.deepEqual(
        await page.locator('.deck-print-notes').allTextContents(),
        FIVE.map((s) => s.notes),
      );
      assertClean(page);
      await page.context().close();
    },
  );

  it(
    'refuses bad decks with a message naming the problem, renders nothing as HTML and keeps the deck being edited',
    { timeout: MAP_TIMEOUT * 3 },
    async () => {
      const page = await atlas.newPage();
      await openAtlas(page);
      await openEditor(page);
      await addSlide(page, 1, { title: 'Mine', notes: 'Keep me.' });
      const good = (slides, extra = {}) =>
        JSON.stringify({ type: 'hemisphere-atlas-deck', version: 1, title: 'T', lang: 'en', slides, ...extra });
      const slide = (extra = {}, state = {}) => ({
        state: { country: 'HND', initiative: null, year: 2012, panel: 'details', ...state },
        title: 'A',
        caption: 'B',
        notes: 'C',
        ...extra,
      });
      /** @type {[string, string, RegExp][]} */
      const cases = [
        ['not JSON', 'this is not { json', /^Deck refused: it is not JSON\.$/],
        [
          'wrong type',
          good([slide()], { type: 'slides' }),
          /^Deck refused: its type is slides, not "hemisphere-atlas-deck"\.$/,
        ],
        [
          'wrong version',
          good([slide()], { version: 7 }),
          /^Deck refused: its version is 7; this atlas reads version 1\.$/,
        ],
        [
          '5 MB of text',
          good([slide({ notes: 'x'.repeat(5_000_000) })]),
          /^Deck refused: it is too large \(5\.0 MB; at most 1 MB\)\.$/,
        ],
        [
          'HTML in the title',
          good([slide()], { title: '<img src=x onerror="window.__pwned=1">' }),
          /^Deck refused: "title" holds HTML, which a deck may not carry\.$/,
        ],
      ];
      const input = editor(page).locator('input[type="file"]');
      for (const [name, json, message] of cases) {
        await input.setInputFiles({ name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(json) });
        await waitForStatus(page, message);
        assert.deepEqual(await slideTitles(page), ['Mine'], `${name}: the deck being edited is kept`);
        await page.locator('.status-message button').first().click();
      }
      // Bad slides are left out, each named; the rest of the deck opens.
      const mixed = good([
        slide({ title: 'Fine' }),
        slide({}, { country: 'XXX' }),
        slide({}, { initiative: 'nato' }),
        slide({ caption: '<script>window.__pwned=1</script>' }),
      ]);
      await input.setInputFiles({ name: 'mixed.json', mimeType: 'application/json', buffer: Buffer.from(mixed) });
      await waitForStatus(page, /Deck replaced \(1 slides\)/);
      const said = await statusTexts(page);
      for (const re of [
        /Deck: slide 2 left out: the country "XXX" is not in the atlas\./,
        /Deck: slide 3 left out: the initiative "nato" is not in the atlas\./,
        /Deck: slide 4 left out: "caption" holds HTML/,
      ])
        assert.ok(
          said.some((s) => re.test(s)),
          `${re} in ${JSON.stringify(said)}`,
        );
      assert.deepEqual(await slideTitles(page), ['Fine']);
      await editor(page).getByRole('button', { name: 'Undo' }).click();
      assert.deepEqual(await slideTitles(page), ['Mine']);
      // A damaged link is refused the same way.
      await page.goto(`${page.origin}/#deckz=!!!`);
      await waitForStatus(page, /^Deck refused: the link is damaged/);
      // (The same page: a hash-only address change does not reload, so the editor is still open.)
      assert.deepEqual(await slideTitles(page), ['Mine']);
      assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script from a deck ran');
      assert.equal(await page.locator('img[src="x"]').count(), 0);
      assertClean(page);
      await page.context().close();
    },
  );
});
