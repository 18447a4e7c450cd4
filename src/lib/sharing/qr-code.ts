import { encode } from "uqr";

/**
 * The quiet zone every QR reader needs around the code, in modules (the standard asks for
 * four). It is drawn as empty space inside the view box, so the SVG carries it at no cost
 * and no neighbouring text can creep into it.
 */
export const QUIET_ZONE = 4;

/**
 * The dark modules of a QR code as one SVG path: each run of dark modules in a row is a
 * horizontal stroke one module thick, moved to relatively from the run before it, which
 * is about a third of the bytes of a square per module.
 */
export function qrCodePath(text: string): { modules: number; d: string } {
  // Error correction M (15%) survives a crease or a smudge on paper; uqr picks the
  // smallest version that holds the text, and always the same mask for the same text.
  const { data, size } = encode(text, { ecc: "M", border: 0 });
  const commands: string[] = [];
  data.forEach((row, y) => {
    let end = 0; // where the last run of this row ended
    let first = true;
    for (let x = 0; x < size; x++) {
      if (!row[x] || row[x - 1]) continue;
      let length = 1;
      while (row[x + length]) length++;
      // A stroke's middle runs half a module below the top of its row.
      commands.push(first ? `M${x} ${y}.5h${length}` : `m${x - end} 0h${length}`);
      first = false;
      end = x + length;
    }
  });
  return { modules: size, d: commands.join("") };
}

/**
 * A QR code of `text` as inline SVG, black on the paper's white, with its quiet zone: one
 * path and crisp edges, drawn the same for the same text. Hidden from assistive technology
 * (aria-hidden): it is printed beside its address in words, which says the same.
 */
export function qrCodeSvg(text: string, className: string): string {
  const { modules, d } = qrCodePath(text);
  const box = modules + 2 * QUIET_ZONE;
  return (
    `<svg class="${className}" viewBox="-${QUIET_ZONE} -${QUIET_ZONE} ${box} ${box}" ` +
    `shape-rendering="crispEdges" aria-hidden="true"><path stroke="#000" d="${d}"/></svg>`
  );
}
