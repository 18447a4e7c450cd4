import { joinBase } from "../address/paths.ts";
import { SITE } from "../site/identity.ts";

/** The colours the installed app shows while it starts and in the system's bars. */
export const APP_COLOURS = {
  /** The favicon's teal: the title bar and task switcher in the light theme. */
  theme: "#0b5d7a",
  /** The page background in the dark theme (global.css, --c-bg), for the dark bars. */
  themeDark: "#11161d",
  /** The light page background, shown before the first page has painted. */
  background: "#ffffff",
} as const;

/** One icon the build draws from the favicon (src/pages/icons/[icon].png.ts). */
export interface AppIcon {
  /** The file name under /icons/. */
  name: string;
  /** Width and height in pixels. */
  size: number;
  /**
   * "any": the favicon as it is. "maskable": full-bleed, with the rings inside the central
   * circle a platform's mask always keeps. "touch": full-bleed for iOS, which rounds the
   * corners itself and would show transparent ones as black.
   */
  purpose: "any" | "maskable" | "touch";
}

/** Every icon the site ships: what the manifest lists, and the iOS home screen icon. */
export const APP_ICONS: readonly AppIcon[] = [
  { name: "icon-192.png", size: 192, purpose: "any" },
  { name: "icon-512.png", size: 512, purpose: "any" },
  { name: "maskable-512.png", size: 512, purpose: "maskable" },
  { name: "apple-touch-icon.png", size: 180, purpose: "touch" },
];

/** The web app manifest's fields this site sets. */
export interface WebManifest {
  id: string;
  name: string;
  short_name: string;
  description: string;
  lang: string;
  dir: "ltr";
  start_url: string;
  scope: string;
  display: "standalone";
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: "image/png"; purpose: "any" | "maskable" }[];
}

/**
 * The web app manifest for the site built under `base`: it installs as "Learning Together",
 * opens standalone at the home page, and every address in it stays inside the base path.
 */
export function webManifest(base: string): WebManifest {
  return {
    id: base,
    name: SITE.name,
    short_name: "Learning",
    description: SITE.description,
    lang: "en-GB",
    dir: "ltr",
    start_url: base,
    scope: base,
    display: "standalone",
    theme_color: APP_COLOURS.theme,
    background_color: APP_COLOURS.background,
    icons: APP_ICONS.filter((icon) => icon.purpose !== "touch").map((icon) => ({
      src: joinBase(base, `/icons/${icon.name}`),
      sizes: `${icon.size}x${icon.size}`,
      type: "image/png",
      purpose: icon.purpose === "maskable" ? "maskable" : "any",
    })),
  };
}
