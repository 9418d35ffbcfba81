// The stripe patterns as SVG <pattern>s, built from the same colour runs as the
// WebGL map's images (palette.ts stripeRuns): 45° bands, BAND_PX wide on screen.
import type { Look } from '../palette.ts';
import { stripeRuns } from '../palette.ts';

type PatternLook = Extract<Look, { kind: 'pattern' }>;

/** A pattern id safe in a url(#…) reference: the look's id has ':' '+' '@'. */
export function patternDomId(look: PatternLook): string {
  return `svg-${look.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/**
 * The WebGL tile colours a pixel by (x + y) mod period: stripes running down to
 * the left. Vertical bars rotated 45° give the same; the bars are 1/√2 as wide,
 * as the period measured across the stripes is period/√2. The renderer adds
 * scale(1/zoom) to the transform so the stripes keep their screen size.
 */
export function SvgPatterns({ looks, land, transform = 'rotate(45)' }: { looks: Iterable<Look>; land: string; transform?: string }) {
  const seen = new Map<string, PatternLook>();
  for (const look of looks) if (look.kind === 'pattern') seen.set(look.id, look);
  return (
    <defs>
      {[...seen.values()].map((look) => {
        const runs = stripeRuns(look.bands, land);
        const period = runs.reduce((sum, [, len]) => sum + len, 0) / Math.SQRT2;
        let at = 0;
        return (
          <pattern key={look.id} id={patternDomId(look)} className="svg-pattern" patternUnits="userSpaceOnUse" width={period} height={period} patternTransform={transform}>
            {runs.map(([color, len], i) => {
              const w = len / Math.SQRT2;
              const rect = <rect key={i} x={at} y={0} width={w + 0.05} height={period} fill={color} />;
              at += w;
              return rect;
            })}
          </pattern>
        );
      })}
    </defs>
  );
}
