import { describe, expect, it } from 'vitest';
import { countLabel, pluralOf, tn } from './strings.ts';

describe('plural forms, from Intl.PluralRules', () => {
  it('counts members in the singular for one and the plural otherwise, in both languages', () => {
    expect(countLabel('en', 'partner', 1)).toBe('1 partner');
    expect(countLabel('es', 'partner', 1)).toBe('1 socio');
    expect(countLabel('en', 'partner', 13)).toBe('13 partners');
    expect(countLabel('es', 'observer', 3)).toBe('3 observadores');
    expect(countLabel('en', 'former', 0)).toBe('0 former partners');
    expect(countLabel('es', 'former', 1)).toBe('1 antiguo socio');
  });

  it('reads Spanish "many" (a million and up) as the plural', () => {
    expect(pluralOf('es', 1_000_000)).toBe('other');
    expect(pluralOf('en', 1)).toBe('one');
  });

  it('fills counted strings in the form their number takes', () => {
    expect(tn('en', 'searchResultsCount', 1)).toMatch(/^1 result;/);
    expect(tn('en', 'searchResultsCount', 2)).toMatch(/^2 results;/);
    expect(tn('es', 'searchResultsCount', 1)).toMatch(/^1 resultado;/);
    expect(tn('es', 'timelineSummary', 1, { first: 2010, last: 2010, what: 'CBSI' })).toMatch(/^1 hecho fechado/);
  });
});
