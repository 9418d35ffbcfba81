/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { atlasData } from './build/atlasData.ts';

const root = import.meta.dirname;

export default defineConfig({
  // Relative asset URLs, so dist/ works from any path on any static host.
  base: './',
  plugins: [react(), atlasData(resolve(root, 'data'))],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
  },
  server: { port: 5173 },
  test: {
    include: ['src/**/*.test.ts', 'build/**/*.test.ts', 'data/**/*.test.ts'],
    environment: 'node',
  },
});
