// Which countries stay undimmed: a presentation slide's spotlight, else the
// selected initiative's members, else every country (null).
import { useMemo } from 'react';
import { useAtlasData } from '../app/atlasContext.ts';
import { membersOf } from '../data/joins.ts';
import type { Iso3 } from '../data/types.ts';
import { slideAt } from '../present/deck.ts';
import { spotlightOf } from '../present/slides.ts';
import { useAtlas } from '../state/store.ts';

export function useSpotlight(): ReadonlySet<Iso3> | null {
  const { core: index } = useAtlasData(); // the first view's index: see Atlas.core
  const present = useAtlas((s) => s.present && !s.embed);
  const slide = useAtlas((s) => s.slide);
  const deck = useAtlas((s) => s.deck);
  const initiative = useAtlas((s) => s.initiative);
  const year = useAtlas((s) => s.year);
  return useMemo(() => {
    if (present) {
      const list = spotlightOf(slideAt(slide, deck), index);
      return list ? new Set(list) : null;
    }
    if (!initiative) return null;
    return new Set(membersOf(index.memberships, initiative, year).map((p) => p.membership.country));
  }, [present, slide, deck, initiative, year, index]);
}
