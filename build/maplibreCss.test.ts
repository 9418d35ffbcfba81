// The atlas ships only the rules of MapLibre's stylesheet that style what its map creates (src/styles/maplibre.css): each must
// still be MapLibre's own, word for word, so an upgrade that changes one shows here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const read = (path: string) => readFileSync(path, 'utf8');
const ourCss = read(new URL('../src/styles/maplibre.css', import.meta.url).pathname);
const theirCss = read(createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css'));

const rules = (css: string) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('}')
    .map((rule) => rule.trim())
    .filter(Boolean);

describe('the MapLibre rules the atlas keeps', () => {
  const ours = rules(ourCss);
  const theirs = new Set(rules(theirCss));

  it('are rules of the installed MapLibre stylesheet, unchanged', () => {
    expect(ours.length).toBeGreaterThan(5);
    expect(ours.filter((rule) => !theirs.has(rule))).toEqual([]);
  });

  it('include the container, the canvas and the touch behaviour the map depends on', () => {
    const selectors = ours.map((rule) => rule.slice(0, rule.indexOf('{')));
    for (const needed of [
      '.maplibregl-map',
      '.maplibregl-canvas',
      '.maplibregl-canvas-container.maplibregl-touch-drag-pan',
      '.maplibregl-boxzoom',
    ])
      expect(
        selectors.some((s) => s.split(',').includes(needed)),
        needed,
      ).toBe(true);
  });
});
