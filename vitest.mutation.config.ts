import { defineConfig } from 'vitest/config';

/**
 * Mutation runs. `npm run mutation`: every test but the browser's and the demo's child
 * processes, which cannot see which mutant is active; the bundle is built from the mutated
 * sources and the stand-in hands the active mutant into the script's realm, and fewer random
 * registers per property keep it within the hours. `npm run mutation:core`: the core's own unit
 * tests alone, in minutes: the score a bug in a core module meets before any end-to-end test.
 */
const coreOnly = process.env.MUTATION_TESTS === 'core';

export default defineConfig({
  test: {
    include: coreOnly ? ['test/core/**/*.test.ts'] : ['test/**/*.test.ts'],
    // The zone sweep is slow but only zone's mutants reach it; in a full run they have others.
    exclude: [
      'test/browser/**',
      'test/demo.test.ts',
      // Four minutes a mutant: the job's own tests reach the same code in seconds.
      'test/simulateYear.test.ts',
      ...(coreOnly ? [] : ['test/core/ground/zoneTransitions.test.ts']),
    ],
    globalSetup: coreOnly ? [] : ['test/setup/build.ts'],
    env: { FC_RUNS: '15' },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
