// Which countries stay undimmed: a presentation slide's spotlight, else the
// selected initiative's members, else, when two years are compared, the
// countries that changed between them, else every country (null).
import { useMemo } from 'react';
import { useAtlasData } from '../state/atlasContext.ts';
import { changesBetween } from '../data/changes.ts';
import { membersOf } from '../data/joins.ts';
import { LAST_YEAR, type Iso3 } from '../data/types.ts';
import { slideAt, spotlightOf } from '../state/slides.ts';
import { useAtlas } from '../state/store.ts';

export function useSpotlight(): ReadonlySet<Iso3> | null {
  const { core: index } = useAtlasData(); // the first view's index: see Atlas.core
  const present = useAtlas((s) => s.present && !s.embed);
  const slide = useAtlas((s) => s.slide);
  const deck = useAtlas((s) => s.deck);
  const initiative = useAtlas((s) => s.initiative);
  const year = useAtlas((s) => s.year);
  const compare = useAtlas((s) => s.compare);
  return useMemo(() => {
    if (present) {
      const list = spotlightOf(slideAt(slide, deck), index);
      if (list || compare === null) return list ? new Set(list) : null;
    }
    if (initiative) return new Set(membersOf(index.memberships, initiative, year).map((p) => p.membership.country));
    if (compare !== null)
      return new Set(changesBetween(index.memberships, compare, year ?? LAST_YEAR).map((c) => c.country));
    return null;
  }, [present, slide, deck, initiative, year, compare, index]);
}
