import path from 'node:path';
import { defineConfig } from 'vitest/config';

/** The slow guard: a real `next build` over broken content must fail and publish nothing. */
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: { include: ['tests/build/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000 },
});
