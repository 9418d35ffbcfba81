import { describe, expect, it } from 'vitest';
import { fold, matchRank, searchEntries, type SearchEntry } from './search.ts';

const ENTRIES: SearchEntry[] = [
  { kind: 'country', id: 'PER', names: [{ en: 'Peru', es: 'Perú' }] },
  {
    kind: 'country',
    id: 'VCT',
    names: [{ en: 'Saint Vincent and the Grenadines', es: 'San Vicente y las Granadinas' }],
  },
  { kind: 'country', id: 'KNA', names: [{ en: 'Saint Kitts and Nevis', es: 'San Cristóbal y Nieves' }] },
  { kind: 'country', id: 'HND', names: [{ en: 'Honduras', es: 'Honduras' }] },
  { kind: 'country', id: 'USA', names: [{ en: 'United States', es: 'Estados Unidos' }] },
  { kind: 'country', id: 'MEX', names: [{ en: 'Mexico', es: 'México' }] },
  {
    kind: 'initiative',
    id: 'merida',
    names: [
      { en: 'Mérida Initiative', es: 'Iniciativa Mérida' },
      { en: 'Mérida', es: 'Mérida' },
    ],
  },
  {
    kind: 'initiative',
    id: 'carsi',
    names: [
      {
        en: 'Central America Regional Security Initiative',
        es: 'Iniciativa Regional de Seguridad para América Central',
      },
      { en: 'CARSI', es: 'CARSI' },
    ],
  },
  {
    kind: 'initiative',
    id: 'colombia',
    names: [
      { en: 'Plan Colombia and follow-on programs', es: 'Plan Colombia y programas posteriores' },
      { en: 'Colombia', es: 'Colombia' },
    ],
    otherNames: [{ en: 'Peace Colombia', es: 'Paz Colombia' }],
  },
];
const ids = (q: string, lang: 'en' | 'es' = 'en') => searchEntries(ENTRIES, q, lang).map((h) => h.id);

describe('fold', () => {
  it('drops case, accents and punctuation and spells out abbreviations', () => {
    expect(fold('  Perú ')).toBe('peru');
    expect(fold('St. Vincent')).toBe('saint vincent');
    expect(fold('U.S.')).toBe('u s');
    expect(fold('CURAÇAO')).toBe('curacao');
  });
});

describe('matchRank', () => {
  it('ranks a start of name above a start of word above inside a word', () => {
    expect(matchRank('Honduras', 'hon')).toBe(0);
    expect(matchRank('Saint Vincent and the Grenadines', 'vincent')).toBe(1);
    expect(matchRank('Saint Vincent and the Grenadines', 'sa gren')).toBe(2);
    expect(matchRank('Honduras', 'dura')).toBe(3);
    expect(matchRank('Honduras', 'xyz')).toBeNull();
    expect(matchRank('Honduras', '  ')).toBeNull();
  });
});

describe('searchEntries', () => {
  it('ignores accents and case, both ways', () => {
    expect(ids('peru')).toEqual(['PER']);
    expect(ids('PERÚ', 'es')).toEqual(['PER']);
    expect(ids('mexico', 'es')).toEqual(['MEX']);
  });
  it('finds Saint Vincent by its English and Spanish names and abbreviations', () => {
    expect(ids('san vicente', 'es')).toEqual(['VCT']);
    expect(ids('st vincent')).toEqual(['VCT']);
    expect(ids('saint vincent')).toEqual(['VCT']);
    expect(ids('san vicente', 'en')).toEqual(['VCT']);
  });
  it('labels a hit in the reader’s language and says which other name matched', () => {
    const [hit] = searchEntries(ENTRIES, 'estados', 'en');
    expect(hit).toEqual({
      kind: 'country',
      id: 'USA',
      label: 'United States',
      matchedAs: 'Estados Unidos',
      matchedLang: 'es',
    });
    expect(searchEntries(ENTRIES, 'honduras', 'es')[0]).toEqual({ kind: 'country', id: 'HND', label: 'Honduras' });
  });
  it('finds initiatives by name and acronym, after countries at equal rank', () => {
    expect(ids('carsi')).toEqual(['carsi']);
    expect(ids('merida', 'es')).toEqual(['merida']);
    expect(ids('saint')).toEqual(['KNA', 'VCT']);
    expect(ids('security')).toEqual(['carsi']);
  });
  it('returns nothing for an empty or unmatched query', () => {
    expect(ids('')).toEqual([]);
    expect(ids('zzz')).toEqual([]);
  });

  it('finds an initiative by the name of a later phase, and says which name matched', () => {
    expect(searchEntries(ENTRIES, 'peace col', 'en')[0]).toEqual({
      kind: 'initiative',
      id: 'colombia',
      label: 'Plan Colombia and follow-on programs',
      matchedAs: 'Peace Colombia',
      matchedLang: 'en',
    });
    expect(searchEntries(ENTRIES, 'paz', 'es')[0]).toMatchObject({ id: 'colombia', matchedAs: 'Paz Colombia' });
  });

  it("ranks an entry's own name above another entry's phase name", () => {
    // "Colombia" is the country's name and a word of the initiative's phase name: the country comes first.
    const withCountry: SearchEntry[] = [
      ...ENTRIES,
      { kind: 'country', id: 'COL', names: [{ en: 'Colombia', es: 'Colombia' }] },
    ];
    expect(searchEntries(withCountry, 'colombia', 'en').map((h) => h.id)).toEqual(['COL', 'colombia']);
  });
});
