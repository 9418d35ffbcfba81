// The current view in words, for a citation's title and the handout: what is
// selected (or which overview) and for which year.
import type { AtlasIndex } from '../data/joins.ts';
import type { Lang } from '../data/types.ts';
import { t } from '../i18n/strings.ts';
import type { DataView } from './table.ts';

export function viewLabel(index: AtlasIndex, lang: Lang, v: DataView): string {
  const when = v.year === null ? t(lang, 'allYears').toLowerCase() : String(v.year);
  let what: string;
  if (v.panel === 'compare') what = t(lang, 'citeComparison');
  else if (v.country) what = index.countries.get(v.country)?.name[lang] ?? v.country;
  else if (v.initiative) what = index.initiatives.get(v.initiative)?.name[lang] ?? v.initiative;
  else what = v.view === 'table' ? t(lang, 'citeTable') : t(lang, 'citeOverview');
  return `${what}, ${when}`;
}
