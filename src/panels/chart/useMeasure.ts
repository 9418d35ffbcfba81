// The width and type size of a chart's box, kept current with a ResizeObserver, so scales are built for the space
// the chart really has (375 px phone to 1920 px projector) and its spacing grows with its text (12 px on a screen,
// 18 px in the projector theme: charts.css).
import { useLayoutEffect, useRef, useState } from 'react';

/** Width used before the first measurement (and where ResizeObserver is missing), in CSS pixels. */
const FALLBACK_WIDTH = 320;
/** The type size the charts' spacing constants are written for, CSS pixels. */
export const BASE_FONT_PX = 12;

export interface ChartBox {
  width: number;
  /** The box's font size, CSS pixels. */
  fontPx: number;
  /** fontPx / BASE_FONT_PX: what a layout multiplies its spacing by. */
  k: number;
  /** The box's font, as canvas measureText takes it (weight left to the caller). */
  fontFamily: string;
}

export function useMeasure<T extends HTMLElement>(): [React.RefObject<T | null>, number, ChartBox] {
  const ref = useRef<T>(null);
  const [box, setBox] = useState<ChartBox>({
    width: FALLBACK_WIDTH,
    fontPx: BASE_FONT_PX,
    k: 1,
    fontFamily: 'sans-serif',
  });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const width = Math.floor(el.getBoundingClientRect().width);
      const style = getComputedStyle(el);
      const fontPx = parseFloat(style.fontSize) || BASE_FONT_PX;
      if (width <= 0) return;
      setBox((b) =>
        b.width === width && b.fontPx === fontPx
          ? b
          : { width, fontPx, k: fontPx / BASE_FONT_PX, fontFamily: style.fontFamily },
      );
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, box.width, box];
}
