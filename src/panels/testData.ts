// The real data files for the panels' unit tests, read through Vite's glob and
// validated as the app does, so the derive functions are tested on what ships.
import type { AtlasData } from '../data/types.ts';
import { formatError, validateAtlasData } from '../data/validate.ts';

const raw = import.meta.glob<string>('../../data/*.json', { eager: true, query: '?raw', import: 'default' });

export function realData(): AtlasData {
  const files = Object.fromEntries(
    Object.entries(raw).map(([path, text]) => [path.slice(path.lastIndexOf('/') + 1), JSON.parse(text) as unknown]),
  );
  const { data, errors } = validateAtlasData(files);
  if (!data) throw new Error(`data/ does not validate: ${errors.map(formatError).join('; ')}`);
  return data;
}
