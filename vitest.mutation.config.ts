import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The unit tests that exercise src/lib, for `npm run test:mutation` (StrykerJS). A plain
// Vitest config: src/lib imports nothing from astro:* (ESLint refuses it), so Astro's Vite
// setup is not needed, and leaving out content-build.test.ts (real astro builds) keeps each
// of the thousands of mutant runs to a second or so. The one timing test is left out: it
// would time Stryker's instrumented code, not the code a reader's browser runs.
export default defineConfig({
  resolve: {
    alias: { "~": fileURLToPath(new URL("./src", import.meta.url)) },
  },
  test: {
    include: ["tests/unit/lib/**/*.test.ts", "tests/unit/schemas/**/*.test.ts"],
    exclude: ["tests/unit/lib/search/suggest-speed.test.ts"],
    testTimeout: 20_000,
  },
});
