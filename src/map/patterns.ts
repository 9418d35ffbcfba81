// Stripes and hatches, drawn one way: a square tile of 45° stripes (patternImage), handed to MapLibre as an image,
// to the SVG map and the legend as a data: URL, and to the export's canvas as a pattern. Every renderer repeats
// the same pixels.
import type { Map as MapLibreMap } from 'maplibre-gl';
import { parseHex, stripeRuns, type Look } from './palette.ts';

/** Device pixels per CSS pixel in the pattern images: crisp on HiDPI screens and in 2× exports. */
export const PIXEL_RATIO = 2;

type PatternLook = Extract<Look, { kind: 'pattern' }>;

/** A square tile of 45° stripes that repeats seamlessly: colour depends on (x + y) mod period. */
export function patternImage(look: PatternLook, land: string): { width: number; height: number; data: Uint8Array } {
  const runs = stripeRuns(look.bands, land).map(([c, len]) => [parseHex(c), Math.round(len * PIXEL_RATIO)] as const);
  const period = runs.reduce((sum, [, len]) => sum + len, 0);
  const lookup: [number, number, number][] = [];
  for (const [rgb, len] of runs) for (let i = 0; i < len; i++) lookup.push(rgb);
  const size = period;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const [r, g, b] = lookup[(x + y) % period]!;
      const o = (y * size + x) * 4;
      data[o] = r;
      data[o + 1] = g;
      data[o + 2] = b;
      data[o + 3] = 255;
    }
  return { width: size, height: size, data };
}

export function ensurePatterns(map: MapLibreMap, looks: Iterable<Look>, land: string): void {
  for (const look of looks) {
    if (look.kind !== 'pattern' || map.hasImage(look.id)) continue;
    map.addImage(look.id, patternImage(look, land), { pixelRatio: PIXEL_RATIO });
  }
}

/** The tile on a canvas (browser only): for a 2D context's createPattern, and for patternUrl. */
export function patternCanvas(look: PatternLook, land: string): HTMLCanvasElement {
  const { width, height, data } = patternImage(look, land);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  canvas.getContext('2d')?.putImageData(new ImageData(new Uint8ClampedArray(data), width, height), 0, 0);
  return canvas;
}

/** The tile as a PNG data: URL and its size in CSS pixels, for SVG <pattern>s and CSS backgrounds (browser only). */
export function patternUrl(look: PatternLook, land: string): { url: string; size: number } {
  const canvas = patternCanvas(look, land);
  return { url: canvas.toDataURL('image/png'), size: canvas.width / PIXEL_RATIO };
}
