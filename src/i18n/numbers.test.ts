import { describe, expect, it } from 'vitest';
import { formatNumber, formatUsd, numberFormat } from './strings.ts';

describe('numbers, in each language', () => {
  it('writes whole numbers under a thousand as Intl would, without it', () => {
    for (const lang of ['en', 'es'] as const)
      for (const n of [0, 1, 7, 13, 999, -5]) expect(formatNumber(lang, n)).toBe(numberFormat(lang).format(n));
  });

  it('groups thousands and writes decimals the language’s way', () => {
    expect(formatNumber('en', 12345.5)).toBe('12,345.5');
    expect(formatNumber('es', 12345.5)).toBe('12,345.5'); // Latin American Spanish (es-419) groups as English does
    expect(formatUsd('en', 361_508_000)).toBe('$361.508 million');
    expect(formatUsd('es', 1_600_000_000)).toBe('US$1.6 mil millones');
  });

  it('makes each format once', () => {
    expect(numberFormat('en', 2)).toBe(numberFormat('en', 2));
    expect(numberFormat('en', 2)).not.toBe(numberFormat('es', 2));
  });
});
