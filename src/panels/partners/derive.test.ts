import { describe, expect, it } from 'vitest';
import { realData } from '../testData.ts';
import { derivePartners } from './derive.ts';

const data = realData();
const graph = derivePartners(data);

describe('derivePartners', () => {
  it('groups every partner once, U.S. agencies first', () => {
    expect(graph.groups[0]!.kind).toBe('us-agency');
    const all = graph.groups.flatMap((g) => g.partners.map((p) => p.id));
    expect(all.sort()).toEqual(data.partners.map((p) => p.id).sort());
  });

  it('names the six U.S. agencies and the donors for Central America', () => {
    const names = (kind: string) =>
      graph.groups
        .find((g) => g.kind === kind)!
        .partners.map((p) => p.name.en)
        .join('; ');
    for (const n of ['Defense', 'Justice', 'Homeland Security', 'National Drug Control Policy', 'Treasury', 'USAID'])
      expect(names('us-agency')).toContain(n);
    for (const n of ['Canada', 'Chile', 'Colombia', 'Mexico', 'Spain']) expect(names('donor-country')).toContain(n);
    for (const n of ['European Union', 'Inter-American Development Bank', 'World Bank', 'SICA'])
      expect(names('institution')).toContain(n);
  });

  it('links each partner to exactly the initiatives its record names, each with a source', () => {
    expect(graph.links.length).toBe(data.partners.reduce((n, p) => n + p.initiatives.length, 0));
    for (const l of graph.links) {
      expect(l.partner.initiatives).toContain(l.initiative);
      expect(l.partner.sourceIds.length).toBeGreaterThan(0);
    }
  });
});
