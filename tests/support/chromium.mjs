import { existsSync } from "node:fs";

/**
 * Debian's Chromium for the tests and benchmarks, when no other is named: the headless shell
 * first (the same Blink engine without the desktop browser around it, the build Playwright
 * itself runs headless tests in, and on a 2-core machine twice as fast over the browser
 * suite), then the full browser. Undefined when neither is installed.
 */
export function systemChromium() {
  return ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].find((path) => existsSync(path));
}
