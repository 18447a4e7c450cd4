/**
 * Loads the code of a custom element only when the first such element on the page comes
 * within half a screen of view, as Astro's client:visible does for islands: a part of the
 * page far below the first view, such as a chapter's quiz, costs nothing until the reader
 * scrolls, tabs or jumps towards it.
 */
export function loadWhenNear(name: string, load: () => Promise<unknown>): void {
  const elements = document.querySelectorAll(name);
  if (elements.length === 0) return;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      void load();
    },
    { rootMargin: "50% 0px" },
  );
  for (const element of elements) observer.observe(element);
}
