import { describe, expect, it } from "vitest";
import { APP_ICONS, webManifest } from "~/lib/sharing/web-manifest.ts";

describe("webManifest", () => {
  it("installs the site at the root, opening standalone at the home page", () => {
    const manifest = webManifest("/");
    expect(manifest).toMatchObject({
      name: "Learning Together",
      start_url: "/",
      scope: "/",
      id: "/",
      display: "standalone",
      lang: "en-GB",
      theme_color: "#0b5d7a",
      background_color: "#ffffff",
    });
    // Home screens cut a longer short name.
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  });

  it("keeps every address inside the base path", () => {
    const manifest = webManifest("/learning-together/");
    expect(manifest.start_url).toBe("/learning-together/");
    expect(manifest.scope).toBe("/learning-together/");
    for (const icon of manifest.icons) expect(icon.src).toMatch(/^\/learning-together\/icons\//);
  });

  it("lists the 192 and 512 px icons and a maskable one, but not the iOS icon", () => {
    expect(webManifest("/").icons).toEqual([
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ]);
    expect(APP_ICONS.find((icon) => icon.purpose === "touch")?.size).toBe(180);
  });
});
