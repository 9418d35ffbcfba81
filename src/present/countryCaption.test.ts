import { describe, expect, it } from 'vitest';
import { indexAtlas } from '../data/joins.ts';
import { realData } from '../panels/testData.ts';
import { countryCaption } from './countryCaption.ts';

const index = indexAtlas(realData());

describe('countryCaption', () => {
  it('states the Dominican Republic’s status and years, current part first, with the membership records’ sources', () => {
    const { caption, sources } = countryCaption('en', 'DOM', null, index);
    expect(caption).toMatch(
      /^Dominican Republic — CBSI: partner, since 2010 · Mérida: former partner, FY2008–FY2009\.$/,
    );
    const ids = [...index.memberships.get('DOM')!.values()].flat().flatMap((m) => m.sourceIds);
    for (const id of ids) expect(sources).toContain(index.sources.get(id)!.title);
  });

  it('says it in Spanish, and for the year shown', () => {
    expect(countryCaption('es', 'DOM', 2012, index).caption).toMatch(
      /^República Dominicana — CBSI: socio \(2012\), desde 2010/,
    );
    expect(countryCaption('es', 'DOM', 2012, index).sources).toMatch(/^Fuentes: /);
  });

  it('says so for a country in no initiative', () => {
    expect(countryCaption('en', 'ARG', null, index).caption).toMatch(/^Not part of any/);
  });
});
