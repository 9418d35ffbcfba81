// The second build: dist/embed.js, the script host pages load to embed the
// atlas. A classic script (IIFE) with a stable, unhashed name at the root of
// dist/, so a snippet can point at it for good. Run after the app's build by
// `npm run build`; it adds to dist/ rather than emptying it.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { dataYears, yearsDefine } from './build/years.ts';

const root = import.meta.dirname;

export default defineConfig({
  publicDir: false,
  define: yearsDefine(dataYears(resolve(root, 'data'))),
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
