/// <reference types="vitest/config" />
// First: the data's period, which the other imports read (build/installYears.ts).
import { ATLAS_YEARS } from './build/installYears.ts';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { atlasData } from './build/atlasData.ts';
import { offlinePackaging } from './build/offline.ts';
import { yearsDefine } from './build/years.ts';
import { versionDefines } from './build/version.ts';

const root = import.meta.dirname;

export default defineConfig(({ mode }) => {
  // `vite build --mode offline`: the same app, packaged as one HTML file for file:// (npm run build:offline).
  const offline = mode === 'offline';
  return {
    // Relative asset URLs, so dist/ works from any path on any static host.
    base: './',
    // The data's years (the year control's range) and its version (named by citations and downloads).
    define: { ...yearsDefine(ATLAS_YEARS), ...versionDefines(root) },
    publicDir: offline ? false : 'public',
    plugins: [
      react(),
      atlasData(resolve(root, 'data'), { emit: !offline }),
      ...(offline ? [offlinePackaging(root), viteSingleFile({ removeViteModuleLoader: true })] : []),
    ],
    build: {
      target: 'es2022',
      outDir: offline ? 'dist-offline' : 'dist',
      sourcemap: false,
      chunkSizeWarningLimit: 1200,
      // React and MapLibre in chunks of their own, beside the atlas's code (and tiny shared chunks Rolldown adds): React
      // is preloaded by index.html; MapLibre is imported once the SVG first view is on screen (src/map/maplibre.ts). They
      // change far less often than the atlas's code, so a returning visitor's cache keeps them across releases. The
      // briefing copy stays one file.
      ...(offline
        ? {}
        : {
            rolldownOptions: {
              output: {
                codeSplitting: {
                  groups: [
                    { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
                    // MapLibre's script only: not the worker's URL (`…worker.mjs?url`), which the first view's code
                    // holds and must not pull the whole library in with it.
                    { name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/].*\.m?js$/ },
                  ],
                },
              },
            },
          }),
    },
    server: { port: 5173 },
    test: {
      include: ['src/**/*.test.ts', 'build/**/*.test.ts', 'data/**/*.test.ts'],
      environment: 'node',
    },
  };
});
