import { describe, expect, it } from 'vitest';
import { INITIATIVE_IDS } from '../../data/types.ts';
import { realData } from '../testData.ts';
import { deriveGoals } from './derive.ts';

const data = realData();

describe('deriveGoals', () => {
  it('puts the latest strategies first (Root Causes, then the Strategy for Engagement), then CARSI’s five goals in their 2012 wording', () => {
    const [latest, previous, current] = deriveGoals(data, 'carsi', 2012);
    expect(latest!.set.id).toBe('carsi-root-causes-pillars');
    expect(previous!.set.id).toBe('carsi-strategy-premise');
    expect(current!.set.id).toBe('carsi-goals-2012');
    expect(current!.goals.map((g) => g.n)).toEqual([1, 2, 3, 4, 5]);
    expect(current!.goals[0]!.text.en).toMatch(/safe streets/i);
    expect(current!.inForce).toBe(true);
  });

  it('keeps Mérida’s original goals, labelled, after its four pillars and the Bicentennial Framework’s goals', () => {
    const sets = deriveGoals(data, 'merida', null);
    expect(sets.map((s) => s.set.id)).toEqual([
      'merida-bicentennial-goals',
      'merida-four-pillars',
      'merida-original-goals',
    ]);
    expect(sets.map((s) => s.goals.length)).toEqual([3, 4, 4]);
    expect(sets[0]!.inForce).toBe(true);
    expect(sets[2]!.set.label.en).toMatch(/Original/);
    expect(sets[2]!.inForce).toBe(false);
  });

  it('marks the set in force in a given year', () => {
    expect(
      deriveGoals(data, 'merida', 2008)
        .filter((s) => s.inForce)
        .map((s) => s.set.id),
    ).toEqual(['merida-original-goals']);
    expect(
      deriveGoals(data, 'carsi', 2011)
        .filter((s) => s.inForce)
        .map((s) => s.set.id),
    ).toContain('carsi-goals-2011');
  });

  it('gives every initiative goals, every set a source', () => {
    const sourceIds = new Set(data.sources.map((s) => s.id));
    for (const id of INITIATIVE_IDS) {
      const sets = deriveGoals(data, id, null);
      expect(sets.length, id).toBeGreaterThan(0);
      for (const { set } of sets) {
        expect(set.sourceIds.length).toBeGreaterThan(0);
        for (const s of set.sourceIds) expect(sourceIds.has(s)).toBe(true);
      }
    }
    expect(deriveGoals(data, 'cbsi', null).find((s) => s.set.id === 'cbsi-objectives')!.goals).toHaveLength(3);
  });
});
