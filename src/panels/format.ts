// Year spans and money as the panels print them.
import type { Funding, Lang, Membership } from '../data/types.ts';
import { formatUsd, t, tf } from '../i18n/strings.ts';

export function yearSpan(lang: Lang, m: Pick<Membership, 'firstYear' | 'lastYear' | 'basis'>): string {
  const fy = m.basis === 'fiscal' ? t(lang, 'fiscalYear') : '';
  if (m.lastYear === null) return `${t(lang, 'since')} ${fy}${m.firstYear}`;
  if (m.lastYear === m.firstYear) return `${fy}${m.firstYear}`;
  return `${fy}${m.firstYear}–${fy}${m.lastYear}`;
}

export function fySpan(lang: Lang, f: Pick<Funding, 'fyFirst' | 'fyLast' | 'openEnded'>): string {
  if (f.openEnded) return tf(lang, 'fySince', { a: f.fyFirst });
  return f.fyFirst === f.fyLast
    ? tf(lang, 'fySingle', { a: f.fyFirst })
    : tf(lang, 'fyRange', { a: f.fyFirst, b: f.fyLast });
}

export function amountText(lang: Lang, f: Pick<Funding, 'amountUsd' | 'qualifier'>): string {
  const amount = formatUsd(lang, f.amountUsd);
  return f.qualifier ? `${f.qualifier[lang]} ${amount}` : amount;
}
