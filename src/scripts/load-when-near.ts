/**
 * Loads the code of a custom element only when the first such element on the page comes
 * within half a screen of view, as Astro's client:visible does for islands, or when the
 * reader first focuses or touches inside one: a part of the page far below the first view,
 * such as a chapter's quiz, costs nothing until the reader scrolls, tabs or jumps towards it.
 * (Inside another site's frame, browsers apply no margin, so it loads on coming into view.)
 */
export function loadWhenNear(name: string, load: () => Promise<unknown>): void {
  const elements = document.querySelectorAll(name);
  if (elements.length === 0) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    void load();
  };
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) start();
    },
    { rootMargin: "50% 0px" },
  );
  for (const element of elements) {
    observer.observe(element);
    element.addEventListener("focusin", start, { once: true });
    element.addEventListener("pointerdown", start, { once: true });
  }
}
