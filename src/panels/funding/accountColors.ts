// The funding accounts' colours: each a different hue AND a different lightness (CIELAB L* from about 18 to 96), so
// the stacks read apart in greyscale, on a washed-out projector and for readers with red-green colour blindness
// (accountColors.test.ts checks the lightness steps under deuteranopia and protanopia). Pale ones get an outline
// from charts.css.
import type { Account } from '../../data/types.ts';

export const ACCOUNT_COLORS: Readonly<Record<Account, string>> = {
  INCLE: '#0b2a5b',
  FMF: '#7b2f9e',
  ESF: '#e07020',
  total: '#b0b0b0',
  NADR: '#8fe0d8',
  DA: '#fff6c2',
};
