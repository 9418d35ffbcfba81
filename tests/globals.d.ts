// Types for what the browser tests and the bench reach in the page: the values they leave on `window` while
// watching it (always named `__something`), and elements they query, which are all HTML elements.
export {};

declare global {
  /** The <hemisphere-atlas> element of dist/embed.js, as a host page scripts it. */
  interface HostAtlas extends HTMLElement {
    getState(): Record<string, unknown>;
    set(patch: Record<string, unknown>): void;
  }
  interface Window {
    [watched: `__${string}`]: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- each test's own record
    axe: {
      run(
        context: Document,
        options: object,
      ): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>;
    };
  }
  interface ParentNode {
    querySelector(selectors: string): HTMLElement | null;
  }
}
