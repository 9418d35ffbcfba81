// embed.js: the one script a host page loads. It defines <hemisphere-atlas>,
// which turns its attributes into a lazily loaded iframe of the atlas and
// sizes that iframe from the atlas's `atlas:resize` messages. Built on its own
// (vite.embed.config.ts) into dist/embed.js: nothing imported at run time
// (its few helpers are bundled in), no <style> element and no inline
// handlers, so a host's strict CSP allows it (styles are set through
// element.style, which CSP does not govern).
//
// theme="auto" and lang="auto" follow the host page: its colour scheme and its
// <html lang>, live. The element reports the atlas's selection, year and slide
// as events and through getState().
import { AUTO, hostLang, hostTheme } from './hostFollow.ts';
import type { OutboundMessage } from './messages.ts';

const TAG = 'hemisphere-atlas';
/** Attributes copied into the atlas's query string (the contract's URL parameters). */
const VIEW_ATTRIBUTES = ['country', 'initiative', 'year', 'lang', 'theme'] as const;
const DEFAULT_HEIGHT = 560;
/** Far above any real layout: a larger height is a bug or a hostile frame, not content. */
const MAX_HEIGHT = 20_000;
const DEFAULT_TITLE = 'Hemisphere Atlas: map of U.S. security-assistance initiatives in the Western Hemisphere';

type Selection = { country?: string | null; initiative?: string | null };
type ViewPatch = { lang?: string; theme?: string; year?: number | null; slide?: number };
/** What getState() returns: the view as the atlas last reported it, with the language and theme it was given. */
type AtlasViewState = {
  ready: boolean;
  country: string | null;
  initiative: string | null;
  year: number | null;
  slide: number;
  lang: string | null;
  theme: string | null;
};
/** The contract's year range is the URL's; this only keeps absurd numbers out of the host's events. */
const MAX_YEAR = 2100;
const MAX_SLIDE = 99;

function pixels(value: string | null): number | undefined {
  const n = value === null ? NaN : parseInt(value, 10);
  return n > 0 && n <= MAX_HEIGHT ? n : undefined;
}

function isRecord(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null;
}

function orNullString(value: unknown): string | null {
  return typeof value === 'string' && value.length <= 32 ? value : null;
}

/** An integer year, null ("every year"), or undefined when the value is neither. */
function yearOf(value: unknown): number | null | undefined {
  if (value === null) return null;
  return Number.isSafeInteger(value) && (value as number) >= 1900 && (value as number) <= MAX_YEAR
    ? (value as number)
    : undefined;
}

function slideOf(value: unknown): number | undefined {
  return Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= MAX_SLIDE
    ? (value as number)
    : undefined;
}

class HemisphereAtlasElement extends HTMLElement {
  static observedAttributes = ['src', 'title', 'height', ...VIEW_ATTRIBUTES];

  private frame: HTMLIFrameElement | null = null;
  private origin = '';
  /** The address the atlas shows now: the frame's src, or what live theme/lang changes made of it. */
  private shown = '';
  /** The address the frame loaded. */
  private loaded = '';
  private state: AtlasViewState = {
    ready: false,
    country: null,
    initiative: null,
    year: null,
    slide: 1,
    lang: null,
    theme: null,
  };
  private readonly onMessage = (event: MessageEvent) => this.receive(event);
  private readonly onHostChange = () => this.followHost();
  private readonly hostObserver = new MutationObserver(this.onHostChange);
  private darkQuery: MediaQueryList | null = null;

  connectedCallback(): void {
    // Block, full width: the host's layout decides the width, the atlas its height.
    if (!this.style.display) this.style.display = 'block';
    if (!this.frame) {
      const frame = document.createElement('iframe');
      frame.loading = 'lazy';
      // Lets the Share dialog's Copy button write to the clipboard from inside the frame.
      frame.allow = 'clipboard-write';
      frame.referrerPolicy = 'strict-origin-when-cross-origin';
      frame.style.display = 'block';
      frame.style.width = '100%';
      frame.style.border = '0';
      this.frame = frame;
      this.update();
      this.appendChild(frame);
    }
    window.addEventListener('message', this.onMessage);
    this.watchHost();
  }

  disconnectedCallback(): void {
    window.removeEventListener('message', this.onMessage);
    this.hostObserver.disconnect();
    this.darkQuery?.removeEventListener('change', this.onHostChange);
    this.darkQuery = null;
  }

  /** The atlas's view as it last reported it (selection, year, slide) and the language and theme it was given. */
  getState(): AtlasViewState {
    return { ...this.state };
  }

  attributeChangedCallback(name: string): void {
    if (!this.frame) return;
    if (name === 'theme' || name === 'lang') this.watchHost();
    // A new `height` is a new starting height; other attributes keep the height the atlas reported.
    if (name === 'height') this.frame.style.height = '';
    this.update();
  }

  /** Ask the atlas to select a country or an initiative (null clears). */
  select(selection: Selection): void {
    this.post({ type: 'atlas:select', ...selection });
  }

  /** Change the atlas's language, theme, year or slide. */
  set(patch: ViewPatch): void {
    if (typeof patch.lang === 'string') this.state.lang = patch.lang;
    if (typeof patch.theme === 'string') this.state.theme = patch.theme;
    this.post({ type: 'atlas:set', ...patch });
  }

  /** The view attributes, with "auto" resolved against the host page as it is now. */
  private viewValue(name: (typeof VIEW_ATTRIBUTES)[number]): string | null {
    const value = this.getAttribute(name);
    if (value?.trim().toLowerCase() !== AUTO) return value;
    if (name === 'theme')
      return hostTheme(
        getComputedStyle(this).colorScheme || '',
        window.matchMedia('(prefers-color-scheme: dark)').matches,
      );
    if (name === 'lang') return hostLang(document.documentElement.lang);
    return null;
  }

