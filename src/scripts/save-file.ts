/** Saves `text` as a download called `name`, made in the page: nothing is sent anywhere. */
export function saveFile(name: string, text: string, type: string): void {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** A day as a file name carries it, "2026-03-05": the reader's own date, not UTC's. */
export function fileDate(time: number): string {
  const day = new Date(time);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${day.getFullYear()}-${two(day.getMonth() + 1)}-${two(day.getDate())}`;
}
