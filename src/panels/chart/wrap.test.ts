import { describe, expect, it } from 'vitest';
import { wrap } from './wrap.ts';

describe('wrap', () => {
  it('breaks at spaces so no line passes the limit unless one word does', () => {
    expect(wrap('Information systems and information sharing', 20)).toEqual([
      'Information systems',
      'and information',
      'sharing',
    ]);
    expect(wrap('Equipment', 5)).toEqual(['Equipment']);
    expect(wrap('', 10)).toEqual([]);
  });
});
