// A chart's tooltip: placed over the mark that is hovered or focused, inside
// the chart's positioned box. The same words are the mark's accessible name.
import type { ReactNode } from 'react';

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
    <div className="chart-tip" role="presentation" style={{ top: tip.y, ...(left ? { right: width - tip.x } : { left: tip.x }) }}>
      {tip.content}
    </div>
  );
}
