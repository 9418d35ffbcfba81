import { describe, expect, it } from 'vitest';
import { hostLang, hostTheme } from './hostFollow.ts';

describe('following the host page', () => {
  it("takes the host's one declared colour scheme, else the reader's preference", () => {
    expect(hostTheme('dark', false)).toBe('dark');
    expect(hostTheme('only light', true)).toBe('light');
    expect(hostTheme('light dark', true)).toBe('dark');
    expect(hostTheme('light dark', false)).toBe('light');
    expect(hostTheme('normal', true)).toBe('dark');
    expect(hostTheme('', false)).toBe('light');
  });

  it('speaks Spanish for any Spanish page, English otherwise', () => {
    expect(hostLang('es')).toBe('es');
    expect(hostLang('es-MX')).toBe('es');
    expect(hostLang('ES')).toBe('es');
    expect(hostLang('en-GB')).toBe('en');
    expect(hostLang('fr')).toBe('en');
    expect(hostLang('')).toBe('en');
    expect(hostLang('estonian')).toBe('en');
  });
});
