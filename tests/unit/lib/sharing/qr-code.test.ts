import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { qrCodePath, qrCodeSvg, QUIET_ZONE } from "~/lib/sharing/qr-code.ts";
import { decodeQr } from "../../../support/decode-qr.ts";

const QUIZ = "https://example.github.io/learning-together/chapters/hierarchy-and-safety/#quiz";

/** The SVG as a file of its own, which needs the namespace that inline SVG in HTML does not. */
const standalone = (svg: string) =>
  Buffer.from(svg.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" '));

describe("QR code as SVG", () => {
  it("reads back as exactly the text it was drawn from", async () => {
    for (const text of [QUIZ, "https://example.org/chapters/benefits/#quiz"]) {
      expect(await decodeQr(standalone(qrCodeSvg(text, "qr")))).toBe(text);
    }
  });

  it("draws the same SVG for the same text, and another for another text", () => {
    expect(qrCodeSvg(QUIZ, "qr")).toBe(qrCodeSvg(QUIZ, "qr"));
    expect(qrCodePath(QUIZ).d).not.toBe(qrCodePath(QUIZ.replace("hierarchy", "h")).d);
  });

  it("is one path with crisp edges, hidden beside its address in words, with its quiet zone", () => {
    const svg = qrCodeSvg(QUIZ, "qr");
    const { modules } = qrCodePath(QUIZ);
    // A chapter's quiz address (about 80 characters) fits version 5: 37 modules a side.
    expect(modules).toBe(37);
    const box = modules + 2 * QUIET_ZONE;
    expect(svg).toMatch(new RegExp(`^<svg class="qr" viewBox="-4 -4 ${box} ${box}" `));
    expect(svg).toContain('shape-rendering="crispEdges" aria-hidden="true"');
    expect(svg.match(/<path /g)).toHaveLength(1);
  });

  it("is small: a chapter's quiz address in under 2.6 KB, 0.7 KB gzipped", () => {
    const svg = qrCodeSvg(QUIZ, "qr");
    expect(svg.length).toBeLessThan(2600);
    expect(gzipSync(svg).length).toBeLessThan(700);
  });
});
