// The language a reader's browser asks for, when the address names none: the first of navigator.languages
// ("es-MX", "en-GB", …) whose language the atlas speaks. A `lang` parameter always wins over it.
import { LANGS, type Lang } from '../data/types.ts';

export function preferredLang(languages: readonly string[] | undefined, fallback: Lang): Lang {
  for (const tag of languages ?? []) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    const lang = LANGS.find((l) => l === primary);
    if (lang) return lang;
  }
  return fallback;
}
