import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { decrocheContent } from './scripts/vite-plugin-content.ts';

export default defineConfig({
  plugins: [svelte(), decrocheContent()],
  base: './',
  build: { target: 'es2022', sourcemap: false, manifest: true },
  test: {
    include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./vitest.setup.ts'],
    pool: 'threads',
    maxWorkers: 2,
  },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
});
