// How an embed with theme="auto" or lang="auto" reads its host page: pure
// decisions, so they are unit-tested; the element (hostElement.ts) supplies
// what it observes (the computed `color-scheme`, prefers-color-scheme, <html lang>).

/**
 * The atlas's theme for a host: the `color-scheme` the host declares where the element sits decides when it names
 * one scheme ("dark", "only light"); when it names both or none ("light dark", "normal"), the reader's
 * prefers-color-scheme does.
 */
export function hostTheme(colorScheme: string, prefersDark: boolean): 'light' | 'dark' {
  const words = colorScheme.trim().toLowerCase().split(/\s+/);
  const light = words.includes('light');
  const dark = words.includes('dark');
  if (dark && !light) return 'dark';
  if (light && !dark) return 'light';
  return prefersDark ? 'dark' : 'light';
}

/** The atlas's language for a host's <html lang>: Spanish for any Spanish ("es", "es-MX"), else English. */
export function hostLang(htmlLang: string): 'en' | 'es' {
  return /^es(-|$)/i.test(htmlLang.trim()) ? 'es' : 'en';
}

/** Attribute values that ask the element to follow its host. */
export const AUTO = 'auto';
