import { defineConfig } from 'vitest/config';

/** Mutation runs: the core's own tests, which import the core directly (no build, no vm). */
export default defineConfig({
  test: {
    include: ['test/core/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
