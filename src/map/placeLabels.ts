// Where each country's name goes: the one placement used by the map's names (CountryLabels), the Eastern Caribbean
// inset's and the image export's. Pure: points and sizes in, boxes out.
//
// The subject (the countries a view is about) is placed first and never hidden while there is room anywhere near its
// point: a name that cannot sit on its country moves beside it and keeps a leader line to it. Other names sit on
// their country or not at all, so they give way first.
import type { Iso3 } from '../data/types.ts';

/** [left, top, right, bottom] in CSS pixels. */
export type Box = [number, number, number, number];

export interface LabelRequest {
  iso: Iso3;
  /** Where the country is on screen. */
  at: { x: number; y: number };
  width: number;
  height: number;
  /** A country the view is about: moved beside its point with a leader line rather than hidden. */
  subject: boolean;
}

export interface LabelPlace {
  iso: Iso3;
  box: Box;
  visible: boolean;
  /** From the country's point to the name's edge, when the name sits beside its country. */
  leader: [number, number, number, number] | null;
}

export interface PlaceOptions {
  /** Gap kept between names, and between a name and the area's edge. */
  gap: number;
  /** 'centre': a name sits on its point when it can (the map); 'east': beside it, to the right first (the inset's sea). */
  prefer: 'centre' | 'east';
  /** Boxes no name may overlap (an inset over the map). */
  avoid?: readonly Box[];
}

/** Directions a subject's name tries, nearest first: right, left, up, down, then the diagonals. */
const DIRECTIONS: readonly [number, number][] = [
  [1, 0],
  [-1, 0],
  [0, -1],
  [0, 1],
  [1, -1],
  [1, 1],
  [-1, -1],
  [-1, 1],
];
const EAST_FIRST: readonly [number, number][] = [
  [1, 0],
  [1, -1],
  [1, 1],
  [0, -1],
  [0, 1],
  [-1, 0],
  [-1, -1],
  [-1, 1],
];
/** How far out a subject's name may move, in steps of about a line. */
const RINGS = 14;

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a[0] < b[2] + gap && a[2] + gap > b[0] && a[1] < b[3] + gap && a[3] + gap > b[1];
}

function boxAt(cx: number, cy: number, w: number, h: number): Box {
  return [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
}

/** The centres a name tries, in order: for the subject a widening fan round its point, for others the point alone. */
function centres(r: LabelRequest, prefer: PlaceOptions['prefer']): [number, number][] {
  const { x, y } = r.at;
  if (!r.subject) return [prefer === 'centre' ? [x, y] : [x + r.width / 2 + 4, y]];
  const out: [number, number][] = prefer === 'centre' ? [[x, y]] : [];
  const directions = prefer === 'east' ? EAST_FIRST : DIRECTIONS;
  for (let ring = 1; ring <= RINGS; ring++) {
    const dx = r.width / 2 + 4 + (ring - 1) * 10;
    const dy = r.height / 2 + 2 + (ring - 1) * (r.height * 0.75);
    for (const [ux, uy] of directions)
      out.push([x + ux * dx, y + uy * (ux === 0 ? dy : ring === 1 ? r.height * 0.6 : dy)]);
  }
  return out;
}

/** The segment from a point to the nearest point of a box's edge; null when the point is on the box. */
function leaderTo(p: { x: number; y: number }, box: Box): LabelPlace['leader'] {
  const ex = Math.min(Math.max(p.x, box[0]), box[2]);
  const ey = Math.min(Math.max(p.y, box[1]), box[3]);
  if (Math.hypot(ex - p.x, ey - p.y) < 3) return null;
  return [p.x, p.y, ex, ey];
}

/** Places the names in the order given (put the subject and the most important first). */
export function placeLabels(
  requests: readonly LabelRequest[],
  area: Box,
  { gap, prefer, avoid = [] }: PlaceOptions,
): LabelPlace[] {
  const taken: Box[] = [...avoid];
  const inside = (b: Box) =>
    b[0] >= area[0] + gap && b[1] >= area[1] + gap && b[2] <= area[2] - gap && b[3] <= area[3] - gap;
  return requests.map((r) => {
    // A country off the area is not named there: a leader line would point out of the map.
    const on = r.at.x >= area[0] && r.at.x <= area[2] && r.at.y >= area[1] && r.at.y <= area[3];
    for (const [cx, cy] of on ? centres(r, prefer) : []) {
      const box = boxAt(cx, cy, r.width, r.height);
      if (!inside(box) || taken.some((t) => overlaps(box, t, gap))) continue;
      taken.push(box);
      return { iso: r.iso, box, visible: true, leader: leaderTo(r.at, box) };
    }
    return { iso: r.iso, box: boxAt(r.at.x, r.at.y, r.width, r.height), visible: false, leader: null };
  });
}
