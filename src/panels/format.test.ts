import { describe, expect, it } from 'vitest';
import { fySpan } from './format.ts';

describe('fySpan', () => {
  it('prints a closed span with both years', () => {
    expect(fySpan('en', { fyFirst: 2008, fyLast: 2010 })).toBe('FY2008–FY2010');
  });

  it('prints only the start of a figure whose source gives no end ("since FY2008")', () => {
    expect(fySpan('en', { fyFirst: 2008, fyLast: 2012, openEnded: true })).toBe('FY2008 onward');
    expect(fySpan('es', { fyFirst: 2008, fyLast: 2012, openEnded: true })).toBe('desde el AF2008');
  });
});
