import type { APIRoute, GetStaticPaths } from "astro";
import { getChapters } from "~/data/chapters.ts";
import { renderCard, type Card } from "~/lib/sharing/og-image.ts";
import { SITE } from "~/lib/site/identity.ts";

/*
 * Sharing cards, written at build time: /og/home.png for the home page (and every page
 * without a card of its own) and /og/<slug>.png for each chapter. Head.astro points
 * og:image at them.
 */
export const getStaticPaths = (async () => {
  const chapters = await getChapters();
  const home: Card = {
    kicker: `A free study guide in ${chapters.length} short chapters`,
    title: SITE.tagline,
    summary: SITE.description,
    siteName: SITE.name,
  };
  return [
    { params: { card: "home" }, props: { card: home } },
    ...chapters.map((chapter) => ({
      params: { card: chapter.slug },
      props: {
        card: {
          kicker: `Chapter ${chapter.order} of ${chapters.length}`,
          title: chapter.title,
          summary: chapter.summary,
          siteName: SITE.name,
        } satisfies Card,
      },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Card }> = async ({ props }) =>
  new Response(new Uint8Array(await renderCard(props.card)), {
    headers: { "Content-Type": "image/png" },
  });
