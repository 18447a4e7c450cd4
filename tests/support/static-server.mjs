// A small static server for the browser tests, standing in for a host such as Netlify or
// Cloudflare Pages: it serves built sites under the paths they were built for, answers a
// missing page with the site's 404.html and status 404, and applies the site's `_headers`
// file, so the tests see the Content-Security-Policy a real deployment would send.
//
//   node tests/support/static-server.mjs PORT /=dist /learning-together/=dist-subpath
//
// With STATIC_SERVER_LOG=1 it prints each request's path, so a test can see what reached
// the host (the offline tests: which files a new service worker fetched again).
//
// Several sites on one origin are how GitHub Pages serves a user site and project sites.
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, resolve } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm",
  ".pdf": "application/pdf",
  ".bib": "application/x-bibtex; charset=utf-8",
  ".ris": "application/x-research-info-systems; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};

/** Netlify's `_headers` format: a path pattern (`*` matches anything), then indented headers. */
function readHeaderRules(dir) {
  const file = join(dir, "_headers");
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const pattern = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
        .replaceAll("*", ".*");
      rules.push({ match: new RegExp(`^${pattern}$`), headers: [] });
    } else {
      const at = line.indexOf(":");
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

const [port, ...mountArgs] = process.argv.slice(2);
const mounts = mountArgs
  .map((arg) => {
    const [prefix, dir] = arg.split("=");
    if (!prefix?.endsWith("/") || !dir) throw new Error(`Mount "${arg}" is not PREFIX/=DIR`);
    if (!existsSync(dir)) throw new Error(`${dir} does not exist: build the site first`);
    return { prefix, dir: resolve(dir), rules: readHeaderRules(dir) };
  })
  .sort((a, b) => b.prefix.length - a.prefix.length);

function fileFor(dir, relativePath) {
  const path = join(dir, relativePath);
  if (!path.startsWith(dir)) return undefined;
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, "index.html");
  return existsSync(index) ? index : undefined;
}

createServer((request, response) => {
  if (process.env.STATIC_SERVER_LOG) console.log(`request ${request.url}`);
  const { pathname } = new URL(request.url ?? "/", "http://localhost");
  const mount = mounts.find((m) => pathname.startsWith(m.prefix));
  let status = 200;
  let file = mount && fileFor(mount.dir, decodeURIComponent(pathname.slice(mount.prefix.length)));
  // A folder without its trailing slash: send the reader to the address with one.
  if (file && file.endsWith("index.html") && !pathname.endsWith("/")) {
    response.writeHead(301, { Location: `${pathname}/` }).end();
    return;
  }
  if (!file) {
    status = 404;
    file = mount && fileFor(mount.dir, "404.html");
  }
  const headers = { "Content-Type": TYPES[extname(file ?? "")] ?? "application/octet-stream" };
  for (const rule of mount?.rules ?? []) {
    if (rule.match.test(pathname)) for (const [name, value] of rule.headers) headers[name] = value;
  }
  if (!file) {
    response.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
    return;
  }
  response.writeHead(status, headers);
  if (request.method === "HEAD") response.end();
  else createReadStream(file).pipe(response);
}).listen(Number(port), "127.0.0.1", () => {
  console.log(`Serving ${mounts.map((m) => `${m.dir} at ${m.prefix}`).join(", ")} on :${port}`);
});
