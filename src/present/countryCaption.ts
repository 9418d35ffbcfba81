// The caption and source line of a country's exported image: its part in each initiative (what it belongs to now
// first, then what it has left), with the years, and the sources of those membership records. Pure, so it is tested
// without a browser.
import { partsOf, type AtlasIndex } from '../data/joins.ts';
import type { Iso3, Lang, Membership } from '../data/types.ts';
import { statusLabel, t } from '../i18n/strings.ts';
import { yearSpan } from '../panels/format.ts';
import { sourceLine } from '../panels/sourceLine.ts';

type Span = Pick<Membership, 'firstYear' | 'lastYear' | 'basis'>;

/**
 * A country's records in one initiative as the fewest spans: overlapping or adjacent years join (a signatory's
 * years and a funded partner's are one part in the initiative); a joined span of mixed bases is said in plain years.
 */
export function joinSpans(records: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const m of [...records].sort((a, b) => a.firstYear - b.firstYear)) {
    const last = out.at(-1);
    if (last && (last.lastYear === null || m.firstYear <= last.lastYear + 1)) {
      last.lastYear = last.lastYear === null || m.lastYear === null ? null : Math.max(last.lastYear, m.lastYear);
      if (last.basis !== m.basis) last.basis = 'calendar';
    } else out.push({ firstYear: m.firstYear, lastYear: m.lastYear, basis: m.basis });
  }
  return out;
}

export function countryCaption(
  lang: Lang,
  iso: Iso3,
  year: number | null,
  index: AtlasIndex,
): { caption: string; sources: string } {
  const parts = partsOf(index.memberships, iso, year).sort(
    (a, b) => Number(a.status === 'former') - Number(b.status === 'former'),
  );
  const records = parts.flatMap((p) => index.memberships.get(iso)?.get(p.initiative) ?? []);
  if (parts.length === 0) return { caption: t(lang, 'noInitiative'), sources: t(lang, 'dataCredit') };
  const caption = parts
    .map((p) => {
      const spans = joinSpans(index.memberships.get(iso)?.get(p.initiative) ?? [])
        .map((m) => yearSpan(lang, m))
        .join(', ');
      return `${index.initiatives.get(p.initiative)!.shortName[lang]}: ${statusLabel(lang, p.status)}${year !== null ? ` (${year})` : ''}, ${spans}`;
    })
    .join(' · ');
  return {
    caption: `${index.countries.get(iso)!.name[lang]} — ${caption}.`,
    sources: sourceLine(lang, [...new Set(records.flatMap((m) => m.sourceIds))], index),
  };
}
