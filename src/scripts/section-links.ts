const COPY_ICON =
  '<svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M10 13a5 5 0 0 0 7.54.54l3-3a5 5 0 0 0-7.07-7.07l-1.72 1.71M14 11a5 5 0 0 0-7.54-.54l-3 3a5 5 0 0 0 7.07 7.07l1.71-1.71"/></svg>';

/** How long the "Link copied" message stays on screen. */
const MESSAGE_MS = 4000;

/**
 * Replaces each server-rendered `a.section-link` inside `root` with a button that copies
 * the section's full URL (with its #fragment) and announces the result in root's status
 * region. Without clipboard access the address bar is updated instead and the reader
 * is told to copy it from there.
 */
export function enhanceSectionLinks(root: HTMLElement): void {
  const status = root.querySelector<HTMLElement>("[data-status]");
  let timer: number | undefined;
  const announce = (message: string) => {
    if (!status) return;
    window.clearTimeout(timer);
    // Clear first so the same message twice in a row is announced again.
    status.textContent = "";
    window.setTimeout(() => {
      status.textContent = message;
    }, 50);
    timer = window.setTimeout(() => {
      status.textContent = "";
    }, MESSAGE_MS);
  };

  for (const link of root.querySelectorAll<HTMLAnchorElement>("a.section-link")) {
    const fragment = link.hash;
    const title = link.dataset["sectionTitle"] ?? "";
    const button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    button.innerHTML = COPY_ICON;
    const label = document.createElement("span");
    label.className = "sr-only";
    label.textContent = `Copy link to section: ${title}`;
    button.append(label);
    button.title = "Copy link to this section";
    button.addEventListener("click", async () => {
      const url = new URL(fragment, window.location.href).href;
      try {
        await navigator.clipboard.writeText(url);
        announce("Link copied");
      } catch {
        history.replaceState(null, "", fragment);
        announce("Could not copy. The link is now in the address bar.");
      }
    });
    link.replaceWith(button);
  }
}
