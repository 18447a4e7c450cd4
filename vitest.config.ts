/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

// getViteConfig lets tests import modules that use astro:* virtual modules.
export default getViteConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    reporters: process.env["CI"]
      ? ["default", ["json", { outputFile: "reports/unit.json" }]]
      : ["default"],
  },
});
