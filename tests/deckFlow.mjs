// What a briefer does with the deck editor, as verbs shared by the served app's test (browser/deck.test.mjs) and
// the briefing copy's (browser/offline.test.mjs).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { MAP_TIMEOUT } from './driver.mjs';

export const editor = (page) => page.locator('#deck-editor');
export const slideItems = (page) => editor(page).locator('.deck-slide');

export async function openEditor(page) {
  await page.getByRole('button', { name: 'Your deck' }).click();
  await editor(page).waitFor();
}

/** The titles of the deck's slides, in order, as the editor shows them. */
export function slideTitles(page) {
  return slideItems(page)
    .locator('[data-field="title"]')
    .evaluateAll((inputs) => inputs.map((i) => i.value));
}

/**
 * Chooses a view through the interface a person uses: the search for a country, the legend for an initiative.
 * @param {import('playwright-core').Page} page
 * @param {{ country?: string, initiative?: string }} view
 */
export async function chooseView(page, { country, initiative }) {
  // (The one initiative the five-slide deck uses.)
  assert.ok(!initiative || initiative === 'CBSI');
  if (country) {
    await page.locator('#atlas-search').fill(country);
    await page.locator('[role="listbox"] [role="option"]', { hasText: country }).first().click();
    await page.locator('#details h2', { hasText: country }).waitFor();
  } else if (initiative) {
    await page.locator('.legend-select', { hasText: initiative }).click();
    await page.locator('#details h2', { hasText: 'Caribbean Basin Security Initiative' }).waitFor();
  }
}

export async function addSlide(page, n, { title, notes }) {
  await editor(page).getByRole('button', { name: 'Add slide', exact: true }).click();
  await slideItems(page)
    .nth(n - 1)
    .waitFor();
  const item = slideItems(page).nth(n - 1);
  await item.locator('[data-field="title"]').fill(title);
  await item.locator('[data-field="notes"]').fill(notes);
}

export const FIVE = [
  { view: {}, title: 'The hemisphere', notes: 'Open with the whole map.' },
  { view: { country: 'Honduras' }, title: 'Honduras', notes: 'Honduras: CARSI partner.' },
  { view: { country: 'Mexico' }, title: 'Mexico', notes: 'Mérida is Mexico’s.' },
  { view: { initiative: 'CBSI' }, title: 'The Caribbean', notes: 'CBSI since 2010.' },
  { view: { country: 'Colombia' }, title: 'Colombia', notes: 'Plan Colombia came first.' },
];

/** Five slides from nothing, each a different view, with titles and notes typed in. */
export async function buildFiveSlideDeck(page) {
  for (const [i, s] of FIVE.entries()) {
    await chooseView(page, s.view);
    await addSlide(page, i + 1, s);
  }
  assert.deepEqual(
    await slideTitles(page),
    FIVE.map((s) => s.title),
  );
}

/** Downloads the deck's PowerPoint; resolves to its files (a .pptx is a zip) as { path: Uint8Array }. */
export async function downloadPptx(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: MAP_TIMEOUT * 2 }),
    editor(page).getByRole('button', { name: 'Download PowerPoint' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /\.pptx$/);
  return unzipSync(new Uint8Array(await readFile(await download.path())));
}

/** One slide per deck slide, each with its map image, its title as text and its notes as speaker notes. */
export function checkPptx(files, slides) {
  const names = Object.keys(files);
  const slideXml = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
  assert.equal(slideXml.length, slides.length, 'one PowerPoint slide per deck slide');
  const images = names.filter((n) => /^ppt\/media\/.+\.png$/.test(n));
  assert.equal(images.length, slides.length, 'one map image per slide');
  for (const img of images) {
    const bytes = files[img];
    assert.equal(strFromU8(bytes.subarray(1, 4)), 'PNG');
    // IHDR: the export's 1920×1080.
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    assert.deepEqual([view.getUint32(16), view.getUint32(20)], [1920, 1080]);
  }
  slides.forEach((s, i) => {
    const xml = strFromU8(files[`ppt/slides/slide${i + 1}.xml`]);
    assert.ok(xml.includes(`>${s.title}<`), `slide ${i + 1} has its title "${s.title}"`);
    assert.match(xml, /r:embed="rId\d+"/, `slide ${i + 1} shows an image`);
    const notes = strFromU8(files[`ppt/notesSlides/notesSlide${i + 1}.xml`] ?? new Uint8Array());
    assert.ok(notes.includes(s.notes), `slide ${i + 1} has its notes`);
  });
}

/** Opens the presenter view; resolves to its window. */
export async function openPresenter(page) {
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    editor(page).getByRole('button', { name: 'Presenter view' }).click(),
  ]);
  await popup.locator('[data-presenter-title]').waitFor();
  return popup;
}

export const presenterTitle = (popup) => popup.locator('[data-presenter-title]').innerText();
