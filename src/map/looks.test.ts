import { describe, expect, it } from 'vitest';
import { indexMemberships } from '../data/joins.ts';
import type { Membership } from '../data/types.ts';
import { looksOf, outlineOf, stateOf, type LooksInput } from './looks.ts';
import { INITIATIVE_COLORS, THEME_COLORS } from './palette.ts';

const member = (
  country: string,
  initiative: Membership['initiative'],
  firstYear: number,
  lastYear: number | null = null,
): Membership =>
  ({
    id: `${country}-${initiative}`,
    country,
    initiative,
    status: 'partner',
    firstYear,
    lastYear,
    basis: 'calendar',
  }) as Membership;

const base: LooksInput = {
  memberships: indexMemberships([
    member('MEX', 'merida', 2008),
    member('HND', 'carsi', 2010),
    member('BLZ', 'carsi', 2010),
    member('BLZ', 'cbsi', 2010),
  ]),
  countries: ['MEX', 'HND', 'BLZ', 'CUB'],
  year: 2012,
  hidden: [],
  theme: 'light',
  spotlight: null,
  selected: null,
  hovered: null,
  focused: null,
};

describe('looksOf', () => {
  it('fills each member with its initiative, several initiatives with stripes, the rest with land', () => {
    const looks = looksOf(base);
    expect(looks.fills.get('MEX')).toEqual({ kind: 'solid', color: INITIATIVE_COLORS.merida });
    expect(looks.fills.get('BLZ')?.kind).toBe('pattern');
    expect(looks.fills.has('CUB')).toBe(false);
    expect(looks.colors).toBe(THEME_COLORS.light);
  });

  it('follows the year and the initiatives hidden in the legend', () => {
    expect(looksOf({ ...base, year: 2005 }).fills.has('MEX')).toBe(false);
    expect(looksOf({ ...base, hidden: ['merida'] }).fills.has('MEX')).toBe(false);
    expect(looksOf({ ...base, hidden: ['cbsi'] }).fills.get('BLZ')).toEqual({
      kind: 'solid',
      color: INITIATIVE_COLORS.carsi,
    });
  });

  it('follows the theme: its colours, and stripes drawn over its land', () => {
    const dark = looksOf({ ...base, theme: 'dark' });
    expect(dark.colors).toBe(THEME_COLORS.dark);
    expect(dark.fills.get('BLZ')).not.toEqual(looksOf(base).fills.get('BLZ'));
  });

  it('dims every country outside a spotlight, and none without one', () => {
    const looks = looksOf({ ...base, spotlight: new Set(['MEX']) });
    expect(['MEX', 'HND', 'BLZ', 'CUB'].filter((iso) => stateOf(looks, iso).dim)).toEqual(['HND', 'BLZ', 'CUB']);
    expect(looksOf(base).states.size).toBe(0);
  });

  it('outlines the selection above a highlight', () => {
    const looks = looksOf({ ...base, selected: 'MEX', hovered: 'MEX' });
    expect(outlineOf(stateOf(looks, 'MEX'))).toBe('selected');
    expect(outlineOf(stateOf(looks, 'HND'))).toBeNull();
  });

  it('keeps hover and keyboard focus apart: the pointer leaving does not clear the keyboard highlight', () => {
    const both = looksOf({ ...base, hovered: 'HND', focused: 'HND' });
    expect(stateOf(both, 'HND')).toMatchObject({ hovered: true, focused: true });
    const pointerGone = looksOf({ ...base, hovered: null, focused: 'HND' });
    expect(outlineOf(stateOf(pointerGone, 'HND'))).toBe('highlight');
    const elsewhere = looksOf({ ...base, hovered: 'MEX', focused: 'HND' });
    expect(outlineOf(stateOf(elsewhere, 'HND'))).toBe('highlight');
    expect(outlineOf(stateOf(elsewhere, 'MEX'))).toBe('highlight');
  });
});
