// The span of years the atlas covers, read from the data itself: from the first
// year a membership starts to the last year any membership, goal set, funding
// figure or event names. The build hands it to the app as `__ATLAS_YEARS__`
// (Vite's `define`), so the year control, the `year` parameter and every title
// follow the data; nothing in the code says where the period ends.
// This module must not import src/data/types.ts: that module reads the span.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

type Rows = Record<string, unknown>[];

function rows(dir: string, file: string): Rows {
  return JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as Rows;
}

const ints = (values: unknown[]): number[] => values.filter((v): v is number => Number.isInteger(v));

/** [first, last] for the data in `dir` (data/). A year after the build's own year is a typo, and stops the build. */
export function dataYears(dir: string, now = new Date()): [number, number] {
  const memberships = rows(dir, 'memberships.json');
  const first = Math.min(...ints(memberships.map((m) => m.firstYear)));
  const last = Math.max(
    ...ints(memberships.flatMap((m) => [m.firstYear, m.lastYear])),
    ...ints(rows(dir, 'goals.json').flatMap((g) => [g.firstYear, g.lastYear])),
    ...ints(rows(dir, 'funding.json').map((f) => f.fyLast)),
    ...ints(rows(dir, 'events.json').map((e) => Number(String(e.date).slice(0, 4)))),
  );
  if (!Number.isFinite(first) || !Number.isFinite(last))
    throw new Error('data/memberships.json: no years to derive the atlas’s period from');
  if (last > now.getUTCFullYear())
    throw new Error(`data: a record names the year ${last}, after this build’s year (a typo?)`);
  return [first, last];
}

/** What vite.config.ts and vite.embed.config.ts hand to `define`. */
export function yearsDefine(years: [number, number]): Record<string, string> {
  return { __ATLAS_YEARS__: JSON.stringify(years) };
}
