// Taking the atlas with you (issue 27): the current view's data as CSV and JSON with its sources, the view cited
// in APA, Chicago and BibTeX, and a one-page country handout, each as a reader gets them in Chromium.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { axeViolations, MAP_TIMEOUT, openAtlas, startAtlas } from '../driver.mjs';

let atlas;
before(async () => {
  atlas = await startAtlas();
});
after(async () => {
  await atlas?.stop();
});

/** Opens the Download data dialog and saves one of its files; resolves to the file's text. */
async function download(page, buttonName) {
  await page.getByRole('button', { name: /^(Download data|Descargar datos)$/ }).click();
  const dialog = page.getByRole('dialog', { name: /Download the data|Descargar los datos/ });
  await dialog.waitFor();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: buttonName }).click(),
  ]);
  const path = await file.path();
  const { readFile } = await import('node:fs/promises');
  const text = await readFile(path, 'utf8');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  return { name: file.suggestedFilename(), text };
}

/** RFC 4180 rows (fields may hold quoted commas and line breaks): enough to read the downloads back. */
function parseCsv(text) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((field += '"'), i++);
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (rows.at(-1).push(field), (field = ''));
    else if (c === '\n') (rows.at(-1).push(field), (field = ''), rows.push([]));
    else if (c !== '\r') field += c;
  }
  if (field || rows.at(-1).length) rows.at(-1).push(field);
  else rows.pop();
  return rows;
}

describe('Download data', () => {
  it("saves ?initiative=carsi's members as CSV with a sources column, the sources beside them, and JSON", async () => {
    const page = await atlas.newPage({ width: 1280, height: 800 }, { acceptDownloads: true });
    await openAtlas(page, 'initiative=carsi');
    const csv = await download(page, 'Data (CSV)');
    assert.equal(csv.name, 'hemisphere-atlas-initiative-carsi.csv');
    assert.ok(csv.text.startsWith('\uFEFF'), 'a byte-order mark, so Excel reads UTF-8');
    const [header, ...rows] = parseCsv(csv.text.slice(1));
    assert.ok(header.includes('sources'), `header: ${header}`);
    assert.ok(header.includes('iso3'));
    const iso = header.indexOf('iso3');
    const sources = header.indexOf('sources');
    assert.ok(rows.length >= 7, `${rows.length} rows`);
    for (const code of ['GTM', 'SLV', 'HND', 'NIC', 'CRI', 'PAN', 'BLZ'])
      assert.ok(
        rows.some((r) => r[iso] === code),
        `${code} has a row`,
      );
    for (const r of rows) assert.match(r[sources], /^\S+( \S+)*$/, `${r[iso]} names its sources`);

    const sourcesFile = await download(page, 'Sources (CSV)');
    const [sourceHeader, ...sourceRows] = parseCsv(sourcesFile.text.slice(1));
    assert.deepEqual(sourceHeader, ['id', 'title', 'publisher', 'date', 'url', 'docNumber', 'storedCopy']);
    const cited = new Set(rows.flatMap((r) => r[sources].split(' ')));
    assert.deepEqual(new Set(sourceRows.map((r) => r[0])), cited, 'every cited source, once');

    const json = JSON.parse((await download(page, 'Data and sources (JSON)')).text);
    await page.getByRole('button', { name: 'Download data' }).click();
    await page
      .getByRole('dialog', { name: 'Download the data of this view' })
      .getByText(/^Saved|^What you are looking at/)
      .first()
      .waitFor();
    assert.deepEqual(await axeViolations(page), [], 'the Download dialog is axe-clean');
    await page.keyboard.press('Escape');
    assert.equal(json.atlas, 'Hemisphere Atlas');
    assert.match(json.version, /^\d+\.\d+\.\d+\+data\.\d{4}-\d{2}-\d{2}$/);
    assert.equal(json.rows.length, rows.length);
    assert.ok(
      json.sources.every((s) => s.title),
      'each source has its title',
    );
    assert.deepEqual(page.problems.pageErrors, []);
    await page.context().close();
  });
});

