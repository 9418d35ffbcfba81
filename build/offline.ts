// The briefing copy (`npm run build:offline`): the same app, packaged to open
// by double-click from a USB stick. JS and CSS are inlined by
// vite-plugin-singlefile; this plugin swaps in the inline worker, carries the
// geometry and data inside the page, copies the source documents beside it and
// sets a CSP that forbids any network request.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildAtlasJson } from './atlasData.ts';

export const OFFLINE_CSP = [
  "default-src 'none'",
  // Inline is the only way a single file can carry its script; nothing else is allowed in.
  "script-src 'unsafe-inline'",
  "style-src 'unsafe-inline'",
  'img-src data: blob:',
  // MapLibre reads its worker back from the data: URL it is given.
  'worker-src data: blob:',
  'connect-src data: blob:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** JSON inside a <script> element: "<" escaped so no string can close the element. */
function jsonScript(path: string, json: string): string {
  return `<script type="application/json" data-atlas-file="${path}">${json.replace(/</g, '\\u003c')}</script>`;
}

export function offlinePackaging(root: string): Plugin {
  const worker = resolve(root, 'src/map/workerUrl.offline.ts');
  return {
    name: 'atlas-offline',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer && source === './workerUrl.ts') return worker;
      return null;
    },
    generateBundle() {
      const dir = resolve(root, 'public/sources');
      for (const file of readdirSync(dir)) {
        this.emitFile({ type: 'asset', fileName: `sources/${file}`, source: readFileSync(resolve(dir, file)) });
      }
    },
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const geometry = JSON.stringify(
          JSON.parse(readFileSync(resolve(root, 'public/geo/hemisphere.topo.json'), 'utf8')),
        );
        const data = Object.entries(buildAtlasJson(resolve(root, 'data'))).map(([path, json]) =>
          jsonScript(path, json),
        );
        const favicon = `data:image/svg+xml,${encodeURIComponent(readFileSync(resolve(root, 'public/favicon.svg'), 'utf8'))}`;
        return (
          html
            .replace(
              /<meta http-equiv="Content-Security-Policy" content="[^"]*"\s*\/?>/,
              `<meta http-equiv="Content-Security-Policy" content="${OFFLINE_CSP}" />`,
            )
            // The files travel inside the page: nothing to preload (and file:// could not fetch it).
            .replace(/\s*<!-- The atlas's two files[^>]*-->/, '')
            .replace(/\s*<link rel="preload"[^>]*>/g, '')
            .replace('href="./favicon.svg"', `href="${favicon}"`)
            .replace('</body>', `${[jsonScript('geo/hemisphere.topo.json', geometry), ...data].join('\n')}\n</body>`)
        );
      },
    },
  };
}
