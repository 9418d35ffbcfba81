import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState, toSearch } from './urlState.ts';

describe('parseUrlState', () => {
  it('reads every contract parameter, case-insensitively', () => {
    const { state, warnings } = parseUrlState(
      '?country=hnd&initiative=CARSI&year=2012&compare=2008&lang=ES&theme=Projector&view=table&present=1&slide=4&embed=1&panel=Funding&renderer=SVG',
    );
    expect(warnings).toEqual([]);
    expect(state).toEqual({
      country: 'HND',
      initiative: 'carsi',
      year: 2012,
      compare: 2008,
      lang: 'es',
      theme: 'projector',
      view: 'table',
      present: true,
      slide: 4,
      embed: true,
      panel: 'funding',
      renderer: 'svg',
    });
  });

  it('gives the defaults for an empty query', () => {
    expect(parseUrlState('')).toEqual({ state: DEFAULT_URL_STATE, warnings: [] });
  });

  it.each([
    ['country=<script>alert(1)</script>', 'country'],
    ['country=HONDURAS', 'country'],
    ['initiative=nato', 'initiative'],
    ['year=1999', 'year'],
    ['year=20120', 'year'],
    ['year=1e3', 'year'],
    ['year=-2010', 'year'],
    ['lang=fr', 'lang'],
    ['theme=%22%3E%3Cimg%20src%3Dx%3E', 'theme'],
    ['view=globe', 'view'],
    ['present=yes', 'present'],
    ['slide=0', 'slide'],
    ['slide=99999999999999999999', 'slide'],
    ['zoom=4', 'zoom'],
    ['panel=map', 'panel'],
    ['renderer=canvas', 'renderer'],
    ['renderer=svg%00', 'renderer'],
  ])('falls back and warns for %s', (query, param) => {
    const { state, warnings } = parseUrlState(`?${query}`);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.param).toBe(param);
    expect(state).toEqual(DEFAULT_URL_STATE);
  });

  it('keeps the good parameters when one is bad', () => {
    const { state, warnings } = parseUrlState('?country=MEX&year=abc&lang=es');
    expect(state.country).toBe('MEX');
    expect(state.lang).toBe('es');
    expect(state.year).toBeNull();
    expect(warnings.map((w) => w.param)).toEqual(['year']);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'treats %s as an unknown parameter, not a decoder',
    (key) => {
      const { state, warnings } = parseUrlState(`?${key}=1`);
      expect(state).toEqual(DEFAULT_URL_STATE);
      expect(warnings).toEqual([{ param: key, value: '1', expected: 'a known parameter' }]);
    },
  );

  it('keeps the first of a repeated parameter and reports the rest', () => {
    const { state, warnings } = parseUrlState('?country=MEX&country=HND&COUNTRY=GTM');
    expect(state.country).toBe('MEX');
    expect(warnings.map((w) => [w.param, w.value, w.repeated])).toEqual([
      ['country', 'HND', true],
      ['country', 'GTM', true],
    ]);
  });

  it('shortens very long values in warnings', () => {
    const { warnings } = parseUrlState(`?lang=${'x'.repeat(5000)}`);
    expect(warnings[0]!.value.length).toBeLessThanOrEqual(41);
  });
});

describe('toSearch', () => {
  it('writes only what differs from the defaults', () => {
    expect(toSearch(DEFAULT_URL_STATE)).toBe('');
    expect(toSearch({ ...DEFAULT_URL_STATE, country: 'HND', year: 2010 })).toBe('?country=HND&year=2010');
  });

  it('drops slide outside presentation mode', () => {
    expect(toSearch({ ...DEFAULT_URL_STATE, slide: 3 })).toBe('');
    expect(toSearch({ ...DEFAULT_URL_STATE, present: true, slide: 3 })).toBe('?present=1&slide=3');
  });

  it('round-trips', () => {
    const s = {
      ...DEFAULT_URL_STATE,
      initiative: 'cbsi' as const,
      lang: 'es' as const,
      theme: 'dark' as const,
      view: 'table' as const,
    };
    expect(parseUrlState(toSearch(s)).state).toEqual(s);
  });
});

describe('ambient defaults (the OS prefers dark)', () => {
  const dark = { ...DEFAULT_URL_STATE, theme: 'dark' as const };
  it('an absent theme means the ambient one, and it is not written back', () => {
    expect(parseUrlState('', dark).state.theme).toBe('dark');
    expect(parseUrlState('?theme=light', dark).state.theme).toBe('light');
    expect(toSearch({ ...dark, country: 'HND' }, dark)).toBe('?country=HND');
    expect(toSearch({ ...dark, theme: 'light' }, dark)).toBe('?theme=light');
  });
});
