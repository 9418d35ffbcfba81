import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it, vi } from 'vitest';
import { skipSky } from './sky.ts';

describe('skipSky', () => {
  it("gives the map's painter its own table, with a sky that draws nothing and every other function as it was", () => {
    const sky = vi.fn();
    const fill = vi.fn();
    const shared = { sky, fill };
    const painter = { drawFunctions: shared };
    skipSky({ painter } as unknown as MapLibreMap);
    expect(painter.drawFunctions).not.toBe(shared);
    expect(shared.sky).toBe(sky); // MapLibre's own table, which every map shares, is left alone
    expect(painter.drawFunctions.fill).toBe(fill);
    painter.drawFunctions.sky();
    expect(sky).not.toHaveBeenCalled();
  });

  it('leaves a painter it does not recognise as it is', () => {
    const painter = { drawFunctions: { fill: () => {} } };
    const before = painter.drawFunctions;
    skipSky({ painter } as unknown as MapLibreMap);
    expect(painter.drawFunctions).toBe(before);
    expect(() => skipSky({} as unknown as MapLibreMap)).not.toThrow();
  });
});
