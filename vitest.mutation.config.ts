import { defineConfig } from 'vitest/config';

/**
 * Mutation runs (`npm run mutation`): every test but the browser and the demo's child
 * processes, which cannot see which mutant is active. The bundle is built from the mutated
 * sources and the stand-in hands the active mutant into the script's realm. Fewer random
 * registers per property keep a run within the hour.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'test/demo.test.ts', 'test/core/zoneTransitions.test.ts'],
    globalSetup: ['test/setup/build.ts'],
    env: { FC_RUNS: '15' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
