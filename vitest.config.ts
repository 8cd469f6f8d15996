import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Every test runs the built add-on, so build it once first.
    globalSetup: ['test/setup/build.ts'],
    testTimeout: 60_000,
    // Browser tests wait for the page with expect.poll.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    hookTimeout: 120_000,
  },
});