describe('Cite this view', () => {
  it("shows the atlas's name, the view, the version, an access date and a BibTeX entry, and copies them", async () => {
    const page = await atlas.newPage(
      { width: 1920, height: 1080 },
      { permissions: ['clipboard-read', 'clipboard-write'] },
    );
    await openAtlas(page, 'country=HND&year=2012');
    const cite = page.getByRole('button', { name: 'Cite', exact: true });
    await cite.click();
    const dialog = page.getByRole('dialog', { name: 'Cite this view' });
    await dialog.waitFor();
    const apa = await dialog.getByLabel('APA').inputValue();
    const bibtex = await dialog.getByLabel('BibTeX').inputValue();
    const today = await page.evaluate(() =>
      new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date()),
    );
    assert.match(apa, /^Hemisphere Atlas\. \(\d{4}\)\. Hemisphere Atlas: Honduras, 2012 \(Version \S+\)/);
    assert.ok(apa.includes(`Retrieved ${today}, from ${page.origin}/?country=HND&year=2012`), apa);
    assert.ok((await dialog.getByLabel('Chicago').inputValue()).includes(`Accessed ${today}.`));
    assert.match(bibtex, /^@misc\{hemisphere_atlas_\d{4}_honduras_2012,\n/);
    assert.match(bibtex, /urldate\s+= \{\d{4}-\d{2}-\d{2}\}/);
    assert.match(bibtex, /version\s+= \{\d+\.\d+\.\d+\+data\./);
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/cite-1920.png` });
    assert.deepEqual(await axeViolations(page), []);
    await dialog
      .locator('.share-field', { has: page.locator('#cite-bibtex') })
      .getByRole('button', { name: 'Copy' })
      .click();
    await dialog.getByText('Copied').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), bibtex);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Cite', 'focus is back on Cite');
    await page.context().close();
  });

  it('speaks Spanish on a Spanish page, and fits a phone', async () => {
    const page = await atlas.newPage({ width: 375, height: 812 });
    await openAtlas(page, 'initiative=cbsi&lang=es');
    await page.getByRole('button', { name: 'Citar', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Citar esta vista' });
    await dialog.waitFor();
    const apa = await dialog.getByLabel('APA').inputValue();
    assert.match(apa, /^Atlas Hemisférico\. \(\d{4}\)\. Atlas Hemisférico: .*Caribe.*, todos los años \(Versión /);
    assert.match(apa, /Recuperado el \d{1,2} de \w+ de \d{4}, de /);
    assert.match(await dialog.getByLabel('BibTeX').inputValue(), /language\s+= \{spanish\}/);
    const box = await dialog.boundingBox();
    assert.ok(
      box && box.x >= 0 && box.x + box.width <= 375,
      `the dialog fits the phone's width: ${JSON.stringify(box)}`,
    );
    if (process.env.SCREENSHOT_DIR) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/cite-375.png` });
    assert.deepEqual(await axeViolations(page), []);
    await page.context().close();
  });
});

/** Pages in a PDF: its page objects ("/Type /Page", not "/Pages"). */
function pdfPages(bytes) {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/** The first page's size in points, [width, height]. */
function mediaBox(bytes) {
  const m = bytes.toString('latin1').match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
  return m ? [Math.round(Number(m[1])), Math.round(Number(m[2]))] : null;
}
const PORTRAIT = { Letter: [612, 792], A4: [596, 843] };

describe('the country handout', () => {
  it(
    'prints every country with data on exactly one Letter page and one A4 page, in both languages',
    { timeout: 20 * MAP_TIMEOUT },
    async () => {
      const page = await atlas.newPage({ width: 1280, height: 800 });
      // The print dialog is the browser's; the test prints with page.pdf() instead, when the atlas asks to print.
      await page.addInitScript(() => {
        window.__prints = 0;
        window.print = () => void window.__prints++;
      });
      await openAtlas(page, 'country=HND&renderer=svg');
      const countries = await page.evaluate(async () => {
        const data = await (await fetch('data/atlas.json')).json();
        return [...new Set(data.memberships.map((m) => m.country))].sort();
      });
      assert.ok(countries.length >= 20, `${countries.length} countries with data`);
      let prints = 0;
      for (const [i, iso] of countries.entries()) {
        const lang = i % 2 === 0 ? 'en' : 'es';
        // Back and forward move through selections: the app reads the address on popstate. The table view: no map to
        // redraw between countries, on a slow machine.
        await page.evaluate(
          ([c, l]) => {
            history.pushState(null, '', `?country=${c}&lang=${l}&view=table`);
            dispatchEvent(new PopStateEvent('popstate'));
          },
          [iso, lang],
        );
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
        for (const format of ['Letter', 'A4']) {
          await page.getByRole('button', { name: lang === 'en' ? 'Download data' : 'Descargar datos' }).click();
          await page.getByRole('button', { name: lang === 'en' ? 'Print handout' : 'Imprimir ficha' }).click();
          await page.waitForFunction((n) => window.__prints === n, ++prints);
          const heading = await page.locator(`[data-handout="${iso}"][data-handout-ready] h1`).textContent();
          assert.ok(heading?.length, `${iso}'s handout names it`);
          const pdf = await page.pdf({ format, printBackground: true });
          assert.equal(pdfPages(pdf), 1, `${iso} (${lang}) on ${format}: ${pdfPages(pdf)} pages`);
          // Portrait, the handout's page, not the landscape page the map prints on.
          assert.deepEqual(mediaBox(pdf), PORTRAIT[format], `${iso} on ${format}`);
          if (process.env.HANDOUT_PDF_DIR)
            (await import('node:fs')).writeFileSync(
              `${process.env.HANDOUT_PDF_DIR}/handout-${iso}-${lang}-${format}.pdf`,
              pdf,
            );
        }
      }
      assert.deepEqual(page.problems.pageErrors, []);
      await page.context().close();
    },
  );
});
