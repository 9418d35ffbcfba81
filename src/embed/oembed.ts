// dist/oembed.json: the oEmbed (https://oembed.com) description of the atlas, beside embed.js, so a CMS that speaks
// oEmbed can embed it from its address. Type "rich": its html is the Share dialog's one-snippet embed of the
// overview. Written by the embed build (vite.embed.config.ts) for the address the site is published at.
import { DEFAULT_URL_STATE } from '../state/urlState.ts';
import { shareTexts } from './share.ts';

export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
}

/** A day, in seconds: the snippet changes only when the site moves. */
const CACHE_AGE = 86_400;

/** For the atlas published at `siteUrl` (absolute, ending in "/"). */
export function oembedDocument(siteUrl: string): OEmbed {
  const { snippet } = shareTexts(DEFAULT_URL_STATE, siteUrl);
  return {
    version: '1.0',
    type: 'rich',
    title: 'Hemisphere Atlas: U.S. security-assistance initiatives in the Western Hemisphere',
    provider_name: 'Hemisphere Atlas',
    provider_url: siteUrl,
    html: snippet,
    // The element takes its host's width and sizes its own height; these are the starting size (hostElement.ts).
    width: 960,
    height: 560,
    cache_age: CACHE_AGE,
  };
}
