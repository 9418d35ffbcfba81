// The data's version, fixed by the build (vite.config.ts `define`): the
// package's version and the date the data last changed, e.g. "0.1.0 (data
// 2026-12-07)". Citations and downloads name it so a reader can tell which
// edition of the facts they used.
declare const __ATLAS_VERSION__: string;
declare const __ATLAS_DATA_DATE__: string;
declare const __ATLAS_EXCERPT_IDS__: string[];

export const ATLAS_VERSION: string = typeof __ATLAS_VERSION__ === 'string' ? __ATLAS_VERSION__ : 'dev';
/** ISO date (YYYY-MM-DD) of the last change to data/. */
export const DATA_DATE: string = typeof __ATLAS_DATA_DATE__ === 'string' ? __ATLAS_DATA_DATE__ : 'unknown';

/** "0.1.0+data.2026-12-07": one token, for BibTeX and file metadata. */
export const DATA_VERSION = `${ATLAS_VERSION}+data.${DATA_DATE}`;

/** Sources whose stored excerpts (data/excerpts/<id>.md) ship with the site. */
export const EXCERPT_IDS: ReadonlySet<string> = new Set(
  typeof __ATLAS_EXCERPT_IDS__ === 'object' ? __ATLAS_EXCERPT_IDS__ : [],
);
