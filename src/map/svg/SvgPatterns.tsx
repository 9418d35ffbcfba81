// The stripe patterns as SVG <pattern>s: the same tile as the WebGL map's images (patterns.ts), BAND_PX wide on
// screen. The camera scales them by 1/zoom (useSvgCamera) so they keep their screen size, as MapLibre's do.
import { useMemo } from 'react';
import type { Look } from '../palette.ts';
import { patternUrl } from '../patterns.ts';

type PatternLook = Extract<Look, { kind: 'pattern' }>;

/** A pattern id safe in a url(#…) reference: the look's id has ':' '+' '@'. */
export function patternDomId(look: PatternLook, prefix = ''): string {
  return `${prefix}svg-${look.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/**
 * `fills`: the looks' fills (looks.ts), the same object until a year, a toggle or the theme changes them. `idPrefix`
 * keeps a second drawing's ids (the Caribbean inset's) apart from the map's.
 */
export function SvgPatterns({
  fills,
  land,
  transform,
  idPrefix,
}: {
  fills: ReadonlyMap<string, Look>;
  land: string;
  transform?: string;
  idPrefix?: string;
}) {
  const tiles = useMemo(() => {
    const seen = new Map<string, PatternLook>();
    for (const look of fills.values()) if (look.kind === 'pattern') seen.set(look.id, look);
    return [...seen.values()].map((look) => ({ look, ...patternUrl(look, land) }));
  }, [fills, land]);
  return (
    <defs>
      {tiles.map(({ look, url, size }) => (
        <pattern
          key={look.id}
          id={patternDomId(look, idPrefix)}
          className="svg-pattern"
          patternUnits="userSpaceOnUse"
          width={size}
          height={size}
          patternTransform={transform}
        >
          <image href={url} width={size} height={size} />
        </pattern>
      ))}
    </defs>
  );
}
