// The real data files, validated and indexed, for unit tests that check words
// against what the atlas actually ships (test-only: imported by *.test.ts).
import { indexAtlas, type AtlasIndex } from './joins.ts';
import { DATA_FILES } from './types.ts';
import { validateAtlasData } from './validate.ts';

const RAW = import.meta.glob<string>('../../data/*.json', { eager: true, query: '?raw', import: 'default' });

export function readDataFiles(): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const file of Object.values(DATA_FILES)) {
    const raw = RAW[`../../data/${file}`];
    if (raw === undefined) throw new Error(`data/${file} is missing`);
    files[file] = JSON.parse(raw);
  }
  return files;
}

export function realIndex(): AtlasIndex {
  const { data, errors } = validateAtlasData(readDataFiles());
  if (!data || errors.length) throw new Error(`data/ does not validate: ${errors.length} errors`);
  return indexAtlas(data);
}
