import { describe, expect, it } from 'vitest';
import { shortUsd } from './money.ts';

describe('shortUsd', () => {
  it('writes millions and billions briefly in each language', () => {
    expect(shortUsd('en', 135_000_000)).toBe('$135M');
    expect(shortUsd('en', 101_508_000)).toBe('$101.5M');
    expect(shortUsd('en', 1_300_000_000)).toBe('$1.3B');
    expect(shortUsd('es', 1_300_000_000)).toBe('US$1.3 mil M'); // es-419 writes the decimal point, as Mexico does;
    expect(shortUsd('es', 0)).toBe('US$0 M');
  });
});
