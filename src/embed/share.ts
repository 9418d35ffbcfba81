// What the Share dialog offers for the current view: a link to the full atlas
// and an embed snippet. Pure, so the escaping is tested.
import { toSearch, type UrlState } from '../state/urlState.ts';

export interface ShareTexts {
  /** The full atlas at this view. */
  link: string;
  /** The HTML a host page pastes: embed.js and one <hemisphere-atlas> element. */
  snippet: string;
}

/** For an HTML attribute value in double quotes. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The atlas's own address for a view: same page, no embed flag, no fragment. */
export function viewUrl(state: UrlState, pageHref: string): string {
  const url = new URL(pageHref);
  url.search = toSearch({ ...state, embed: false });
  url.hash = '';
  return url.href;
}

export function shareTexts(state: UrlState, pageHref: string): ShareTexts {
  const link = viewUrl(state, pageHref);
  // embed.js sits at the root of the built site, beside index.html.
  const script = new URL('embed.js', pageHref).href;
  const snippet =
    `<script src="${escapeAttribute(script)}" defer></script>\n` +
    `<hemisphere-atlas src="${escapeAttribute(link)}"></hemisphere-atlas>`;
  return { link, snippet };
}
