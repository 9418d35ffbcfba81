import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE } from '../state/urlState.ts';
import { escapeAttribute, shareTexts, viewUrl } from './share.ts';

const PAGE = 'https://example.org/atlas/?embed=1&country=HND#details';

describe('share texts', () => {
  it('links to the full atlas at the same view, without the embed flag or fragment', () => {
    const state = { ...DEFAULT_URL_STATE, country: 'HND', lang: 'es' as const, embed: true };
    expect(viewUrl(state, PAGE)).toBe('https://example.org/atlas/?country=HND&lang=es');
  });

  it('builds a snippet with embed.js beside index.html and the view escaped for an attribute', () => {
    const state = { ...DEFAULT_URL_STATE, initiative: 'carsi' as const, year: 2010, embed: true };
    const { snippet } = shareTexts(state, 'https://example.org/atlas/index.html?embed=1');
    expect(snippet).toBe(
      '<script src="https://example.org/atlas/embed.js" defer></script>\n' +
        '<hemisphere-atlas src="https://example.org/atlas/index.html?initiative=carsi&amp;year=2010"></hemisphere-atlas>',
    );
  });

  it('escapes every character that could end an attribute', () => {
    expect(escapeAttribute('a"b<c>d&e')).toBe('a&quot;b&lt;c&gt;d&amp;e');
  });

  it('links to the default view with no query at all', () => {
    expect(viewUrl(DEFAULT_URL_STATE, 'http://localhost:4173/')).toBe('http://localhost:4173/');
  });
});
