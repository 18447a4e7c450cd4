/**
 * Writes a message into a polite status region. It is cleared first, so the same message
 * twice in a row is announced again. With `clearAfterMs` the message goes away on its own.
 */
export function announcer(status: HTMLElement | null, clearAfterMs?: number) {
  let timer: number | undefined;
  return (message: string) => {
    if (!status) return;
    window.clearTimeout(timer);
    status.textContent = "";
    window.setTimeout(() => {
      status.textContent = message;
    }, 50);
    if (clearAfterMs !== undefined) {
      timer = window.setTimeout(() => {
        status.textContent = "";
      }, clearAfterMs);
    }
  };
}
