import { describe, expect, it } from 'vitest';
import { neighbourMap, stepFrom } from './adjacency.ts';

// Label points, roughly where the atlas draws them.
const CENTRES = new Map<string, [number, number]>([
  ['MEX', [-102, 23.5]],
  ['GTM', [-90.4, 15.5]],
  ['BLZ', [-88.7, 17.2]],
  ['HND', [-86.6, 14.8]],
  ['SLV', [-88.9, 13.7]],
  ['NIC', [-85, 12.9]],
  ['CUB', [-79, 21.7]],
  ['JAM', [-77.3, 18.1]],
  ['USA', [-98, 39]],
  ['ATG', [-61.8, 17.1]],
  ['KNA', [-62.7, 17.3]],
  ['MSR', [-62.2, 16.7]],
]);
const NEIGHBOURS = neighbourMap(
  ['MEX', 'GTM', 'BLZ', 'HND', 'SLV', 'NIC', 'CUB', 'JAM', 'USA', 'ATG', 'KNA', 'MSR'],
  [[1, 2, 8], [0, 2, 3, 4], [0, 1], [1, 4, 5], [1, 3], [3], [], [], [0], [], [], []],
);
const step = (from: string, dir: 'up' | 'down' | 'left' | 'right') => stepFrom(from, dir, CENTRES, NEIGHBOURS);

describe('neighbourMap', () => {
  it('turns topojson neighbour indices into codes', () => {
    expect(NEIGHBOURS.get('HND')).toEqual(['GTM', 'SLV', 'NIC']);
    expect(NEIGHBOURS.get('CUB')).toEqual([]);
  });
});

describe('stepFrom', () => {
  it('crosses a shared border in the direction pressed', () => {
    expect(step('HND', 'down')).toBe('NIC');
    expect(step('GTM', 'right')).toBe('HND');
    expect(step('GTM', 'up')).toBe('BLZ');
    expect(step('BLZ', 'down')).toBe('GTM');
    expect(step('MEX', 'up')).toBe('USA');
    expect(step('USA', 'down')).toBe('MEX');
  });
  it('reaches islands, which have no borders, by the nearest country that way', () => {
    expect(step('HND', 'right')).toBe('NIC');
    expect(step('NIC', 'up')).toBe('HND');
    expect(step('CUB', 'down')).toBe('JAM');
    expect(step('JAM', 'up')).toBe('CUB');
    expect(step('CUB', 'left')).toBe('BLZ');
    // Among micro-states, the one straight ahead beats a nearer one off to the side.
    expect(step('ATG', 'left')).toBe('KNA');
    expect(step('KNA', 'right')).toBe('ATG');
    expect(step('ATG', 'down')).toBe('MSR');
  });
  it('returns null when nothing lies that way or the country is unknown', () => {
    expect(step('USA', 'up')).toBeNull();
    expect(step('ZZZ', 'up')).toBeNull();
  });
});
