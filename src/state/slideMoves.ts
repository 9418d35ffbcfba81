// Moving between slides: pure functions of the current slide (1-based, as in
// the URL) and the number of slides. Every move is clamped, so a clicker
// pressed once too often stays on the last slide instead of wrapping.

export type Move = 'next' | 'prev' | 'first' | 'last' | { goTo: number };

export function clampSlide(slide: number, count: number): number {
  if (count < 1) return 1;
  if (!Number.isFinite(slide)) return 1;
  return Math.min(Math.max(Math.round(slide), 1), count);
}

export function next(slide: number, count: number): number {
  return clampSlide(slide + 1, count);
}

export function prev(slide: number, count: number): number {
  return clampSlide(slide - 1, count);
}

export function first(): number {
  return 1;
}

export function last(count: number): number {
  return clampSlide(count, count);
}

export function goTo(slide: number, count: number): number {
  return clampSlide(slide, count);
}

export function move(slide: number, count: number, m: Move): number {
  const from = clampSlide(slide, count);
  if (m === 'next') return next(from, count);
  if (m === 'prev') return prev(from, count);
  if (m === 'first') return first();
  if (m === 'last') return last(count);
  return goTo(m.goTo, count);
}
