// The real data files, validated and indexed, for unit tests that check words
// against what the atlas actually ships (test-only: imported by *.test.ts).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { indexAtlas, type AtlasIndex } from '../data/joins.ts';
import { DATA_FILES } from '../data/types.ts';
import { validateAtlasData } from '../data/validate.ts';

export const DATA_DIR = resolve(import.meta.dirname, '..', '..', 'data');

export function readDataFiles(): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const file of Object.values(DATA_FILES)) files[file] = JSON.parse(readFileSync(resolve(DATA_DIR, file), 'utf8'));
  return files;
}

export function realIndex(): AtlasIndex {
  const { data, errors } = validateAtlasData(readDataFiles());
  if (!data || errors.length) throw new Error(`data/ does not validate: ${errors.length} errors`);
  return indexAtlas(data);
}
