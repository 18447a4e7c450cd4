import type { APIRoute, GetStaticPaths } from "astro";
import { renderIcon } from "~/lib/sharing/app-icons.ts";
import { APP_ICONS, type AppIcon } from "~/lib/sharing/web-manifest.ts";
import favicon from "../../../public/favicon.svg?raw";

/*
 * The app icons, drawn from the favicon at build time: /icons/icon-192.png and the others
 * the web app manifest (manifest.webmanifest.ts) and Head.astro name.
 */
export const getStaticPaths = (() =>
  APP_ICONS.map((icon) => ({
    params: { icon: icon.name },
    props: { icon },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: AppIcon }> = async ({ props }) =>
  new Response(new Uint8Array(await renderIcon(favicon, props.icon)), {
    headers: { "Content-Type": "image/png" },
  });
