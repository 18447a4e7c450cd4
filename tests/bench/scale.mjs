/**
 * How the site grows with the number of chapters: build time, page weight and the cost of a
 * first search, for N synthetic chapters (each with a quiz), each N built in a throwaway copy.
 * Every built page's first view is checked against the budgets of tests/bench/budgets.mjs;
 * the run fails (exit 1) when a size does not build or a page is over its budget, so CI
 * (.ci/run, at 60 chapters) catches a page that grows with the guide.
 *
 *   node tests/bench/scale.mjs [N ...]         default: 6 60 600
 *   KEEP_TMP=1 node tests/bench/scale.mjs 60   keeps the copies in the temp folder, to profile
 *   SEARCH=0 node tests/bench/scale.mjs 60     skips the two search measures (a browser each)
 *
 * The synthetic chapters replace the six real ones rather than join them: the first take the
 * slugs the teaching guide's reading times name (namedSlugs), nothing else in content/pages/
 * or src/ needs a chapter's slug, so the build stays valid, and N=6 is a like-for-like start
 * for the curve. Build time is given as wall clock and as CPU seconds;
 * on a busy or shared machine, trust the CPU line and read the shape, not the seconds.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { systemChromium } from "../support/chromium.mjs";
import { gz, htmlFiles, measurePage, overBudget } from "./page-weight.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SIZES = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [6, 60, 600];
// Build output, caches and reports are not copied: the fixed list, and any plain folder name
// in .gitignore (such as another build's output folder).
const SKIP = ["node_modules", "dist", ".astro", ".git", "reports", "test-results"].concat(
  fs
    .readFileSync(join(ROOT, ".gitignore"), "utf8")
    .split("\n")
    .map((line) => line.trim().replace(/\/$/, ""))
    .filter((name) => /^[\w.-]+$/.test(name)),
);
const KEYS = JSON.parse(fs.readFileSync(join(ROOT, "content/references.json"), "utf8")).map(
  (r) => r.id,
);
const TERMS = [
  ...fs.readFileSync(join(ROOT, "content/glossary.yaml"), "utf8").matchAll(/^- id: (\S+)/gm),
].map((m) => m[1]);
const kb = (n) => (n / 1024).toFixed(1);
const mb = (n) => (n / 1024 / 1024).toFixed(2);
const walk = (dir, skip = /^$/) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (skip.test(e.name)) return [];
    return e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)];
  });

// ---- Words. Seeded, so runs compare; Zipf-shaped, as real prose is, so Pagefind sees a few
// words on every page and a long tail of rare ones.
let seed = 1;
function rand() {
  seed = (seed + 0x6d2b79f5) | 0; // mulberry32
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const pick = (list) => list[Math.floor(rand() * list.length)];
const SYLLABLES = "ba ro ki ten sal mo ver lin dra pe cu sto ne vi gal tor ma rin fe lo ca den"
  .concat(" shi pra mu tel co ran bel qui")
  .split(" ");
const GLUE = "the and of to a in with for that is on as by from it this be are or".split(" ");
const syllables = () => Array.from({ length: int(2, 4) }, () => pick(SYLLABLES)).join("");
const VOCAB = [...new Set(Array.from({ length: 9000 }, syllables))].slice(0, 6000);
let weight = 0;
const CUMULATIVE = VOCAB.map((_, rank) => (weight += 1 / (rank + 1)));
function zipfWord() {
  const x = rand() * weight;
  let [lo, hi] = [0, VOCAB.length - 1];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    [lo, hi] = CUMULATIVE[mid] < x ? [mid + 1, hi] : [lo, mid];
  }
  return VOCAB[lo];
}
/** The commonest word is on every chapter page: a search for it is the costly ordinary case. */
const QUERY = VOCAB[0];
const words = (n) =>
  Array.from({ length: n }, () => (rand() < 0.35 ? pick(GLUE) : zipfWord())).join(" ");
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const sentence = (lo = 5, hi = 12, end = ".") => cap(words(int(lo, hi))) + end;
// Random syllables compress less well than English: shorter sentences and paragraphs than
// the real chapters' (about 450 words) give a chapter page of about their gzipped weight.
const paragraph = () => Array.from({ length: int(1, 3) }, () => sentence()).join(" ");
const fit = (s, max) => (s.length <= max ? s : `${s.slice(0, s.lastIndexOf(" ", max - 2))}.`);
function distinct(n, make) {
  const out = new Set();
  while (out.size < n) out.add(make());
  return [...out];
}

