// The theme: runs inline and blocking in <head>, so the first paint already has the
// reader's theme (no flash of the wrong one), and it also drives the header's theme
// control, so no page needs a script module for it. Kept small and dependency-free;
// astro.config.mjs hashes the text the page carries (compactScript) for the CSP.
// Stored under "ipc-theme": "light" or "dark"; "system" removes the key, and anything
// else found there is ignored, so the system setting decides.
(function () {
  var key = "ipc-theme";
  var root = document.documentElement;
  var systemDark = matchMedia("(prefers-color-scheme: dark)");
  function stored() {
    try {
      var value = localStorage.getItem(key);
      return value === "light" || value === "dark" ? value : "system";
    } catch {
      // Storage blocked: follow the system setting.
      return "system";
    }
  }
  function apply(choice) {
    root.dataset.theme = choice === "system" ? (systemDark.matches ? "dark" : "light") : choice;
  }
  apply(stored());
  // Lets CSS hide, before the first paint, notes meant for readers without JavaScript.
  root.classList.add("js");
  // Inside another site's frame (a learning platform's embed): a compact header (global.css),
  // whose "Open the full site" opens this very place, with its section or search words; in a
  // SCORM package (data-package), whose page is the platform's copy, it keeps the site's.
  if (window.self !== window.top) {
    root.dataset.framed = "";
    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest(".frame-open");
      if (link && !root.dataset.package) link.href = location.href;
    });
  }
  // Following the system: react when it changes while the page is open.
  systemDark.addEventListener("change", function () {
    if (stored() === "system") apply("system");
  });
  // The control in ThemeSelect.astro: shown once it can work, then kept in step.
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-theme-select]").forEach(function (select) {
      select.value = stored();
      select.closest("[data-theme-control]").classList.remove("invisible");
    });
  });
  document.addEventListener("change", function (event) {
    var select = event.target;
    if (!select.matches("[data-theme-select]")) return;
    try {
      if (select.value === "system") localStorage.removeItem(key);
      else localStorage.setItem(key, select.value);
    } catch {
      // Storage unavailable: the theme still applies to this page.
    }
    apply(select.value);
    // The header has one control for phones and one for wider screens: keep both in step.
    document.querySelectorAll("[data-theme-select]").forEach(function (other) {
      other.value = select.value;
    });
  });
})();
