import { describe, expect, it } from 'vitest';
import { preferredLang } from './preferredLang.ts';

describe('preferredLang', () => {
  it('takes the first browser language the atlas speaks, by its primary subtag', () => {
    expect(preferredLang(['es-MX', 'en-US'], 'en')).toBe('es');
    expect(preferredLang(['fr-FR', 'ES', 'en'], 'en')).toBe('es');
    expect(preferredLang(['en-GB', 'es'], 'en')).toBe('en');
    expect(preferredLang(['es_419'], 'en')).toBe('es');
  });

  it('falls back when the browser names none the atlas speaks, or nothing at all', () => {
    expect(preferredLang(['fr-FR', 'pt-BR'], 'en')).toBe('en');
    expect(preferredLang([], 'en')).toBe('en');
    expect(preferredLang(undefined, 'en')).toBe('en');
    expect(preferredLang(['estonian-made-up', ''], 'en')).toBe('en');
  });
});
