/**
 * The reader's theme choice. Stored under its own key, read before first paint by
 * theme-init.js (which must stay in step with THEME_KEY). Only "light" and "dark" are
 * stored; "system" removes the key. Anything else found there is treated as "system".
 */
export const THEME_KEY = "ipc-theme";

export type ThemeChoice = "system" | "light" | "dark";

/** The stored choice, or "system" when there is none, it is unreadable or unknown. */
export function readThemeChoice(): ThemeChoice {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === "light" || value === "dark" ? value : "system";
  } catch {
    return "system";
  }
}

/** Stores the choice; when storage is blocked or full the theme still applies for this page. */
export function saveThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === "system") localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, choice);
  } catch {
    // Storage unavailable: nothing to remember it in.
  }
}

/** Sets the theme on <html>, resolving "system" through the media query. */
export function applyTheme(choice: ThemeChoice): void {
  const dark =
    choice === "dark" ||
    (choice === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.dataset["theme"] = dark ? "dark" : "light";
}
