/**
 * Starts highlights and notes on a chapter (chapter-notes.ts) only when they are wanted:
 * at once when this browser keeps a note on this chapter, or when the reader first selects
 * some of its text. A reader who only reads loads none of their code.
 */
const root = document.querySelector<HTMLElement>("[data-notes-root]");
if (root) {
  const { chapter = "", notesKey = "" } = root.dataset;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    document.removeEventListener("selectionchange", onSelect);
    void import("./chapter-notes.ts").then((notes) => notes.start(root, chapter));
  };
  const onSelect = () => {
    const selection = getSelection();
    if (selection && !selection.isCollapsed && selection.getRangeAt(0).intersectsNode(root))
      start();
  };
  document.addEventListener("selectionchange", onSelect);
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(notesKey);
  } catch {
    // Storage refused: nothing kept to show.
  }
  // The stored text holds `"ch":"<slug>"` for each note on a chapter (store.ts).
  if (stored?.includes(`"ch":${JSON.stringify(chapter)}`)) start();
}
