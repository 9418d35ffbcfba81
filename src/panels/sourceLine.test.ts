import { describe, expect, it } from 'vitest';
import sources from '../../data/sources.json';
import { sourceDate } from './sourceLine.ts';

describe('sourceDate', () => {
  it('keeps English as sources.json prints it', () => {
    expect(sourceDate('undated (images dated 02/10/2014)', 'en')).toBe('undated (images dated 02/10/2014)');
  });

  it('reads the dates and their notes in Spanish', () => {
    expect(sourceDate('undated', 'es')).toBe('sin fecha');
    expect(sourceDate('undated (images dated 02/10/2014)', 'es')).toBe('sin fecha (imágenes fechadas el 02/10/2014)');
    expect(sourceDate('4 Sep 2008', 'es')).toBe('4 sep 2008');
    expect(sourceDate('Mar 29, 2012', 'es')).toBe('29 mar 2012');
    expect(sourceDate('Dec 11–12, 2008', 'es')).toBe('11–12 dic 2008');
    expect(sourceDate('November 4, 2011', 'es')).toBe('4 nov 2011');
    expect(sourceDate('Sept 2013', 'es')).toBe('sep 2013');
    expect(sourceDate('signed 24 Jun 2009', 'es')).toBe('firmado el 24 jun 2009');
    expect(sourceDate('early 2015', 'es')).toBe('principios de 2015');
  });

  it('leaves no English word in any date of sources.json', () => {
    const english =
      /\b(undated|dated|signed|early|published|versions|abstract|letter|reports?|page|current|after|cites|visit|latest|figure|of|on|for|the|[A-Z][a-z]{2,})\b/;
    for (const s of sources as { date: string }[]) {
      const es = sourceDate(s.date, 'es');
      // HSDL, GAO, CARSI and FY are names; every other word is Spanish.
      expect(es.replace(/HSDL|GAO|CARSI/g, ''), s.date).not.toMatch(english);
    }
  });
});
