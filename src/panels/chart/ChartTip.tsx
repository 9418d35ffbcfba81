// A chart's tooltip: placed over the mark that is hovered or focused, inside
// the chart's positioned box. The same words are the mark's accessible name.
import type { PointerEvent, ReactNode } from 'react';

export interface TipAt {
  /** Mark position in the chart box, CSS pixels from its top left. */
  x: number;
  y: number;
  content: ReactNode;
}

export function ChartTip({ tip, width }: { tip: TipAt | null; width: number }) {
  if (!tip) return null;
  // Keep the box inside the chart: flip to the left of the mark past the middle.
  const left = tip.x > width / 2;
  return (
    <div
      className="chart-tip"
      role="presentation"
      style={{ top: tip.y, ...(left ? { right: width - tip.x } : { left: tip.x }) }}
    >
      {tip.content}
    </div>
  );
}

/**
 * What shows and hides a mark's tooltip: a pointer moving over the mark, or keyboard focus on it. A mark that a scroll
 * brings under a still pointer (a click on a section link scrolls the panel) is not hovered: Chromium sends such a
 * mark pointer boundary events, but the pointer has not moved (movementX and movementY are 0).
 */
export function tipEvents(key: string, onTip: (key: string | null) => void) {
  return {
    onPointerMove: (e: PointerEvent) => {
      if (e.movementX !== 0 || e.movementY !== 0) onTip(key);
    },
    onPointerLeave: () => onTip(null),
    onFocus: () => onTip(key),
    onBlur: () => onTip(null),
  };
}
