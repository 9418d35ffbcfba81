// Citations: every fact in a panel carries a numbered mark that jumps to its
// source in the panel's source list, which links to the document itself.
import { useAtlasData } from '../state/atlasContext.ts';
import type { Cited, Source } from '../data/types.ts';
import { t } from '../i18n/strings.ts';
import { sourceDate } from './sourceLine.ts';
import { useAtlas } from '../state/store.ts';

/** A source's number is its place in data/sources.json: the same everywhere in the atlas. */
export function useSourceNumbers(): Map<string, number> {
  const { index } = useAtlasData();
  return new Map(index.data.sources.map((s, i) => [s.id, i + 1]));
}

/** The source ids behind a set of records, in source-number order, each once. */
export function sourcesOf(records: readonly Cited[], numbers: ReadonlyMap<string, number>): string[] {
  const ids = new Set(records.flatMap((r) => r.sourceIds));
  return [...ids].sort((a, b) => (numbers.get(a) ?? 0) - (numbers.get(b) ?? 0));
}

export function sourceHref(source: Source): string | undefined {
  // Seeds ship with the atlas, so they open even with no network.
  if (source.seedFile) return `sources/${source.seedFile}`;
  return source.url;
}

/** The copy of a source that ships with the atlas (a seed, or the excerpt the quotes come from): opens offline. */
export function storedCopyHref(source: Source): string {
  return source.seedFile ? `sources/${source.seedFile}` : `sources/${source.id}.txt`;
}

/** The passages a record quotes from its sources. */
export function quotesOf(record: Cited): string[] {
  return [...(record.quote ? [record.quote] : []), ...(record.quotes ?? [])];
}

export function citationText(s: Source): string {
  return [s.title, s.publisher, s.date, s.docNumber].filter(Boolean).join(', ');
}

export function Cite({ record }: { record: Cited }) {
  const { index } = useAtlasData();
  const numbers = useSourceNumbers();
  const lang = useAtlas((s) => s.lang);
  const quotes = quotesOf(record);
  return (
    <>
      <sup className="cite">
        {record.sourceIds.map((id) => {
          const source = index.sources.get(id);
          if (!source) return null;
          return (
            <a
              key={id}
              href={`#src-${id}`}
              aria-label={`${t(lang, 'sourceOf')} ${numbers.get(id)}: ${citationText(source)}`}
              title={citationText(source)}
            >
              [{numbers.get(id)}]
            </a>
          );
        })}
      </sup>
      {quotes.length > 0 && <Evidence quotes={quotes} sourceIds={record.sourceIds} />}
    </>
  );
}

/** The record's quoted passages on demand, with links to the stored copies they were taken from. */
function Evidence({ quotes, sourceIds }: { quotes: string[]; sourceIds: readonly string[] }) {
  const { index } = useAtlasData();
  const numbers = useSourceNumbers();
  const lang = useAtlas((s) => s.lang);
  return (
    <details className="evidence">
      <summary aria-label={t(lang, 'showQuote')} title={t(lang, 'showQuote')}>
        <span aria-hidden="true">❝</span>
      </summary>
      <div className="evidence-body">
        <p className="evidence-title">{t(lang, 'quotedPassage')}</p>
        {quotes.map((q, i) => (
          <blockquote key={i}>{q}</blockquote>
        ))}
        <p className="evidence-copies">
          {t(lang, 'storedCopy')}:{' '}
          {sourceIds.map((id, i) => {
            const source = index.sources.get(id);
            if (!source) return null;
            return (
              <span key={id}>
                {i > 0 && ' · '}
                <a
                  href={storedCopyHref(source)}
                  target="_blank"
                  rel="noopener noreferrer"
                  title={t(lang, 'storedExcerpt')}
                >
                  [{numbers.get(id)}] {source.title}
                </a>
              </span>
            );
          })}
        </p>
      </div>
    </details>
  );
}

export function SourceList({ records }: { records: readonly Cited[] }) {
  const { index } = useAtlasData();
  const numbers = useSourceNumbers();
  const lang = useAtlas((s) => s.lang);
  const ids = sourcesOf(records, numbers);
  if (ids.length === 0) return null;
  return (
    <section className="sources" aria-labelledby="sources-title">
      <h3 id="sources-title">{t(lang, 'sources')}</h3>
      <ol className="source-list">
        {ids.map((id) => {
          const s = index.sources.get(id)!;
          const href = sourceHref(s);
          return (
            <li key={id} id={`src-${id}`} value={numbers.get(id)} tabIndex={-1}>
              <cite>{s.title}</cite>. {s.publisher}, {sourceDate(s.date, lang)}
              {s.docNumber ? `, ${s.docNumber}` : ''}.{' '}
              {href && (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {s.seedFile ? `${t(lang, 'readDocument')} (${t(lang, 'archivedCopy')})` : t(lang, 'openSource')}
                </a>
              )}
              {!s.seedFile && (
                <>
                  {' · '}
                  <a href={storedCopyHref(s)} target="_blank" rel="noopener noreferrer">
                    {t(lang, 'storedCopy')} ({t(lang, 'storedExcerpt')})
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
