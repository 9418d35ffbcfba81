// Money on chart axes and labels: short ("$135M", "US$1,3 mil M") where space is tight.
import type { Lang } from '../../data/types.ts';
import { numberFormat } from '../../i18n/strings.ts';

export function shortUsd(lang: Lang, amount: number): string {
  const big = amount >= 1e9;
  const n = numberFormat(lang, big ? 2 : 1).format(big ? amount / 1e9 : amount / 1e6);
  if (lang === 'es') return big ? `US$${n} mil M` : `US$${n} M`;
  return big ? `$${n}B` : `$${n}M`;
}