  private isAuto(name: 'theme' | 'lang'): boolean {
    return this.getAttribute(name)?.trim().toLowerCase() === AUTO;
  }

  /** Watches the host page only while an attribute asks to follow it. */
  private watchHost(): void {
    this.hostObserver.disconnect();
    this.darkQuery?.removeEventListener('change', this.onHostChange);
    this.darkQuery = null;
    if (!this.isConnected) return;
    if (this.isAuto('theme')) {
      this.darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
      this.darkQuery.addEventListener('change', this.onHostChange);
    }
    // A host declares its scheme (color-scheme) and language on <html> or <body>, through a style, a class or an
    // attribute; a change to any of them may change what "auto" means.
    const attributeFilter = ['lang', 'class', 'style', 'data-theme', 'data-color-scheme'];
    if (this.isAuto('theme') || this.isAuto('lang')) {
      this.hostObserver.observe(document.documentElement, { attributes: true, attributeFilter });
      if (document.body) this.hostObserver.observe(document.body, { attributes: true, attributeFilter });
    }
  }

  /** Tells the atlas what "auto" means now, without reloading it. */
  private followHost(): void {
    const url = this.src();
    if (!url || url.href === this.shown) return;
    const patch: ViewPatch = {};
    if (this.isAuto('theme')) patch.theme = url.searchParams.get('theme') ?? undefined;
    if (this.isAuto('lang')) patch.lang = url.searchParams.get('lang') ?? undefined;
    this.shown = url.href;
    // Before the atlas is ready nothing hears a message: the first `atlas:ready` sends the view (see receive).
    if (this.state.ready) this.set(patch);
    else {
      this.state.theme = patch.theme ?? this.state.theme;
      this.state.lang = patch.lang ?? this.state.lang;
    }
  }

  private src(): URL | null {
    const raw = this.getAttribute('src');
    if (!raw) return null;
    let url: URL;
    try {
      url = new URL(raw, document.baseURI);
    } catch {
      return null;
    }
    // Only web addresses: a javascript: or data: "atlas" would run in, or as, the host page.
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    for (const name of VIEW_ATTRIBUTES) {
      const value = this.viewValue(name);
      if (value !== null) url.searchParams.set(name, value);
    }
    url.searchParams.set('embed', '1');
    return url;
  }

  private update(): void {
    const frame = this.frame!;
    frame.title = this.getAttribute('title') || DEFAULT_TITLE;
    if (!frame.style.height) frame.style.height = `${pixels(this.getAttribute('height')) ?? DEFAULT_HEIGHT}px`;
    const url = this.src();
    if (!url) {
      // No atlas to show: an empty frame, and no messages to or from it.
      this.origin = '';
      this.shown = '';
      if (frame.getAttribute('src') !== 'about:blank') frame.src = 'about:blank';
      return;
    }
    if (this.shown !== url.href) {
      this.origin = url.origin;
      this.shown = url.href;
      this.loaded = url.href;
      frame.src = url.href;
      const { lang, theme } = Object.fromEntries(url.searchParams);
      this.state = {
        ready: false,
        country: null,
        initiative: null,
        year: null,
        slide: 1,
        lang: lang ?? null,
        theme: theme ?? null,
      };
    }
  }

  private post(message: Record<string, unknown>): void {
    // To the atlas's origin only: if the frame has navigated elsewhere, the browser drops the message.
    if (this.frame?.contentWindow && this.origin) this.frame.contentWindow.postMessage(message, this.origin);
  }

  private receive(event: MessageEvent): void {
    // Only this element's own atlas: several on a page each hear every message.
    if (!this.frame || event.source !== this.frame.contentWindow || event.origin !== this.origin) return;
    const data: unknown = event.data;
    if (!isRecord(data)) return;
    const message = data as Partial<OutboundMessage> & Record<string, unknown>;
    if (message.type === 'atlas:resize') {
      const height = typeof message.height === 'number' ? Math.ceil(message.height) : NaN;
      if (height > 0 && height <= MAX_HEIGHT) this.frame.style.height = `${height}px`;
    } else if (message.type === 'atlas:ready') {
      const year = yearOf(message.year);
      this.state = {
        ...this.state,
        ready: true,
        country: orNullString(message.country),
        initiative: orNullString(message.initiative),
        year: year === undefined ? null : year,
        slide: slideOf(message.slide) ?? 1,
      };
      // The host changed while the atlas loaded: tell it what "auto" means now.
      if (this.shown !== this.loaded) {
        const patch: ViewPatch = {};
        if (this.isAuto('theme') && this.state.theme) patch.theme = this.state.theme;
        if (this.isAuto('lang') && this.state.lang) patch.lang = this.state.lang;
        this.set(patch);
      }
      this.dispatchEvent(new CustomEvent('atlas-ready', { bubbles: true }));
    } else if (message.type === 'atlas:select') {
      const detail = { country: orNullString(message.country), initiative: orNullString(message.initiative) };
      Object.assign(this.state, detail);
      this.dispatchEvent(new CustomEvent('atlas-select', { detail, bubbles: true }));
    } else if (message.type === 'atlas:year') {
      const year = yearOf(message.year);
      if (year === undefined) return;
      this.state.year = year;
      this.dispatchEvent(new CustomEvent('atlas-year', { detail: { year }, bubbles: true }));
    } else if (message.type === 'atlas:slide') {
      const slide = slideOf(message.slide);
      if (slide === undefined) return;
      this.state.slide = slide;
      this.dispatchEvent(new CustomEvent('atlas-slide', { detail: { slide }, bubbles: true }));
    }
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, HemisphereAtlasElement);
