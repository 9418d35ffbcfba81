// The second build: dist/embed.js, the script host pages load to embed the
// atlas. A classic script (IIFE) with a stable, unhashed name at the root of
// dist/, so a snippet can point at it for good. Run after the app's build by
// `npm run build`; it adds to dist/ rather than emptying it.
// First: the data's period, which the oEmbed module's imports read (build/installYears.ts).
import { ATLAS_YEARS } from './build/installYears.ts';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { yearsDefine } from './build/years.ts';
import { oembedDocument } from './src/embed/oembed.ts';

const root = import.meta.dirname;

/**
 * dist/oembed.json beside embed.js. oEmbed consumers need absolute addresses, so the build takes the address the site
 * is published at from ATLAS_SITE_URL (e.g. https://example.org/atlas/); without it, http://localhost:4173/ (npm run
 * preview), which a deployment must replace by setting the variable.
 */
function oembedFile(): Plugin {
  const site = new URL(process.env.ATLAS_SITE_URL || 'http://localhost:4173/');
  if (!site.pathname.endsWith('/')) site.pathname += '/';
  return {
    name: 'atlas-oembed',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'oembed.json',
        source: `${JSON.stringify(oembedDocument(site.href), null, 2)}\n`,
      });
    },
  };
}

export default defineConfig({
  publicDir: false,
  define: yearsDefine(ATLAS_YEARS),
  plugins: [oembedFile()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: false,
    minify: true,
    lib: {
      entry: resolve(root, 'src/embed/hostElement.ts'),
      formats: ['iife'],
      name: 'HemisphereAtlasEmbed',
      fileName: () => 'embed.js',
    },
  },
});
