import { expect, test, type Locator, type Page } from "@playwright/test";
import { apaDate, clipboard, latestReview } from "./cite-support.ts";
import { CHAPTERS, axeViolations, refuseClipboard, tabTo } from "./support.ts";

const HIERARCHY = "/chapters/hierarchy-and-safety/";

/** What a reader sees of Busari, Moll and Duits (2017) in each style. */
const BUSARI = {
  vancouver:
    "Busari JO, Moll FM, Duits AJ. Understanding the impact of interprofessional collaboration on the quality of care: a case report from a small-scale resource limited health care environment. J Multidiscip Healthc. 2017;10:227–34. doi:10.2147/JMDH.S140042",
  apa: "Busari, J. O., Moll, F. M., & Duits, A. J. (2017). Understanding the impact of interprofessional collaboration on the quality of care: A case report from a small-scale resource limited health care environment. Journal of Multidisciplinary Healthcare, 10, 227–234. https://doi.org/10.2147/JMDH.S140042",
  harvard:
    "Busari, J.O., Moll, F.M. and Duits, A.J. (2017) ‘Understanding the impact of interprofessional collaboration on the quality of care: a case report from a small-scale resource limited health care environment’, Journal of Multidisciplinary Healthcare, 10, pp. 227–234. Available at: https://doi.org/10.2147/JMDH.S140042.",
};

const marker = (page: Page, n: number) => page.getByRole("link", { name: `Reference ${n}` });
/** A citation's preview (a glossary term's says no DOI). */
const preview = (page: Page) => page.getByRole("tooltip").filter({ hasText: /doi:/ });

test.describe("in-text citations", () => {
  test("are numbered in order of first citation across the chapters", async ({ page }) => {
    const seen: string[] = [];
    for (const chapter of CHAPTERS) {
      await page.goto(chapter.path);
      for (const link of await page.locator("a.cite-marker").all()) {
        seen.push(`${await link.textContent()} ${await link.getAttribute("href")}`);
      }
    }
    expect(seen).toEqual([
      "[1] /references/#garnweidner-holme-2022",
      "[2] /references/#busari-2017",
      "[3] /references/#davison-2022",
    ]);
  });

  test("lead from the marker to the full reference, and its back-link returns to the marker", async ({
    page,
  }) => {
    await page.goto(HIERARCHY);
    await marker(page, 2).click();
    await expect(page).toHaveURL(/\/references\/#busari-2017$/);
    const entry = page.locator("li:target");
    await expect(entry).toBeInViewport();
    await expect(entry).toContainText(BUSARI.vancouver);

    const back = entry.getByRole("link", {
      name: "Teamwork, hierarchy and safety: Why comfort matters",
    });
    await expect(entry).toContainText(
      "Cited in: Teamwork, hierarchy and safety: Why comfort matters",
    );
    await back.click();
    await expect(page).toHaveURL(new RegExp(`${HIERARCHY}#cite-busari-2017$`));
    await expect(marker(page, 2)).toBeInViewport();
  });

  test("the marker's link works by keyboard", async ({ page }) => {
    await page.goto(HIERARCHY);
    await tabTo(page, marker(page, 2));
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/references\/#busari-2017$/);
  });

  test("screen readers hear the full reference as the marker's description", async ({ page }) => {
    await page.goto(HIERARCHY);
    await expect(marker(page, 2)).toHaveAccessibleDescription(BUSARI.vancouver);
  });
});

test.describe("the citation preview", () => {
  test("shows on hover, stays while the pointer moves onto it, and closes when the pointer leaves", async ({
    page,
  }) => {
    await page.goto(HIERARCHY);
    await expect(preview(page)).toBeHidden();
    await marker(page, 2).hover();
    await expect(preview(page)).toBeVisible();
    await expect(preview(page)).toHaveText(`[2] ${BUSARI.vancouver}`);
    await expect(preview(page)).toContainText("doi:10.2147/JMDH.S140042");

    // Hoverable: the pointer can cross onto the preview without it closing.
    const box = await preview(page).boundingBox();
    if (!box) throw new Error("the preview has no box");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.waitForTimeout(400);
    await expect(preview(page)).toBeVisible();

    await page.mouse.move(5, 5);
    await expect(preview(page)).toBeHidden();
  });

  test("shows on keyboard focus, closes with Esc without moving focus, and closes when focus leaves", async ({
    page,
  }) => {
    await page.goto(HIERARCHY);
    const link = marker(page, 2);
    await tabTo(page, link);
    await expect(preview(page)).toBeVisible();
    // Persistent: it does not time out on its own.
    await page.waitForTimeout(1500);
    await expect(preview(page)).toBeVisible();

    await page.keyboard.press("Escape");
    await expect(preview(page)).toBeHidden();
    await expect(link).toBeFocused();

    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    await expect(preview(page)).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(preview(page)).toBeHidden();
  });

  test("Esc also dismisses a preview opened by hover", async ({ page }) => {
    await page.goto(HIERARCHY);
    await marker(page, 2).hover();
    await expect(preview(page)).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(preview(page)).toBeHidden();
  });

  test("stays on screen on a 320 px phone", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(HIERARCHY);
    await marker(page, 2).focus();
    const box = await preview(page).boundingBox();
    if (!box) throw new Error("the preview has no box");
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
  });

  test("has no WCAG 2.2 A/AA violations while open, in light and dark", async ({ page }) => {
    // Several full axe runs in one test: on a busy 2-core machine they need more than 60 s.
    test.slow();
    for (const theme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto(HIERARCHY);
      await marker(page, 2).hover();
      await expect(preview(page)).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    }
  });
});

