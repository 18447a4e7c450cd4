// @ts-check
// Mutation testing of the plain TypeScript in src/lib: `npm run test:mutation`. Not in CI:
// on two cores it takes about 20 minutes. The score and the survivors we chose
// to leave are in the README ("What the tests check").
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // Every folder of src/lib: plain TypeScript that the unit tests run without Astro.
  mutate: ["src/lib/**/*.ts"],
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  // Run only the tests that reach a mutant, not all 250 for each of them.
  coverageAnalysis: "perTest",
  // Static mutants (module-level constants) would need every test file reloaded per mutant;
  // they are counted as ignored rather than run.
  ignoreStatic: true,
  concurrency: 2,
  // A busy shared machine makes a first run slow; a mutant that loops still times out.
  timeoutMS: 20_000,
  reporters: ["clear-text", "progress-append-only", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  // A second run tests again only the mutants whose code or tests changed.
  incremental: true,
  incrementalFile: "reports/mutation/incremental.json",
};
