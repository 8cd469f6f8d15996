/**
 * `npm run mutation`: how many deliberate bugs in the core the tests catch (Stryker, vitest
 * runner). Not in CI: it takes a long while. The figure per module is printed at the end.
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: ['src/core/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants (word lists, tables built at load) rerun every test each: too slow to try.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 30000,
  reporters: ['progress', 'html', 'json'],
  htmlReporter: { fileName: 'test-output/mutation/index.html' },
  jsonReporter: { fileName: 'test-output/mutation/report.json' },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['out', 'test-output', 'build', '.stryker-tmp'],
};
