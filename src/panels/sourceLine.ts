// "Sources: GAO, Status of Funding … (30 Jan 2013); CRS, …": the line a slide
// and an exported image carry, built from sources.json alone.
import type { AtlasIndex } from '../data/joins.ts';
import type { Lang } from '../data/types.ts';

const SHORT_PUBLISHERS: [RegExp, string][] = [
  [/Government Accountability Office/, 'GAO'],
  [/Congressional Research Service/, 'CRS'],
  [/^U\.S\. Department of State.*|^Bureau of International Narcotics.*/, 'U.S. Department of State'],
];

function shortPublisher(publisher: string): string {
  for (const [re, short] of SHORT_PUBLISHERS) if (re.test(publisher)) return short;
  return publisher;
}

/** The English notes sources.json carries beside its dates, in Spanish. */
const DATE_NOTES_ES: [RegExp, string][] = [
  [/June–August 2009 versions; HSDL abstract of/, 'versiones de junio a agosto de 2009; resumen de HSDL del'],
  [
    /transmittal letter of the FY2012 CARSI spend plan/,
    'carta de remisión del plan de gasto de CARSI del año fiscal 2012',
  ],
  [/a revision of the fact sheet of/, 'revisión de la hoja informativa del'],
  [/GAO report number not identified/, 'número de informe de la GAO no identificado'],
  [/page current after/, 'página vigente después de'],
  [/images dated/, 'imágenes fechadas el'],
  [/publicly released/, 'publicado el'],
  [/\bpublished\b/, 'publicado el'],
  [/HSDL abstract\) and/, 'resumen de HSDL) y'],
  [/\bafter\b/, 'después de'],
  [/\bundated\b/, 'sin fecha'],
  [/\bsigned\b/, 'firmado el'],
  [/\bearly\b/, 'principios de'],
];
const MONTH =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const MONTHS_ES: Record<string, string> = {
  jan: 'ene',
  feb: 'feb',
  mar: 'mar',
  apr: 'abr',
  may: 'may',
  jun: 'jun',
  jul: 'jul',
  aug: 'ago',
  sep: 'sep',
  oct: 'oct',
  nov: 'nov',
  dec: 'dic',
};
const monthEs = (m: string) => MONTHS_ES[m.slice(0, 3).toLowerCase()] ?? m;

/** A source's date as sources.json prints it ("4 Sep 2008", "Mar 29, 2012", "undated"), in the reader's language. */
export function sourceDate(date: string, lang: Lang): string {
  if (lang === 'en') return date;
  let out = date;
  for (const [re, es] of DATE_NOTES_ES) out = out.replace(re, es);
  // "Mar 29, 2012" and "Dec 11–12, 2008" read day first in Spanish.
  out = out.replace(
    new RegExp(`\\b(${MONTH}) (\\d{1,2}(?:–\\d{1,2})?), (\\d{4})`, 'g'),
    (_, m: string, d: string, y: string) => `${d} ${monthEs(m)} ${y}`,
  );
  return out.replace(new RegExp(`\\b(${MONTH})\\b`, 'g'), (m: string) => monthEs(m));
}

export function sourceLine(lang: Lang, sourceIds: readonly string[], index: AtlasIndex): string {
  const parts = sourceIds.flatMap((id) => {
    const s = index.sources.get(id);
    return s ? [`${shortPublisher(s.publisher)}, ${s.title} (${sourceDate(s.date, lang)})`] : [];
  });
  return `${lang === 'es' ? 'Fuentes' : 'Sources'}: ${parts.join('; ')}`;
}
