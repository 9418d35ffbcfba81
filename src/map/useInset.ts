// Whether the Eastern Caribbean inset shows, for the inset itself and for the map's names (which give the inset
// its corner and leave the islands' names to it). Follows the camera through the viewport, so it works over either
// renderer.
import { useEffect, useMemo, useState } from 'react';
import { useAtlasData } from '../state/atlasContext.ts';
import type { Iso3 } from '../data/types.ts';
import { useAtlas } from '../state/store.ts';
import { insetCountries, insetWanted, subjectOf } from './inset.ts';
import { useSpotlight } from './useSpotlight.ts';
import { useViewport } from './viewport.ts';

export interface InsetState {
  /** The inset is on the map. */
  shown: boolean;
  /** The islands it names, north to south. */
  islands: readonly Iso3[];
  /** The countries the view is about (inset.ts subjectOf). */
  subject: ReadonlySet<Iso3>;
}

export function useInset(): InsetState {
  const viewport = useViewport();
  const { geometry } = useAtlasData();
  const spotlight = useSpotlight();
  const selected = useAtlas((s) => s.country);
  const islands = useMemo(() => insetCountries(geometry), [geometry]);
  const subject = useMemo(() => subjectOf(spotlight, selected), [spotlight, selected]);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!viewport) return;
    const check = () => {
      const { width, height } = viewport.element.getBoundingClientRect();
      setShown(insetWanted(islands, subject, viewport.project, { width, height }));
    };
    check();
    return viewport.onChange(check);
  }, [viewport, islands, subject]);
  return { shown, islands, subject };
}
