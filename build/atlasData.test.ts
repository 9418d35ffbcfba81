// The build emits the data as two files: what the first view needs, and the
// details. Together they are exactly the validated data set, and each parses
// on the app's side (src/data/load.ts).
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCoreData, parseData } from '../src/data/load.ts';
import { DATA_FILES } from '../src/data/types.ts';
import { CORE_KEYS, MEMBERSHIP_TEXTS, validateAtlasData } from '../src/data/validate.ts';
import { ATLAS_DATA_PATH, buildAtlasJson, DETAILS_DATA_PATH, readDataFiles } from './atlasData.ts';

const dataDir = resolve(import.meta.dirname, '..', 'data');

describe('the emitted data files', () => {
  const files = buildAtlasJson(dataDir);
  const core = JSON.parse(files[ATLAS_DATA_PATH]) as Record<string, unknown>;
  const details = JSON.parse(files[DETAILS_DATA_PATH]) as Record<string, unknown>;

  it('split every record list between the first view and the details, none in both', () => {
    expect(Object.keys(core).sort()).toEqual([...CORE_KEYS].sort());
    expect([...Object.keys(core), ...Object.keys(details)].sort()).toEqual(
      [...Object.keys(DATA_FILES), MEMBERSHIP_TEXTS].sort(),
    );
  });

  it('send the memberships’ texts (notes, sources, quotes) with the details, not in the first view', () => {
    const memberships = core.memberships as Record<string, unknown>[];
    expect(memberships.every((m) => !('note' in m) && !('sourceIds' in m) && !('quote' in m) && !('quotes' in m))).toBe(
      true,
    );
    expect((details[MEMBERSHIP_TEXTS] as unknown[]).length).toBe(memberships.length);
  });

  it('parse in the app, in two steps, to the data as validated at once', () => {
    const all = validateAtlasData(readDataFiles(dataDir)).data;
    expect(parseData(parseCoreData(core), details)).toEqual(all);
  });

  it('keep the first view small: the details are most of the bytes', () => {
    expect(files[ATLAS_DATA_PATH].length).toBeLessThan(files[DETAILS_DATA_PATH].length / 2);
  });
});
