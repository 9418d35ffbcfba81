// Labels along an axis that never overlap: every label is measured, and when neighbours would touch only every
// n-th is shown (the first always), with n the smallest step that leaves a gap between all the shown ones.

/**
 * The step (1 = every label) for labels centred at `centers` (ascending, CSS pixels) with measured `widths`, so that
 * any two shown labels keep at least `gap` pixels apart.
 */
export function labelStep(centers: readonly number[], widths: readonly number[], gap: number): number {
  const n = centers.length;
  for (let step = 1; step < n; step++) {
    let fits = true;
    for (let i = step; i < n && fits; i += step) {
      const room = centers[i]! - centers[i - step]!;
      fits = room >= (widths[i]! + widths[i - step]!) / 2 + gap;
    }
    if (fits) return step;
  }
  return Math.max(n, 1);
}

let context: CanvasRenderingContext2D | null | undefined;

/** The width of `text` in `font` (a CSS font shorthand), CSS pixels; a rough estimate where there is no canvas. */
export function textWidth(text: string, font: string, fontPx: number): number {
  if (context === undefined)
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!context) return text.length * fontPx * 0.6;
  context.font = font;
  return context.measureText(text).width;
}

/** The average width of a character of running text in `font`, CSS pixels: what label wrapping counts in. */
export function charWidth(font: string, fontPx: number): number {
  const sample = 'Presidents Bush and Calderón meet in Mérida to expand cooperation';
  return textWidth(sample, font, fontPx) / sample.length;
}
