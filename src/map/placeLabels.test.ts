import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels, type LabelRequest } from './placeLabels.ts';

const req = (iso: string, x: number, y: number, subject: boolean, width = 60, height = 14): LabelRequest => ({
  iso,
  at: { x, y },
  width,
  height,
  subject,
});
const AREA: [number, number, number, number] = [0, 0, 400, 300];

describe('placeLabels', () => {
  it('puts a name on its point when there is room', () => {
    const [p] = placeLabels([req('JAM', 100, 100, false)], AREA, { gap: 3, prefer: 'centre' });
    expect(p).toMatchObject({ visible: true, leader: null, box: [70, 93, 130, 107] });
  });

  it('moves a crowded subject beside its country with a leader line, and hides a crowded other name', () => {
    const places = placeLabels(
      [req('DOM', 100, 100, true), req('KNA', 104, 102, true), req('CUB', 102, 98, false)],
      AREA,
      { gap: 3, prefer: 'centre' },
    );
    const [dom, kna, cub] = places;
    expect(dom!.visible && kna!.visible).toBe(true);
    expect(kna!.leader).not.toBeNull();
    expect(kna!.leader!.slice(0, 2)).toEqual([104, 102]);
    expect(overlaps(dom!.box, kna!.box)).toBe(false);
    expect(cub!.visible).toBe(false);
  });

  it('keeps thirteen crowded subject names clear of one another and inside the area', () => {
    const places = placeLabels(
      Array.from({ length: 13 }, (_, i) => req(`C${i}`, 200 + (i % 3) * 4, 150 + i * 3, true, 90)),
      AREA,
      { gap: 3, prefer: 'centre' },
    );
    expect(places.every((p) => p.visible)).toBe(true);
    for (const a of places) {
      expect(a.box[0] >= 0 && a.box[1] >= 0 && a.box[2] <= 400 && a.box[3] <= 300).toBe(true);
      for (const b of places) if (a !== b) expect(overlaps(a.box, b.box)).toBe(false);
    }
  });

  it('keeps clear of what sits over the map, and names nothing off the area', () => {
    const avoid: [number, number, number, number][] = [[0, 0, 400, 120]];
    const [under, off] = placeLabels([req('BRB', 100, 110, true), req('SGS', 500, 100, true)], AREA, {
      gap: 3,
      prefer: 'centre',
      avoid,
    });
    expect(under!.visible).toBe(true);
    expect(under!.box[1]).toBeGreaterThanOrEqual(123);
    expect(off!.visible).toBe(false);
  });

  it("puts the inset's names east of their islands first", () => {
    const [p] = placeLabels([req('LCA', 100, 100, true)], AREA, { gap: 3, prefer: 'east' });
    expect(p!.box[0]).toBeGreaterThan(100);
  });
});
