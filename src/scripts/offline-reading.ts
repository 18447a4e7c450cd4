/**
 * Registers the service worker that saves the site for reading offline
 * (src/integrations/offline.ts writes it). Imported by the one script of every page, so
 * it is bundled and hashed for the CSP like the rest; registering again is harmless.
 */
import { basePath } from "~/lib/address/paths.ts";

// Not inside a SCORM package (data-package): its origin is the learning platform's.
if ("serviceWorker" in navigator && !document.documentElement.dataset["package"]) {
  // After the page has loaded, so saving the site never competes with the page the reader
  // came for. The worker sits at the top of the base path, which is therefore its scope.
  // (Every byte here is on every page: hence no href(), whose path checks come with it.)
  addEventListener("load", () => {
    navigator.serviceWorker
      .register(`${basePath()}sw.js`)
      // No worker (a private window, a browser setting): the site works online as before.
      .catch(() => undefined);
  });
}
