// "FY"/"AF" before a year, marked up as the abbreviation it is, with its meaning as the title: a reader who has never
// met a fiscal year can find out, and screen readers can expand it.
import { t } from '../i18n/strings.ts';
import { useAtlas } from '../state/store.ts';

export function FyText({ text }: { text: string }) {
  const lang = useAtlas((s) => s.lang);
  const short = t(lang, 'fiscalYear');
  // Split on the abbreviation where a year follows it: the captured abbreviations are the odd pieces.
  const pieces = text.split(new RegExp(`\\b(${short})(?=\\d{4})`));
  return (
    <>
      {pieces.map((piece, i) =>
        i % 2 === 1 ? (
          <abbr key={i} title={t(lang, 'fiscalYearTitle')}>
            {piece}
          </abbr>
        ) : (
          piece
        ),
      )}
    </>
  );
}
