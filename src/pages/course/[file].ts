import type { APIRoute, GetStaticPaths } from "astro";
import { getCartridges } from "~/data/cartridges.ts";
import { toCartridge } from "~/lib/exports/cartridge.ts";
import { cartridgePath } from "~/lib/exports/files.ts";

/**
 * The course packages: an IMS Common Cartridge for all chapters and one for each chapter,
 * built only when the build knows the site's public address (see getCartridges).
 */
export const getStaticPaths = (async () => {
  const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined;
  return (await getCartridges(site)).map(({ name, cartridge }) => ({
    params: { file: cartridgePath(name).split("/").at(-1) },
    props: { body: toCartridge(cartridge) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ body: Uint8Array<ArrayBuffer> }> = ({ props }) =>
  new Response(props.body);
