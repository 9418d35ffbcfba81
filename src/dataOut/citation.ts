// "Cite this view": the view as an APA and a Chicago reference and a BibTeX
// entry, each naming the atlas, the view (what is selected, and its address),
// the data's version and the access date, in the page's language. Pure, so
// the wording and the BibTeX escaping are tested.
import type { Lang } from '../data/types.ts';
import { t, tf } from '../i18n/strings.ts';

export interface CiteInput {
  lang: Lang;
  /** What the view shows, in words: "Honduras, 2012", "Caribbean Basin Security Initiative, all years". */
  view: string;
  /** The view's address. */
  url: string;
  /** The data's version, e.g. "0.1.0+data.2026-12-07". */
  version: string;
  /** ISO date the data last changed: its year is the publication year. */
  dataDate: string;
  accessed: Date;
}

export interface Citations {
  apa: string;
  chicago: string;
  bibtex: string;
}

const LOCALES: Record<Lang, string> = { en: 'en-US', es: 'es-ES' };

/** "December 7, 2026" / "7 de diciembre de 2026", in UTC so a reader's time zone does not move the day. */
export function longDate(lang: Lang, date: Date): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Text inside a BibTeX field: LaTeX's special characters escaped, so a name cannot break the entry. */
export function bibtexText(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (c) => {
    if (c === '\\') return '\\textbackslash{}';
    if (c === '~') return '\\textasciitilde{}';
    if (c === '^') return '\\textasciicircum{}';
    return `\\${c}`;
  });
}

/** A citation key of plain ASCII letters, digits and underscores: "hemisphere_atlas_2026_honduras_2012". */
export function bibtexKey(atlas: string, year: string, view: string): string {
  const slug = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '') // accents off: é → e
      .replace(/[^A-Za-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .toLowerCase();
  return [slug(atlas), year, slug(view)].filter(Boolean).join('_').slice(0, 80);
}

export function citeView(input: CiteInput): Citations {
  const { lang, view, url, version } = input;
  const atlas = t(lang, 'appTitle');
  const year = /^\d{4}/.test(input.dataDate) ? input.dataDate.slice(0, 4) : t(lang, 'citeNoDate');
  const accessed = longDate(lang, input.accessed);
  const kind = t(lang, 'citeKind');
  const title = `${atlas}: ${view}`;
  const apa = `${atlas}. (${year}). ${title} (${tf(lang, 'citeVersion', { version })}) [${kind}]. ${tf(lang, 'citeRetrieved', { date: accessed, url })}`;
  const chicago = `${atlas}. ${tf(lang, 'citeQuoted', { view })} ${atlas}, ${tf(lang, 'citeVersionLower', { version })}. ${tf(lang, 'citeAccessed', { date: accessed })} ${url}.`;
  const fields: [string, string][] = [
    ['author', `{${bibtexText(atlas)}}`],
    ['title', `{${bibtexText(atlas)}}: ${bibtexText(view)}`],
    ['year', year],
    ['version', bibtexText(version)],
    ['howpublished', bibtexText(kind)],
    // url is verbatim in biblatex; only a brace or a percent sign could end the field or comment out the rest.
    ['url', url.replace(/[{}%]/g, encodeURIComponent)],
    ['urldate', isoDate(input.accessed)],
    ['note', bibtexText(tf(lang, 'citeAccessed', { date: accessed }))],
    ['language', lang === 'es' ? 'spanish' : 'english'],
  ];
  const width = Math.max(...fields.map(([k]) => k.length));
  const bibtex = `@misc{${bibtexKey(atlas, year, view)},\n${fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v}}`).join(',\n')}\n}`;
  return { apa, chicago, bibtex };
}