test.describe("the citation preview on a touch screen", () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
  const reference = (page: Page) => page.getByRole("dialog", { name: "Reference 2" });
  /** The marker in the middle of the screen, so a jump of the page in either direction shows. */
  async function markerMidScreen(page: Page) {
    await page.goto(HIERARCHY);
    await marker(page, 2).evaluate((link) => link.scrollIntoView({ block: "center" }));
    return marker(page, 2);
  }

  test("opens on a tap in place, with a link to the reference and Close, and the page stays where it was", async ({
    page,
  }) => {
    const link = await markerMidScreen(page);
    const before = await scrollY(page);
    await link.tap();
    await expect(reference(page)).toBeVisible();
    await expect(reference(page)).toContainText(`[2] ${BUSARI.vancouver}`);
    await expect(reference(page)).toBeFocused();
    await expect(page).toHaveURL(HIERARCHY);
    expect(Math.abs((await scrollY(page)) - before)).toBeLessThanOrEqual(2);
    const through = reference(page).getByRole("link", { name: "Open in the references" });
    await expect(through).toHaveAttribute("href", "/references/#busari-2017");

    await reference(page).getByRole("button", { name: "Close" }).tap();
    await expect(preview(page)).toBeHidden();
    await expect(link).toBeFocused();
    expect(Math.abs((await scrollY(page)) - before)).toBeLessThanOrEqual(2);

    await link.tap();
    await through.tap();
    await expect(page).toHaveURL(/\/references\/#busari-2017$/);
  });

  test("closes with Esc and with a tap outside it", async ({ page }) => {
    const link = await markerMidScreen(page);
    await link.tap();
    await expect(reference(page)).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(preview(page)).toBeHidden();
    await expect(link).toBeFocused();

    await link.tap();
    await expect(reference(page)).toBeVisible();
    await page.getByRole("heading", { level: 1 }).tap();
    await expect(preview(page)).toBeHidden();
    await expect(page).toHaveURL(HIERARCHY);
  });

  test("stays on screen on a 320 px phone", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const link = await markerMidScreen(page);
    await link.tap();
    const box = await reference(page).boundingBox();
    if (!box) throw new Error("the preview has no box");
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
  });
});

