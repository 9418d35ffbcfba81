// Imported first by vite.config.ts: the config's own imports (the data plugin
// validates with src/data/types.ts) read the period as a global, as the app
// reads it through `define`.
import { resolve } from 'node:path';
import { dataYears } from './years.ts';

export const ATLAS_YEARS = dataYears(resolve(import.meta.dirname, '../data'));
(globalThis as { __ATLAS_YEARS__?: [number, number] }).__ATLAS_YEARS__ = ATLAS_YEARS;
