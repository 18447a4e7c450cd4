/** Fired (bubbling) by <read-mark> when the reader reaches the end of a chapter. */
export const READ_EVENT = "chapter-read";
