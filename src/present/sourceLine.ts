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

export function sourceLine(lang: Lang, sourceIds: readonly string[], index: AtlasIndex): string {
  const parts = sourceIds.flatMap((id) => {
    const s = index.sources.get(id);
    return s ? [`${shortPublisher(s.publisher)}, ${s.title} (${s.date})`] : [];
  });
  return `${lang === 'es' ? 'Fuentes' : 'Sources'}: ${parts.join('; ')}`;
}