/**
 * The chapter slugs content/pages/ names in <ReadingTime slugs={[...]} /> (the teaching
 * guide's session plan), which fails the build for a chapter that does not exist: the first
 * synthetic chapters take them, so the pages build unchanged.
 */
function namedSlugs() {
  const dir = join(ROOT, "content/pages");
  const named = new Set();
  for (const file of fs.readdirSync(dir)) {
    const text = fs.readFileSync(join(dir, file), "utf8");
    for (const [, list = ""] of text.matchAll(/<ReadingTime slugs=\{\[([^\]]*)\]\}/g))
      for (const [, slug = ""] of list.matchAll(/"([a-z0-9-]+)"/g)) named.add(slug);
  }
  return [...named];
}

// ---- Content. Slugs and section ids are planned first, so chapters can link to each other.
function plan(n) {
  seed = n; // The same N gives the same chapters, whatever else ran before it.
  const named = namedSlugs();
  const slugs = new Set(named);
  return Array.from({ length: n }, (_, i) => {
    let slug = named[i];
    if (slug === undefined)
      do slug = `${pick(VOCAB)}-${pick(VOCAB)}`;
      while (slugs.has(slug));
    slugs.add(slug);
    const sections = [1, 2, 3, 4].map((k) => ({
      id: `${pick(VOCAB)}-${k}`,
      title: cap(words(int(2, 5))),
      sub: k % 2 ? { id: `${pick(VOCAB)}-${k}-more`, title: cap(words(int(2, 4))) } : null,
    }));
    return { order: i + 1, slug, title: fit(cap(words(int(3, 6))), 80), sections };
  });
}

function chapterMdx(ch, i, all) {
  // One key each, in turn, so every reference is cited once N >= 3 (an uncited one fails the
  // build); the real chapters cite none or one.
  const keys = all.length < 3 ? KEYS : [KEYS[i % 3]];
  const [next, other] = [all[(i + 1) % all.length], all[(i * 7 + 3) % all.length]];
  const link = (to, s) => `[${s.title}](/chapters/${to.slug}/#${s.id})`;
  const data = {
    ...{ title: ch.title, summary: fit(sentence(14, 24), 160), order: ch.order, slug: ch.slug },
    updated: "2026-11-25",
    outcomes: [1, 2, 3].map(() => `${pick(["explain", "describe", "compare"])} ${words(8)}`),
    keyPoints: [1, 2, 3].map(() => sentence(6, 14)),
    reflection: [1, 2].map(() => sentence(6, 12, "?")),
  };
  // Two glossary terms, in turn, so "Used in" on /glossary/ grows with the chapters too.
  const terms = [TERMS[i % TERMS.length], TERMS[(i + 1) % TERMS.length]];
  const body = [
    `${paragraph()} ${terms.map((id) => `${sentence()} <Term id="${id}">${words(1)}</Term>.`).join(" ")}`,
  ];
  ch.sections.forEach((s, k) => {
    body.push(`## ${s.title} \\{#${s.id}}`, paragraph());
    if (k === 1) body.push(keys.map((key) => `${sentence()} See <Cite id="${key}" />.`).join(" "));
    if (k === 2)
      body.push(`See ${link(next, next.sections[0])} and ${link(other, other.sections[1])}.`);
    if (s.sub) body.push(`### ${s.sub.title} \\{#${s.sub.id}}`, paragraph());
    if (k === 3) body.push([1, 2, 3].map(() => `- ${sentence()}`).join("\n"));
  });
  // JSON is YAML, and quoting every string keeps synthetic words from reading as YAML syntax.
  return `---\n${JSON.stringify(data, null, 2)}\n---\n\n${body.join("\n\n")}\n`;
}

