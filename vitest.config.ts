/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

// getViteConfig lets tests import modules that use astro:* virtual modules.
export default getViteConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    // The first APA citation loads a large style (about 1.5 s alone); on a busy 2-core
    // machine that has taken over 5 s, Vitest's default limit.
    testTimeout: 20_000,
    // Vitest leaves one core free by default: on a two-core machine that is one worker, and
    // the real Astro builds in content-build*.test.ts ran one after another.
    maxWorkers: 2,
    minWorkers: 1,
    reporters: process.env["CI"]
      ? ["default", ["json", { outputFile: "reports/unit.json" }]]
      : ["default"],
  },
});
