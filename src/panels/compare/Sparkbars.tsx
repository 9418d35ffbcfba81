// Stateless SVG: a row's yearly appropriations as small bars, on the scale the comparison shares across rows.
export function Sparkbars({
  bars,
  width,
  height,
  color,
  label,
}: {
  bars: { fy: number; total: number; x: number; w: number; y: number; h: number }[];
  width: number;
  height: number;
  color: string;
  label: string;
}) {
  return (
    <svg
      className="sparkbars"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={label}
    >
      {bars.map((b) => (
        <rect
          key={b.fy}
          x={b.x}
          y={b.y}
          width={b.w}
          height={Math.max(b.h, 1)}
          fill={color}
          data-fy={b.fy}
          data-total={b.total}
        />
      ))}
      <line x1={0} x2={width} y1={height - 0.5} y2={height - 0.5} stroke="currentColor" />
    </svg>
  );
}