/** Four questions, one of each type, as the real quizzes have. */
function quizYaml({ sections: [s1, , s3, s4] }) {
  const options = (right) =>
    distinct(4, () => sentence(3, 8, "")).map((text, j) => {
      return { text, correct: j < right, feedback: sentence(4, 9) };
    });
  // True-or-false and order questions say what a right and a wrong answer are told.
  const feedback = () => ({ right: sentence(), wrong: sentence() });
  const q = (id, type, outcome, review, more) => {
    const [prompt, explanation] = [sentence(8, 16, "?"), sentence(10, 20)];
    return { id, type, prompt, outcome, review, explanation, ...more };
  };
  const questions = [
    q("first-idea", "single", 1, s1.id, { options: options(1) }),
    q("true-or-false", "true-false", 2, s1.sub.id, { answer: rand() < 0.5, feedback: feedback() }),
    q("choose-all", "multiple", 3, s3.id, { options: options(2) }),
    q("put-in-order", "order", 1, s4.id, {
      items: distinct(3, () => sentence(4, 9)),
      feedback: feedback(),
    }),
  ];
  return JSON.stringify({ questions }, null, 2);
}

// ---- Build and measure.
function copyProject(source, n) {
  const dir = fs.mkdtempSync(join(tmpdir(), `scale-${n}-`));
  fs.cpSync(source, dir, { recursive: true });
  // Link each package, not node_modules itself: Astro and Vite keep caches in node_modules/
  // .astro and .vite, and synthetic content must not overwrite the real project's.
  fs.mkdirSync(join(dir, "node_modules"));
  for (const name of fs.readdirSync(join(ROOT, "node_modules"))) {
    if (/^\.(astro|vite|cache)/.test(name)) continue;
    fs.symlinkSync(join(ROOT, "node_modules", name), join(dir, "node_modules", name));
  }
  const chapters = plan(n);
  for (const sub of ["chapters", "quizzes"]) {
    fs.rmSync(join(dir, "content", sub), { recursive: true, force: true });
    fs.mkdirSync(join(dir, "content", sub));
  }
  chapters.forEach((ch, i) => {
    const name = `${String(ch.order).padStart(4, "0")}-${ch.slug}.mdx`;
    fs.writeFileSync(join(dir, "content/chapters", name), chapterMdx(ch, i, chapters));
    fs.writeFileSync(join(dir, "content/quizzes", `${ch.slug}.yaml`), quizYaml(ch));
  });
  return dir;
}

/** Runs the steps of the copy's own "build" script (Pagefind may be one, or in astro build). */
function build(dir) {
  const bin = join(dir, "node_modules/.bin");
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", PATH: `${bin}:${process.env.PATH}` };
  const script = JSON.parse(fs.readFileSync(join(dir, "package.json"), "utf8")).scripts.build;
  let [log, cpu] = ["", 0];
  const start = performance.now();
  for (const command of script.split("&&")) {
    // The shell's `times` gives its children's CPU seconds: on a shared machine, a fairer
    // measure of the work than the wall clock.
    const shell = `${command}; s=$?; echo; times; exit $s`;
    const run = spawnSync(shell, { cwd: dir, env, shell: true, encoding: "utf8" });
    log += run.stdout + run.stderr;
    if (run.status !== 0) throw new Error(`"${command}" failed in ${dir}:\n${log.slice(-3000)}`);
    const [, um, us, sm, ss] = /(\d+)m([\d.]+)s\s+(\d+)m([\d.]+)s\s*$/.exec(run.stdout) ?? [];
    cpu += 60 * Number(um ?? 0) + Number(us ?? 0) + 60 * Number(sm ?? 0) + Number(ss ?? 0);
  }
  // Astro's own timings: its last "Completed in" is page rendering; routes log "(+12ms)".
  const secs = (m) => Number(m[1]) / (m[2] === "ms" ? 1000 : 1);
  const render = secs([...log.matchAll(/Completed in ([\d.]+)(ms|s)/g)].at(-1) ?? [0, 0, "s"]);
  const chapterLines = log.split("[slug].astro")[1]?.split("▶")[0] ?? "";
  const chapterPages = [...chapterLines.matchAll(/\(\+([\d.]+)(ms|s)\)/g)].map(secs);
  const chapterMs = (1000 * chapterPages.reduce((a, b) => a + b, 0)) / chapterPages.length;
  // What the offline copy saves, and what it leaves out for size (src/integrations/offline.ts).
  const saved = /Wrote sw\.js: (\d+) files saved for offline reading, (\d+) KB gzip/.exec(log);
  const offline = saved ? `${saved[1]} files, ${(saved[2] / 1024).toFixed(1)} MB gz` : "n/a";
  const leftOut = /Left out of the offline copy[^:]*: (.*)/.exec(log)?.[1] ?? "none";
  // The whole guide's PDF (src/integrations/guide-pdf.ts): its size, pages and printing time.
  const printed =
    /Wrote downloads\/learning-together\.pdf, ([^,]+), (\d+) pages, in ([\d.]+) s/.exec(log);
  const pdf = printed ? `${printed[1]}, ${printed[2]} pages, ${printed[3]} s` : "left out";
  return {
    seconds: (performance.now() - start) / 1000,
    cpu,
    render,
    chapterMs,
    offline,
    leftOut,
    pdf,
  };
}

