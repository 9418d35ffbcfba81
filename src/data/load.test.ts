// The data arrives in two files: the first view's (countries, initiatives,
// memberships) and the details. Each is validated when it arrives, a failure
// names its file, and the details make the atlas complete without touching
// what the map was drawn from.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildAtlas, DATA_URL, DETAILS_URL, loadDetails, parseCoreData, parseData, type Geometry } from './load.ts';
import { DATA_FILES, type AtlasData } from './types.ts';
import { splitForFirstView, validateAtlasData, type CoreData } from './validate.ts';

const raw = import.meta.glob<string>('../../data/*.json', { eager: true, query: '?raw', import: 'default' });
const FILES: Record<string, unknown> = Object.fromEntries(
  Object.entries(raw).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), JSON.parse(text)]),
);

function realData(): AtlasData {
  const { data } = validateAtlasData(FILES);
  if (!data) throw new Error('fixture: the committed data is invalid');
  return data;
}

/** The two JSON bodies as the build splits them (build/atlasData.ts; build/atlasData.test.ts checks that split). */
function split(data: AtlasData): { core: Record<string, unknown>; details: Record<string, unknown> } {
  return splitForFirstView(structuredClone(data));
}

const NO_GEOMETRY: Geometry = {
  countries: { type: 'FeatureCollection', features: [] },
  labels: new Map(),
  bounds: new Map(),
  neighbours: new Map(),
};

afterEach(() => vi.unstubAllGlobals());

describe('the first view’s data', () => {
  it('names data/atlas.json when a record is broken', () => {
    const { core } = split(realData());
    (core.memberships as Record<string, unknown>[])[0]!.country = 'XXX';
    expect(() => parseCoreData(core)).toThrow(`${DATA_URL}: failed validation`);
  });
});

describe('the details', () => {
  it('are where a membership’s sources are checked, and a failure names data/details.json', () => {
    const { core, details } = split(realData());
    (details.sources as Record<string, unknown>[]).splice(0);
    // Without the sources, the first view's file is still valid on its own…
    const parsed = parseCoreData(core);
    // …and the missing sources are found once the details arrive.
    expect(() => parseData(parsed, details)).toThrow(`${DETAILS_URL}: failed validation`);
  });

  it('make the atlas complete and keep the memberships’ index the map was coloured from', async () => {
    const { core, details } = split(realData());
    const coreData = parseCoreData(core) as CoreData;
    const empty = Object.fromEntries(Object.keys(DATA_FILES).map((key) => [key, []])) as unknown as AtlasData;
    const partial = buildAtlas(NO_GEOMETRY, { ...empty, ...coreData } as AtlasData, false);
    const honduras = partial.index.data.memberships.find((m) => m.id === 'hnd-carsi')!;
    expect(honduras.note).toBeUndefined(); // the first view's form: its texts come with the details
    expect(partial.complete).toBe(false);
    expect(partial.index.data.sources).toEqual([]);

    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: URL) => {
      fetched.push(url.pathname);
      return new Response(JSON.stringify(details), { status: 200 });
    });
    const full = await loadDetails('http://atlas.test/a/', partial);
    expect(fetched).toEqual(['/a/data/details.json']);
    expect(full.complete).toBe(true);
    expect(full.index.memberships).toBe(partial.index.memberships);
    // The same records, now with their texts: what was built from them stays, and the panels can show them.
    expect(honduras.note.en).toMatch(/Honduras|CARSI/);
    expect(honduras.sourceIds.length).toBeGreaterThan(0);
    expect(full.index.countries).toBe(partial.index.countries);
    expect(full.index.sources.size).toBe(realData().sources.length);
  });

  it('say which file failed when the server answers with an error', async () => {
    const { core } = split(realData());
    const empty = Object.fromEntries(Object.keys(DATA_FILES).map((key) => [key, []])) as unknown as AtlasData;
    const partial = buildAtlas(NO_GEOMETRY, { ...empty, ...parseCoreData(core) } as AtlasData, false);
    vi.stubGlobal('fetch', async () => new Response('oops', { status: 500, statusText: 'Internal Server Error' }));
    await expect(loadDetails('http://atlas.test/', partial)).rejects.toThrow(`${DETAILS_URL}: the server answered 500`);
  });
});
