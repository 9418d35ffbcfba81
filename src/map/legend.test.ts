import { describe, expect, it } from 'vitest';
import { legendKey } from './Legend.tsx';
import { THEME_COLORS } from './palette.ts';

describe('legendKey', () => {
  const labels = (statuses: ('partner' | 'observer' | 'former')[]) =>
    legendKey(
      'en',
      THEME_COLORS.light,
      statuses.map((status) => ({ status })),
    ).map(([label]) => label);

  it('keys a look only when some record can have it: observers only when the data holds one', () => {
    expect(labels(['partner', 'former'])).not.toContain('Observer (hatched, pale)');
    expect(labels(['partner', 'observer'])).toContain('Observer (hatched, pale)');
  });

  it('keeps the other keys, in order', () => {
    expect(labels(['partner'])).toEqual([
      'More than one initiative (stripes)',
      'Former member (pale)',
      'In no initiative',
      'United States: the partner on the other side of every initiative',
    ]);
  });
});
