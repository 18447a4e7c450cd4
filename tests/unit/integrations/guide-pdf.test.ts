import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import PdfDownload from "~/components/PdfDownload.astro";
import { fileSize, withSize } from "~/integrations/downloads.ts";
import guidePdf, { withoutPdfLink } from "~/integrations/guide-pdf.ts";
import { PDF_PATH } from "~/lib/exports/pdf.ts";

type Hooks = Required<AstroIntegration["hooks"]>;

/** Runs the integration's two hooks on a built folder, as `astro build` would. */
async function build(integration: AstroIntegration, dist: string): Promise<string[]> {
  const warnings: string[] = [];
  const logger = {
    info: () => undefined,
    warn: (message: string) => warnings.push(message),
    error: () => undefined,
    debug: () => undefined,
  } as unknown as AstroIntegrationLogger;
  const hooks = integration.hooks as Hooks;
  await hooks["astro:config:done"]({
    config: { base: "/", site: undefined },
  } as unknown as Parameters<Hooks["astro:config:done"]>[0]);
  await hooks["astro:build:done"]({
    dir: pathToFileURL(`${dist}/`),
    logger,
  } as unknown as Parameters<Hooks["astro:build:done"]>[0]);
  return warnings;
}

let link = "";
let dist = "";

beforeAll(async () => {
  const container = await AstroContainer.create();
  // As built: Vitest renders in development, which marks each element with its source.
  link = (await container.renderToString(PdfDownload)).replace(
    / data-astro-source-(file|loc)="[^"]*"/g,
    "",
  );
  dist = await mkdtemp(join(tmpdir(), "guide-pdf-"));
  for (const path of ["guide", "educators"]) {
    await mkdir(join(dist, path), { recursive: true });
    await writeFile(
      join(dist, path, "index.html"),
      `<!doctype html><html lang="en-GB"><body><p>Before.</p>${link}<p>After.</p></body></html>`,
    );
  }
});

afterAll(async () => {
  await rm(dist, { recursive: true, force: true });
});

describe("the PDF's link (PdfDownload.astro)", () => {
  it("links the PDF, with a mark for its size, and is not printed", () => {
    expect(link).toContain(`href="${PDF_PATH}"`);
    expect(link).toMatch(/<p [^>]*class="no-print[^"]*"/);
    expect(withSize("data-pdf-size", 312_108)(link)).toContain(
      "The whole guide to print or keep (PDF<span data-pdf-size>, 305 KB</span>)",
    );
  });

  it("is taken out whole, and nothing else with it", () => {
    const page = `<p>Before.</p>${link}<p>After.</p>`;
    expect(withoutPdfLink(page)).toBe("<p>Before.</p><p>After.</p>");
  });
});

describe("a build without a browser (PDF_BROWSER=none)", () => {
  it("writes no PDF, says so, and no page links one", async () => {
    const warnings = await build(guidePdf({ settings: { PDF_BROWSER: "none" } }), dist);
    expect(warnings).toEqual([
      "Left out downloads/learning-together.pdf (PDF_BROWSER is none): no page links it",
    ]);
    expect(existsSync(join(dist, PDF_PATH))).toBe(false);
    for (const path of ["guide", "educators"]) {
      const html = await readFile(join(dist, path, "index.html"), "utf8");
      expect(html, path).not.toContain(".pdf");
      expect(html, path).toContain("<p>Before.</p><p>After.</p>");
    }
  });
});

describe("fileSize", () => {
  it("gives kilobytes under a megabyte, megabytes from one", () => {
    expect(fileSize(100)).toBe("1 KB");
    expect(fileSize(54_948)).toBe("54 KB");
    expect(fileSize(1024 * 1024 - 600)).toBe("1023 KB");
    expect(fileSize(3.14 * 1024 * 1024)).toBe("3.1 MB");
  });
});
