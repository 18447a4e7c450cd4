// Runs inline and blocking in <head> so the first paint already has the reader's theme
// (no flash of the wrong one). Kept tiny and dependency-free; astro.config.mjs hashes
// this exact text for the Content Security Policy. Anything but "light" or "dark" in
// storage is ignored, and the system setting decides.
(function () {
  var theme = null;
  try {
    theme = localStorage.getItem("ipc-theme");
  } catch {
    // Storage blocked: follow the system setting.
  }
  if (theme !== "light" && theme !== "dark") {
    theme = matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }
  document.documentElement.dataset.theme = theme;
})();
