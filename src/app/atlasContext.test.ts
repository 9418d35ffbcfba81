import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Atlas } from '../data/load.ts';
import { ARRIVAL_WAIT_MS, AtlasArrival } from './atlasContext.ts';

const atlas = {} as Atlas;

describe('AtlasArrival', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('resolves once what the listeners wait for is done', async () => {
    const arrival = new AtlasArrival();
    let drawn!: () => void;
    const heard: Atlas[] = [];
    arrival.listen((a) => {
      heard.push(a);
      return new Promise<void>((resolve) => (drawn = resolve));
    });
    let done = false;
    const announced = arrival.announce(atlas).then(() => (done = true));
    await Promise.resolve();
    expect(heard).toEqual([atlas]);
    expect(done).toBe(false);
    drawn();
    await announced;
    expect(done).toBe(true);
  });

  it('does not wait longer than ARRIVAL_WAIT_MS for a frame that does not come', async () => {
    vi.useFakeTimers();
    const arrival = new AtlasArrival();
    arrival.listen(() => new Promise(() => {}));
    let done = false;
    void arrival.announce(atlas).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(ARRIVAL_WAIT_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
  });

  it('does not wait at all with nothing to wait for, nor for a listener that throws or rejects', async () => {
    vi.useFakeTimers();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const arrival = new AtlasArrival();
    const stop = arrival.listen(() => new Promise(() => {}));
    arrival.listen(() => undefined);
    arrival.listen(() => {
      throw new Error('no map');
    });
    arrival.listen(() => Promise.reject(new Error('lost')));
    stop();
    let done = false;
    void arrival.announce(atlas).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
    expect(console.warn).toHaveBeenCalledWith('Could not draw the countries before the interface:', expect.any(Error));
  });
});
