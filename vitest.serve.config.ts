import path from 'node:path';
import { defineConfig } from 'vitest/config';

/** The server under hostile traffic: a real process, raw sockets, a few thousand exchanges. */
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: { include: ['tests/serve/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 60_000 },
});
