import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import sharp from "sharp";

/*
 * The sharing card a learning platform or a chat shows for a link: 1200 × 630, the page's
 * title and summary and the site's name, drawn at build time. satori lays the card out as
 * SVG with fonts read from an npm package (never fetched), resvg turns it into pixels and
 * sharp re-encodes the PNG about three times smaller.
 */

export const CARD = { width: 1200, height: 630 } as const;

/** What a card says. */
export interface Card {
  /** A small line above the title: "Chapter 3", or the site's tagline. */
  kicker: string;
  title: string;
  summary: string;
  siteName: string;
}

/** A satori element: the shape React elements have, without React. */
type Style = Record<string, string | number>;
interface Node {
  type: string;
  props: { style: Style; children: (Node | string)[] | string };
}

const node = (type: string, style: Style, children: Node["props"]["children"]): Node => ({
  type,
  props: { style, children },
});

const require = createRequire(import.meta.url);
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: "normal" }[]>;

/** Inter, from @fontsource/inter (SIL Open Font License), in the two weights the card uses. */
function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: "Inter",
      weight,
      style: "normal" as const,
      data: await readFile(
        require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`),
      ),
    })),
  );
  return fonts;
}

/** The site's mark (favicon.svg's two rings), drawn with borders so satori needs no image. */
function mark(): Node {
  const ring = (colour: string, left: number) =>
    node(
      "div",
      {
        position: "absolute",
        left,
        top: 0,
        width: 52,
        height: 52,
        borderRadius: 26,
        border: `7px solid ${colour}`,
      },
      [],
    );
  return node("div", { display: "flex", position: "relative", width: 76, height: 52 }, [
    ring("#ffffff", 0),
    ring("#9fdcf2", 24),
  ]);
}

/** Type size for a title: smaller as it grows, so even 80 characters fit in three lines. */
function titleSize(title: string): number {
  if (title.length <= 40) return 64;
  return title.length <= 60 ? 56 : 46;
}

/** The card's layout: the site's colours, the mark and name on top, the page below. */
export function cardTree(card: Card): Node {
  return node(
    "div",
    {
      display: "flex",
      flexDirection: "column",
      justifyContent: "space-between",
      width: CARD.width,
      height: CARD.height,
      padding: "64px 80px",
      boxSizing: "border-box",
      background: "#0b5d7a",
      color: "#ffffff",
      fontFamily: "Inter",
    },
    [
      node("div", { display: "flex", alignItems: "center", gap: 24 }, [
        mark(),
        node("div", { fontSize: 36, fontWeight: 700 }, card.siteName),
      ]),
      node("div", { display: "flex", flexDirection: "column", width: "100%" }, [
        node("div", { fontSize: 28, color: "#9fdcf2", fontWeight: 700 }, card.kicker),
        node(
          "div",
          { fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.15, marginTop: 16 },
          card.title,
        ),
        // At most three lines, ending in an ellipsis: a summary can be 160 characters.
        node(
          "div",
          {
            display: "block",
            lineClamp: 3,
            fontSize: 30,
            lineHeight: 1.4,
            marginTop: 24,
            color: "#e3f1f6",
          },
          card.summary,
        ),
      ]),
    ],
  );
}

/** The card as a PNG file. */
export async function renderCard(card: Card): Promise<Buffer> {
  const svg = await satori(cardTree(card) as unknown as Parameters<typeof satori>[0], {
    ...CARD,
    fonts: await loadFonts(),
  });
  const png = new Resvg(svg, { fitTo: { mode: "width", value: CARD.width } }).render().asPng();
  return sharp(png).png({ compressionLevel: 9, palette: true }).toBuffer();
}