test.describe("the references page", () => {
  test("lists every reference in full with its number, stable id and DOI link", async ({
    page,
  }) => {
    await page.goto("/references/");
    const list = page.getByRole("list").filter({ has: page.locator("li#busari-2017") });
    const entries = list.locator(":scope > li");
    await expect(entries).toHaveCount(3);
    expect(
      await entries.evaluateAll((lis) =>
        lis.map((li) => `${(li as HTMLLIElement).value} ${li.id}`),
      ),
    ).toEqual(["1 garnweidner-holme-2022", "2 busari-2017", "3 davison-2022"]);
    await expect(page.locator("#davison-2022")).toContainText(
      "Davison E, Semlyen J, Lindqvist S. “From doing to knowing”: medical students’ experiences of working as healthcare assistants. J Interprof Care. 2022;36(4):560–6.",
    );
    for (const doi of [
      "10.2147/JMDH.S376074",
      "10.2147/JMDH.S140042",
      "10.1080/13561820.2021.1943336",
    ]) {
      await expect(page.getByRole("link", { name: doi, exact: true })).toHaveAttribute(
        "href",
        `https://doi.org/${doi}`,
      );
    }
  });

  test.describe("copy buttons", () => {
    test.use({ permissions: ["clipboard-read", "clipboard-write"] });

    test("put each style on the clipboard and say so", async ({ page }) => {
      await page.goto("/references/");
      for (const [style, label] of [
        ["vancouver", "Vancouver"],
        ["apa", "APA 7"],
        ["harvard", "Harvard"],
      ] as const) {
        await page
          .getByRole("button", { name: `Copy ${label} reference: Busari, Moll and Duits (2017)` })
          .click();
        await expect(page.locator("#busari-2017").getByRole("status")).toHaveText(
          `${label} reference copied.`,
        );
        expect(await clipboard(page)).toBe(BUSARI[style]);
      }
    });

    test("work from the keyboard", async ({ page }) => {
      await page.goto("/references/");
      const button = page.getByRole("button", {
        name: "Copy Harvard reference: Davison, Semlyen and Lindqvist (2022)",
      });
      await tabTo(page, button);
      await page.keyboard.press("Enter");
      await expect(page.locator("#davison-2022").getByRole("status")).toHaveText(
        "Harvard reference copied.",
      );
      expect(await clipboard(page)).toMatch(
        /^Davison, E\., Semlyen, J\. and Lindqvist, S\. \(2022\) ‘“From doing to knowing”/,
      );
    });

    test("have no WCAG 2.2 A/AA violations with a message showing", async ({ page }) => {
      await page.goto("/references/");
      await page
        .getByRole("button", { name: "Copy APA 7 reference: Busari, Moll and Duits (2017)" })
        .click();
      await page.getByText("Show in APA 7 and Harvard: Busari").click();
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  test("without clipboard access, the reference is selected for the reader to copy", async ({
    page,
  }) => {
    await refuseClipboard(page);
    await page.goto("/references/");
    await page
      .getByRole("button", { name: "Copy APA 7 reference: Busari, Moll and Duits (2017)" })
      .click();
    await expect(page.locator("#busari-2017").getByRole("status")).toHaveText(
      "Could not copy. The APA 7 reference is selected: press Ctrl+C (Cmd+C on a Mac).",
    );
    await expect(page.locator("#busari-2017 details")).toHaveAttribute("open", "");
    expect(await page.evaluate(() => window.getSelection()?.toString().replace(/\s+/g, " "))).toBe(
      BUSARI.apa,
    );
  });

  test("each entry downloads as BibTeX and RIS", async ({ page }) => {
    await page.goto("/references/");
    for (const [name, file, expected] of [
      [
        "BibTeX file: Busari, Moll and Duits (2017)",
        "busari-2017.bib",
        "doi = {10.2147/JMDH.S140042}",
      ],
      ["RIS file: Busari, Moll and Duits (2017)", "busari-2017.ris", "DO  - 10.2147/JMDH.S140042"],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(file);
      const path = await download.path();
      const { readFileSync } = await import("node:fs");
      const text = readFileSync(path, "utf8");
      expect(text).toContain(expected);
      expect(text).not.toContain("Davison");
    }
  });

  test("the whole list downloads as /references.bib and /references.ris", async ({
    page,
    request,
  }) => {
    await page.goto("/references/");
    await expect(page.getByRole("link", { name: "Download all as BibTeX" })).toHaveAttribute(
      "href",
      "/references.bib",
    );
    await expect(page.getByRole("link", { name: "Download all as RIS" })).toHaveAttribute(
      "href",
      "/references.ris",
    );
    const bib = await (await request.get("/references.bib")).text();
    expect(bib.match(/^@article\{/gm)).toHaveLength(3);
    const ris = await (await request.get("/references.ris")).text();
    expect(ris.match(/^TY {2}- JOUR/gm)).toHaveLength(3);
    for (const doi of [
      "10.2147/JMDH.S376074",
      "10.2147/JMDH.S140042",
      "10.1080/13561820.2021.1943336",
    ]) {
      expect(bib).toContain(doi);
      expect(ris).toContain(doi);
    }
  });
});

test("search finds a reference by its author's name and leads to the references page", async ({
  page,
}) => {
  await page.goto("/search/?q=Busari");
  const results = page.getByRole("list", { name: "Search results" });
  const references = results.getByRole("link", { name: "References", exact: true });
  await expect(references).toHaveAttribute("href", "/references/?highlight=busari");
  await references.click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("References");
  await expect(page.locator("mark").first()).toHaveText("Busari");
});

test.describe("each chapter", () => {
  test("ends with the references it cites, numbered as in its text", async ({ page }) => {
    await page.goto(HIERARCHY);
    const section = page.getByRole("region", { name: "References in this chapter" });
    // The copy buttons come with their code, which loads as the reader nears them.
    await section.scrollIntoViewIfNeeded();
    const items = section.getByRole("listitem");
    await expect(items).toHaveCount(1);
    expect(await items.first().evaluate((li) => (li as HTMLLIElement).value)).toBe(2);
    await expect(items.first()).toContainText(BUSARI.vancouver);
    await expect(
      section.getByRole("button", { name: "Copy APA 7 reference: Busari, Moll and Duits (2017)" }),
    ).toBeVisible();
  });

  test("that cites nothing says so and points to all references", async ({ page }) => {
    await page.goto("/chapters/venepuncture/");
    const section = page.getByRole("region", { name: "References in this chapter" });
    await expect(section).toContainText("This chapter cites no published work");
    await expect(section.getByRole("link", { name: "All references" })).toHaveAttribute(
      "href",
      "/references/",
    );
  });

  test("carries citation_* tags and JSON-LD for reference managers", async ({ page }) => {
    await page.goto(HIERARCHY);
    await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute(
      "content",
      "Teamwork, hierarchy and safety",
    );
    await expect(page.locator('meta[name="citation_reference"]')).toHaveCount(1);
    await expect(page.locator('meta[name="citation_reference"]')).toHaveAttribute(
      "content",
      /citation_doi=10\.2147\/JMDH\.S140042/,
    );
    const json = await page.locator('script[type="application/ld+json"]').textContent();
    const data = JSON.parse(json ?? "{}") as { url?: string; citation: { sameAs: string }[] };
    // Built without a public address: no url (public-address-sub-path.spec.ts has it).
    expect(data.url).toBeUndefined();
    await expect(page.locator('meta[name="citation_fulltext_html_url"]')).toHaveCount(0);
    expect(data.citation.map((c) => c.sameAs)).toEqual(["https://doi.org/10.2147/JMDH.S140042"]);
  });
});

test.describe("cite this page", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("built without a public address, a chapter cites itself in three styles with its review date and no invented address", async ({
    page,
  }) => {
    await page.goto(HIERARCHY);
    const day = (await page.locator("#chapter-start time").getAttribute("datetime")) ?? "";
    await expect(page.locator("#chapter-start")).toContainText(
      `Last reviewed ${new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { dateStyle: "long", timeZone: "UTC" })}`,
    );
    const section = page.getByRole("region", { name: "Cite this page" });
    // The styles give an access date only with an address; the reader is asked to add both.
    // public-address-sub-path.spec.ts checks the citation with its address and today's date.
    await expect(section).toContainText("Add the address you read it at, and the day");
    await section.scrollIntoViewIfNeeded();
    for (const [label, expected] of [
      ["Vancouver", `Learning Together. ${day.slice(0, 4)}. Teamwork, hierarchy and safety.`],
      ["APA 7", `Teamwork, hierarchy and safety. (${apaDate(day)}). Learning Together.`],
      ["Harvard", `Teamwork, hierarchy and safety (${day.slice(0, 4)}) Learning Together.`],
    ] as const) {
      await expect(section).toContainText(expected);
      await section.getByRole("button", { name: `Copy ${label} reference to this page` }).click();
      await expect(section.getByRole("status")).toHaveText(`${label} reference copied.`);
      expect(await clipboard(page)).toBe(expected);
    }
    await expect(section).not.toContainText("localhost");
    await expect(section).not.toContainText("http");
  });

  test("the about page says how to cite the whole site, dated by its latest review", async ({
    page,
  }) => {
    const latest = latestReview();
    await page.goto("/about/");
    const section = page.getByRole("region", { name: "Cite this site" });
    await section.getByRole("button", { name: "Copy APA 7 reference to this site" }).click();
    await expect(section.getByRole("status")).toHaveText("APA 7 reference copied.");
    expect(await clipboard(page)).toBe(`Learning Together. (${apaDate(latest)}).`);
    await section.getByRole("button", { name: "Copy Harvard reference to this site" }).click();
    await expect(section.getByRole("status")).toHaveText("Harvard reference copied.");
    expect(await clipboard(page)).toBe(`Learning Together (${latest.slice(0, 4)}).`);
  });
});

test("a printed chapter keeps its references and citation, without buttons or doubled addresses", async ({
  page,
}) => {
  await page.goto(HIERARCHY);
  await page.emulateMedia({ media: "print" });
  const references = page.getByRole("region", { name: "References in this chapter" });
  await expect(references).toBeVisible();
  await expect(references).toContainText(BUSARI.vancouver);
  await expect(page.getByRole("region", { name: "Cite this page" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Copy / })).toHaveCount(0);
  await expect(marker(page, 2)).toHaveText("[2]");
  // Print styles add a link's address after it, except where the text already shows it.
  const after = (link: Locator) => link.evaluate((el) => getComputedStyle(el, "::after").content);
  expect(await after(marker(page, 2))).toBe("none");
  expect(await after(references.getByRole("link", { name: "10.2147/JMDH.S140042" }))).toBe("none");
});

test("the entry a marker leads to stays marked in forced-colours mode", async ({ page }) => {
  await page.emulateMedia({ forcedColors: "active" });
  await page.goto("/references/#busari-2017");
  const highlight = page.locator("li:target > citation-copy");
  expect(await highlight.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("solid");
  const other = page.locator("#davison-2022 > citation-copy");
  expect(await other.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe("none");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a marker is a plain link to its reference, and copy buttons stay out of the way", async ({
    page,
  }) => {
    await page.goto(HIERARCHY);
    await expect(preview(page)).toBeHidden();
    await marker(page, 2).click();
    await expect(page).toHaveURL(/\/references\/#busari-2017$/);
    await expect(page.getByRole("button", { name: /^Copy / })).toHaveCount(0);
    await page.getByText("Show in APA 7 and Harvard: Busari").click();
    await expect(page.locator("#busari-2017")).toContainText(BUSARI.apa);
  });
});
