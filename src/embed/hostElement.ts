// embed.js: the one script a host page loads. It defines <hemisphere-atlas>,
// which turns its attributes into a lazily loaded iframe of the atlas and
// sizes that iframe from the atlas's `atlas:resize` messages. Built on its own
// (vite.embed.config.ts) into dist/embed.js: no imports beyond types, no
// <style> element and no inline handlers, so a host's strict CSP allows it
// (styles are set through element.style, which CSP does not govern).
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

class HemisphereAtlasElement extends HTMLElement {
  static observedAttributes = ['src', 'title', 'height', ...VIEW_ATTRIBUTES];

  private frame: HTMLIFrameElement | null = null;
  private origin = '';
  private readonly onMessage = (event: MessageEvent) => this.receive(event);

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
  }

  disconnectedCallback(): void {
    window.removeEventListener('message', this.onMessage);
  }

  attributeChangedCallback(name: string): void {
    if (!this.frame) return;
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
    this.post({ type: 'atlas:set', ...patch });
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
      const value = this.getAttribute(name);
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
      if (frame.getAttribute('src') !== 'about:blank') frame.src = 'about:blank';
      return;
    }
    if (frame.src !== url.href) {
      this.origin = url.origin;
      frame.src = url.href;
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
      this.dispatchEvent(new CustomEvent('atlas-ready', { bubbles: true }));
    } else if (message.type === 'atlas:select') {
      const detail = { country: orNullString(message.country), initiative: orNullString(message.initiative) };
      this.dispatchEvent(new CustomEvent('atlas-select', { detail, bubbles: true }));
    }
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, HemisphereAtlasElement);
