import { describe, expect, it } from 'vitest';
import { bibtexKey, bibtexText, citeView, longDate } from './citation.ts';

const input = {
  lang: 'en' as const,
  view: 'Honduras, 2012',
  url: 'https://atlas.test/?country=HND&year=2012',
  version: '0.1.0+data.2026-12-01',
  dataDate: '2026-12-01',
  accessed: new Date('2026-12-07T23:30:00Z'),
};

describe('citations of a view', () => {
  it('names the atlas, the view, the version and the access date in APA and Chicago', () => {
    const { apa, chicago } = citeView(input);
    expect(apa).toBe(
      'Hemisphere Atlas. (2026). Hemisphere Atlas: Honduras, 2012 (Version 0.1.0+data.2026-12-01) [Interactive map and data set]. Retrieved December 7, 2026, from https://atlas.test/?country=HND&year=2012',
    );
    expect(chicago).toBe(
      'Hemisphere Atlas. “Honduras, 2012.” Hemisphere Atlas, version 0.1.0+data.2026-12-01. Accessed December 7, 2026. https://atlas.test/?country=HND&year=2012.',
    );
  });

  it('speaks Spanish on a Spanish page', () => {
    const { apa, chicago, bibtex } = citeView({ ...input, lang: 'es', view: 'México, todos los años' });
    expect(apa).toContain(
      'Atlas Hemisférico. (2026). Atlas Hemisférico: México, todos los años (Versión 0.1.0+data.2026-12-01)',
    );
    expect(apa).toContain('Recuperado el 7 de diciembre de 2026, de https://atlas.test/');
    expect(chicago).toContain('«México, todos los años».');
    expect(bibtex).toContain('language     = {spanish}');
  });

  it('writes a BibTeX entry with the version, the address and the access date', () => {
    const { bibtex } = citeView(input);
    expect(bibtex.split('\n')[0]).toBe('@misc{hemisphere_atlas_2026_honduras_2012,');
    expect(bibtex).toContain('author       = {{Hemisphere Atlas}}');
    expect(bibtex).toContain('version      = {0.1.0+data.2026-12-01}');
    expect(bibtex).toContain('url          = {https://atlas.test/?country=HND&year=2012}');
    expect(bibtex).toContain('urldate      = {2026-12-07}');
    expect(bibtex.endsWith('\n}')).toBe(true);
  });

  it('escapes what would break a BibTeX entry', () => {
    expect(bibtexText('50% & {x}_#$~^\\')).toBe(
      '50\\% \\& \\{x\\}\\_\\#\\$\\textasciitilde{}\\textasciicircum{}\\textbackslash{}',
    );
    expect(citeView({ ...input, url: 'https://a.test/?q=%7B}' }).bibtex).toContain(
      'url          = {https://a.test/?q=%257B%7D}',
    );
    expect(bibtexKey('Atlas Hemisférico', '2026', 'Perú, 2010')).toBe('atlas_hemisferico_2026_peru_2010');
  });

  it('dates in UTC, and says so when the data has no date', () => {
    expect(longDate('es', new Date('2026-01-01T00:30:00Z'))).toBe('1 de enero de 2026');
    expect(citeView({ ...input, dataDate: 'unknown' }).apa).toContain('(n.d.)');
  });
});
