import { describe, expect, it } from 'vitest';
import { parseInboundMessage } from './messages.ts';

describe('parseInboundMessage', () => {
  it('reads a selection, normalised as the URL codec does', () => {
    expect(parseInboundMessage({ type: 'atlas:select', country: ' hnd ' })).toEqual({ type: 'select', country: 'HND' });
    expect(parseInboundMessage({ type: 'atlas:select', initiative: 'CARSI' })).toEqual({
      type: 'select',
      initiative: 'carsi',
    });
    expect(parseInboundMessage({ type: 'atlas:select', country: null, initiative: null })).toEqual({
      type: 'select',
      country: null,
      initiative: null,
    });
  });

  it('reads view settings within the ranges the URL allows', () => {
    expect(parseInboundMessage({ type: 'atlas:set', lang: 'es', theme: 'projector', year: 2010, slide: 3 })).toEqual({
      type: 'set',
      lang: 'es',
      theme: 'projector',
      year: 2010,
      slide: 3,
    });
    expect(parseInboundMessage({ type: 'atlas:set', year: null })).toEqual({ type: 'set', year: null });
  });

  it('drops a bad field and keeps the good ones', () => {
    expect(parseInboundMessage({ type: 'atlas:set', lang: 'fr', theme: 'dark' })).toEqual({
      type: 'set',
      theme: 'dark',
    });
    expect(parseInboundMessage({ type: 'atlas:select', country: 42, initiative: 'cbsi' })).toEqual({
      type: 'select',
      initiative: 'cbsi',
    });
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'atlas:select'],
    ['a number', 7],
    ['an array', [{ type: 'atlas:select', country: 'HND' }]],
    ['a function-free object without type', { country: 'HND' }],
    ['an unknown type', { type: 'atlas:ready' }],
    ['a type of the wrong case', { type: 'ATLAS:SELECT', country: 'HND' }],
    ['a type that is not a string', { type: ['atlas:select'], country: 'HND' }],
    ['an empty command', { type: 'atlas:set' }],
  ])('ignores %s', (_label, data) => {
    expect(parseInboundMessage(data)).toBeNull();
  });

  it.each([
    ['markup as a country', { type: 'atlas:select', country: '<img src=x onerror=alert(1)>' }],
    ['script as an initiative', { type: 'atlas:select', initiative: 'javascript:alert(1)' }],
    ['a four-letter code', { type: 'atlas:select', country: 'HNDX' }],
    ['a code as an object', { type: 'atlas:select', country: { toString: (): string => 'HND' } }],
    ['a code as an array', { type: 'atlas:select', country: ['HND'] }],
    ['a huge string', { type: 'atlas:select', country: 'H'.repeat(1_000_000) }],
    ['a year as a string', { type: 'atlas:set', year: '2010' }],
    ['a year out of range', { type: 'atlas:set', year: 1999 }],
    ['a fractional year', { type: 'atlas:set', year: 2010.5 }],
    ['a huge year', { type: 'atlas:set', year: 1e300 }],
    ['an infinite year', { type: 'atlas:set', year: Infinity }],
    ['NaN as a slide', { type: 'atlas:set', slide: NaN }],
    ['slide zero', { type: 'atlas:set', slide: 0 }],
    ['a negative slide', { type: 'atlas:set', slide: -1 }],
    ['a boolean theme', { type: 'atlas:set', theme: true }],
    ['a language with markup', { type: 'atlas:set', lang: 'en"><script>' }],
    ['fields outside the contract', { type: 'atlas:set', embed: false, present: true, view: 'table' }],
  ])('refuses %s', (_label, data) => {
    expect(parseInboundMessage(data)).toBeNull();
  });

  it('ignores fields inherited from a prototype', () => {
    const data = Object.create({ country: 'HND' }) as Record<string, unknown>;
    data.type = 'atlas:select';
    expect(parseInboundMessage(data)).toBeNull();
  });

  it('survives a __proto__ key as structured clone delivers it', () => {
    const data = JSON.parse('{"type":"atlas:set","__proto__":{"lang":"es"},"theme":"dark"}') as unknown;
    expect(parseInboundMessage(data)).toEqual({ type: 'set', theme: 'dark' });
    expect(({} as Record<string, unknown>).lang).toBeUndefined();
  });
});
