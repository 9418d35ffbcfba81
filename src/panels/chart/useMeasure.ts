// The width of a chart's box, kept current with a ResizeObserver, so scales
// are built for the space the chart really has (375 px phone to 1920 px projector).
import { useLayoutEffect, useRef, useState } from 'react';

/** Width used before the first measurement (and where ResizeObserver is missing), in CSS pixels. */
const FALLBACK_WIDTH = 320;

export function useMeasure<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const w = Math.floor(el.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