const NAV = /<nav[^>]*aria-label="Chapters"[\s\S]*?<\/nav>/;

/**
 * A page's kind, for the curve: its path with a part's number as "N" ("/guide/N/") and a
 * chapter's slug as "*" ("/chapters/*\/worksheet/").
 */
function kindOf(page) {
  if (/\/\d+\/$/.test(page)) return page.replace(/\d+\/$/, "N/");
  return page
    .replace(/^\/chapters\/[^/]+\//, "/chapters/*/")
    .replace(/^\/quiz\/answers\/[^/]+\/$/, "/quiz/answers/*/");
}

/** Sizes of the build, and every page's first view (page-weight.mjs) against its budget. */
function measureDist(dist) {
  const files = walk(dist).map((path) => ({
    path: `/${relative(dist, path).split(sep).join("/")}`,
  }));
  files.forEach((f) => (f.size = fs.statSync(join(dist, f.path)).size));
  const sum = (list) => list.reduce((s, f) => s + f.size, 0);
  const site = sum(files.filter((f) => !f.path.startsWith("/pagefind/")));
  const out = { total: sum(files), site, pages: 0, kinds: new Map(), over: [], chapters: [] };
  const cache = new Map();
  for (const file of htmlFiles(dist)) {
    const html = fs.readFileSync(file, "utf8");
    const page = measurePage(dist, file, "/", cache, html);
    out.pages++;
    out.over.push(...overBudget(page));
    const kind = kindOf(page.page);
    const worst = out.kinds.get(kind);
    if (!worst || page.firstView > worst.firstView) out.kinds.set(kind, { ...page, count: 0 });
    out.kinds.get(kind).count = (worst?.count ?? 0) + 1;
    if (kind !== "/chapters/*/") continue;
    out.chapters.push({ gz: page.html, nav: Buffer.byteLength(NAV.exec(html)?.[0] ?? "") });
  }
  return out;
}

// Our own page calls Pagefind's API, so "first search" does not hang on the site's search UI;
// lang="en-GB" makes Pagefind load the same language index the site's pages would.
const BENCH_PAGE = `<!doctype html><html lang="en-GB"><title>bench</title><script type="module">
window.firstSearch = async (q) => { const pf = await import("/pagefind/pagefind.js");
  const found = await pf.search(q); await found.results[0]?.data(); return found.results.length; };
</script></html>`;
const TYPES = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json" };

async function measureSearch(dist) {
  const sizes = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path === "/__bench/") return res.setHeader("content-type", "text/html").end(BENCH_PAGE);
    const file = join(dist, path.endsWith("/") ? `${path}index.html` : path);
    if (!file.startsWith(dist) || !fs.statSync(file, { throwIfNoEntry: false })?.isFile())
      return res.writeHead(404).end();
    const body = fs.readFileSync(file);
    // Pagefind's index, fragments and wasm are gzipped on disk: count those as they are, the
    // rest as a server compressing at level 9 would send them.
    if (path.startsWith("/pagefind/")) sizes.push(body[0] === 0x1f ? body.length : gz(body));
    res.setHeader("content-type", TYPES[extname(file)] ?? "application/octet-stream").end(body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: process.env["CHROMIUM_PATH"] ?? systemChromium(),
    args: [
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
  /** A fresh context (empty cache); counts Pagefind's requests until none come for 1.5 s. */
  async function session(act) {
    const context = await browser.newContext();
    sizes.length = 0;
    try {
      const results = await act(await context.newPage());
      for (let seen = -1; seen !== sizes.length; await new Promise((r) => setTimeout(r, 1500)))
        seen = sizes.length;
      return `${kb(sizes.reduce((a, b) => a + b, 0))} (${sizes.length} req, ${results} results)`;
    } catch (error) {
      return `n/a: ${String(error.message).split("\n")[0]}`;
    } finally {
      await context.close();
    }
  }
  try {
    const api = await session(async (page) => {
      await page.goto(`${base}/__bench/`);
      return page.evaluate((q) => window.firstSearch(q), QUERY);
    });
    // The site's own search page, typed into as a reader would: what a search costs today.
    const ui = await session(async (page) => {
      await page.goto(`${base}/search/`);
      await page.getByRole("searchbox").first().pressSequentially(QUERY);
      const items = page.locator("[data-results] > li");
      await items.first().waitFor({ timeout: 60_000 });
      return items.count();
    });
    return { api, ui };
  } finally {
    await browser.close();
    server.close();
  }
}

/** One column per N and one line per measure: reads better than sixteen columns. */
function table(rows) {
  const lines = [["", ...rows.map((r) => `N=${r.N}`)]];
  // Every measure any N has (a page kind such as "/guide/*/" exists only past six chapters).
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r).slice(1)))];
  for (const key of keys) lines.push([key, ...rows.map((r) => r[key] ?? "-")]);
  const width = lines[0].map((_, i) => Math.max(...lines.map((l) => String(l[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(width[i])).join(" | ")} |`;
  const rule = width.map((w) => "-".repeat(w));
  console.log([lines[0], rule, ...lines.slice(1)].map(line).join("\n"));
}

// Snapshot the working tree once, so every N builds the same site code even while someone
// edits it; the hash of that code heads the table.
const source = fs.mkdtempSync(join(tmpdir(), "scale-src-"));
const temps = [source];
const cleanUp = () =>
  process.env.KEEP_TMP || temps.forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
process.on("SIGINT", () => {
  cleanUp();
  process.exit(130);
});
const rows = [];
/** Why the run fails: a size that did not build, a page over its budget. */
const failures = [];
const search = process.env.SEARCH !== "0";
let code;
try {
  const top = (src) => relative(ROOT, src).split(sep)[0];
  fs.cpSync(ROOT, source, { recursive: true, filter: (src) => !SKIP.includes(top(src)) });
  const hash = createHash("sha1");
  for (const file of walk(source, /^content$/).sort()) hash.update(fs.readFileSync(file));
  code = hash.digest("hex").slice(0, 8);
  for (const n of SIZES) {
    const dir = copyProject(source, n);
    temps.push(dir);
    process.stderr.write(`N=${n}: building in ${dir}\n`);
    let b;
    try {
      b = build(dir);
    } catch (error) {
      failures.push(`N=${n}: the build failed. ${error.message}`);
      rows.push({ N: n, "build s (wall)": "failed" });
      continue;
    }
    const d = measureDist(join(dir, "dist"));
    failures.push(...d.over.map((line) => `N=${n}: ${line}`));
    const s = search ? await measureSearch(join(dir, "dist")) : { api: "-", ui: "-" };
    const avg = (key) => d.chapters.reduce((sum, p) => sum + p[key], 0) / d.chapters.length;
    const kinds = [...d.kinds].sort(([a], [b]) => a.localeCompare(b));
    rows.push({
      N: n,
      "build s (wall)": b.seconds.toFixed(1),
      "build s (CPU)": b.cpu.toFixed(1),
      "render s": b.render.toFixed(1),
      "ms/chapter page": b.chapterMs.toFixed(0),
      pages: d.pages,
      "dist MB": mb(d.total),
      "no pagefind MB": mb(d.site),
      "offline copy": b.offline,
      "left out offline": b.leftOut,
      "guide PDF": b.pdf,
      "chapter HTML gz KB": kb(avg("gz")),
      "ChapterNav KB/page": kb(avg("nav")),
      // The largest first view (HTML, CSS and JS, gzipped) of each kind of page, and how
      // many pages of that kind there are.
      ...Object.fromEntries(
        kinds.map(([kind, page]) => [
          `${kind} first view KB`,
          `${kb(page.firstView)}${page.count > 1 ? ` (${page.count})` : ""}`,
        ]),
      ),
      [`first search "${QUERY}" KB`]: s.api,
      "/search/ UI KB": s.ui,
    });
    if (!process.env.KEEP_TMP) fs.rmSync(dir, { recursive: true });
  }
} finally {
  cleanUp();
}
console.log(`\nSite code ${code}. Sizes in KiB/MiB; search sizes are gzipped transfer bytes.\n`);
table(rows);
if (failures.length > 0) {
  console.error(`\nScale bench failed:\n${failures.join("\n")}`);
  process.exit(1);
}
console.log("\nEvery size built, and every page's first view is within its budget.");
