import { describe, expect, it } from "vitest";
import {
  addressReport,
  hostAddress,
  LEFT_OUT_WITHOUT_ADDRESS,
  normaliseBasePath,
  resolveSiteAddress,
  SiteAddressError,
} from "~/lib/address/site-address.ts";

describe("normaliseBasePath", () => {
  it.each([
    ["", "/"],
    ["/", "/"],
    ["learning-together", "/learning-together/"],
    ["/learning-together", "/learning-together/"],
    ["learning-together/", "/learning-together/"],
    ["/learning-together/", "/learning-together/"],
    [" /ipl/course/ ", "/ipl/course/"],
    ["/ipl//course", "/ipl/course/"],
  ])("%j becomes %j", (raw, expected) => {
    expect(normaliseBasePath(raw)).toBe(expected);
  });

  it("refuses a full address, saying to put it in SITE_URL instead", () => {
    expect(() => normaliseBasePath("https://example.github.io/ipl/")).toThrow(
      /BASE_PATH is "https:\/\/example\.github\.io\/ipl\/", which is an address, not a path\. Set SITE_URL/,
    );
  });

  it.each(["/a/../b/", "/with space/", "/ipl?x=1", "/ipl#top"])("refuses %j", (raw) => {
    expect(() => normaliseBasePath(raw)).toThrow(SiteAddressError);
  });
});

describe("resolveSiteAddress", () => {
  it("invents no address when nothing is set: no site, the root, and no source", () => {
    expect(resolveSiteAddress({})).toEqual({ site: undefined, base: "/", from: undefined });
    expect(resolveSiteAddress({ SITE_URL: "  ", BASE_PATH: "/ipl/" })).toEqual({
      site: undefined,
      base: "/ipl/",
      from: undefined,
    });
  });

  it("takes the origin from SITE_URL and the base from BASE_PATH", () => {
    expect(
      resolveSiteAddress({ SITE_URL: "https://example.github.io", BASE_PATH: "learning-together" }),
    ).toEqual({
      site: "https://example.github.io",
      base: "/learning-together/",
      from: "SITE_URL",
    });
  });

  it("takes the base path from a SITE_URL copied from the browser", () => {
    expect(
      resolveSiteAddress({ SITE_URL: "https://example.github.io/learning-together/" }),
    ).toEqual({
      site: "https://example.github.io",
      base: "/learning-together/",
      from: "SITE_URL",
    });
    expect(resolveSiteAddress({ SITE_URL: "https://example.ac.uk/ipl" }).base).toBe("/ipl/");
  });

  it("accepts a SITE_URL path that agrees with BASE_PATH", () => {
    expect(
      resolveSiteAddress({ SITE_URL: "https://example.ac.uk/ipl/", BASE_PATH: "/ipl" }).base,
    ).toBe("/ipl/");
  });

  it("treats an empty BASE_PATH (a GitHub user site) as the root", () => {
    expect(resolveSiteAddress({ SITE_URL: "https://example.github.io", BASE_PATH: "" }).base).toBe(
      "/",
    );
  });

  it("fails when SITE_URL's path contradicts BASE_PATH, saying what to set", () => {
    expect(() =>
      resolveSiteAddress({ SITE_URL: "https://example.ac.uk/ipl/", BASE_PATH: "/other/" }),
    ).toThrow(
      'SITE_URL "https://example.ac.uk/ipl/" has the path /ipl/, but BASE_PATH is /other/. Set SITE_URL=https://example.ac.uk and BASE_PATH to the folder the site is served from, or leave BASE_PATH unset to use /ipl/.',
    );
  });

  it.each(["example.github.io", "/learning-together/", "ftp://example.org", "not a url"])(
    "fails on %j, which is not an absolute http(s) address",
    (value) => {
      expect(() => resolveSiteAddress({ SITE_URL: value })).toThrow(
        /is not an absolute http\(s\) address\. Set it to the site's public address, for example SITE_URL=https:\/\/example\.github\.io/,
      );
    },
  );

  it("points a path given as SITE_URL towards BASE_PATH", () => {
    expect(() => resolveSiteAddress({ SITE_URL: "/ipl/" })).toThrow(
      /put the path in BASE_PATH=\/ipl\//,
    );
  });

  it("fails on a SITE_URL with a query or fragment", () => {
    expect(() => resolveSiteAddress({ SITE_URL: "https://example.org/?utm=x" })).toThrow(
      /Set SITE_URL=https:\/\/example\.org\//,
    );
  });
});

/** What each host sets on its builders, as their documentation lists it. */
const NETLIFY_PRODUCTION = {
  NETLIFY: "true",
  CONTEXT: "production",
  URL: "https://learning-together.netlify.app",
  DEPLOY_PRIME_URL: "https://main--learning-together.netlify.app",
  DEPLOY_URL: "https://6745f1a2b3c4d5e6f7a8b9c0--learning-together.netlify.app",
};
const CLOUDFLARE = {
  CF_PAGES: "1",
  CF_PAGES_BRANCH: "main",
  CF_PAGES_URL: "https://8d3e7f1c.learning-together.pages.dev",
};
const VERCEL_PRODUCTION = {
  VERCEL: "1",
  VERCEL_ENV: "production",
  VERCEL_PROJECT_PRODUCTION_URL: "learning-together.vercel.app",
  VERCEL_URL: "learning-together-a1b2c3d4e-team.vercel.app",
};

describe("the host's own address, when SITE_URL is not set", () => {
  it("Netlify production: the site's main address, URL", () => {
    expect(resolveSiteAddress(NETLIFY_PRODUCTION)).toEqual({
      site: "https://learning-together.netlify.app",
      base: "/",
      from: "URL (Netlify, production)",
    });
  });

  it.each(["deploy-preview", "branch-deploy"])(
    "Netlify %s: the address of that deploy, DEPLOY_PRIME_URL",
    (context) => {
      expect(resolveSiteAddress({ ...NETLIFY_PRODUCTION, CONTEXT: context })).toEqual({
        site: "https://main--learning-together.netlify.app",
        base: "/",
        from: `DEPLOY_PRIME_URL (Netlify, ${context})`,
      });
    },
  );

  it("Netlify preview without DEPLOY_PRIME_URL falls back to DEPLOY_URL", () => {
    expect(
      hostAddress({ ...NETLIFY_PRODUCTION, CONTEXT: "deploy-preview", DEPLOY_PRIME_URL: "" }),
    ).toEqual({
      value: NETLIFY_PRODUCTION.DEPLOY_URL,
      from: "DEPLOY_URL (Netlify, deploy-preview)",
    });
  });

  it("Cloudflare Pages: this deployment's address, CF_PAGES_URL", () => {
    expect(resolveSiteAddress(CLOUDFLARE)).toEqual({
      site: "https://8d3e7f1c.learning-together.pages.dev",
      base: "/",
      from: "CF_PAGES_URL (Cloudflare Pages)",
    });
  });

  it("Vercel production: the production domain, with https added to the host name", () => {
    expect(resolveSiteAddress(VERCEL_PRODUCTION)).toEqual({
      site: "https://learning-together.vercel.app",
      base: "/",
      from: "VERCEL_PROJECT_PRODUCTION_URL (Vercel, production)",
    });
  });

  it("Vercel preview: this deployment's own host name, VERCEL_URL", () => {
    expect(resolveSiteAddress({ ...VERCEL_PRODUCTION, VERCEL_ENV: "preview" })).toEqual({
      site: "https://learning-together-a1b2c3d4e-team.vercel.app",
      base: "/",
      from: "VERCEL_URL (Vercel, preview)",
    });
  });

  it("gives no address from a host's local development server (netlify dev, vercel dev)", () => {
    expect(
      resolveSiteAddress({ NETLIFY: "true", CONTEXT: "dev", URL: "http://localhost:8888" }).site,
    ).toBeUndefined();
    expect(
      resolveSiteAddress({ VERCEL: "1", VERCEL_ENV: "development", VERCEL_URL: "localhost:3000" })
        .site,
    ).toBeUndefined();
  });

  it("SITE_URL wins over every host's variable", () => {
    for (const host of [NETLIFY_PRODUCTION, CLOUDFLARE, VERCEL_PRODUCTION]) {
      expect(
        resolveSiteAddress({ ...host, SITE_URL: "https://learning.example.ac.uk/ipl/" }),
      ).toEqual({ site: "https://learning.example.ac.uk", base: "/ipl/", from: "SITE_URL" });
    }
  });

  it("BASE_PATH still sets the folder under a host's address", () => {
    expect(resolveSiteAddress({ ...CLOUDFLARE, BASE_PATH: "ipl" }).base).toBe("/ipl/");
  });

  it("reads a host's variables only when its marker says the build runs there", () => {
    const { NETLIFY: _n, ...strayNetlify } = NETLIFY_PRODUCTION;
    const { CF_PAGES: _c, ...strayCloudflare } = CLOUDFLARE;
    const { VERCEL: _v, ...strayVercel } = VERCEL_PRODUCTION;
    for (const stray of [
      strayNetlify,
      strayCloudflare,
      strayVercel,
      { ...VERCEL_PRODUCTION, VERCEL: "0" },
    ]) {
      expect(resolveSiteAddress(stray).site).toBeUndefined();
    }
  });

  it("names the host's variable when its value is not an address", () => {
    expect(() => resolveSiteAddress({ CF_PAGES: "1", CF_PAGES_URL: "not a url" })).toThrow(
      /^CF_PAGES_URL \(Cloudflare Pages\) is "not a url", which is not an absolute http\(s\) address\. Set SITE_URL/,
    );
  });
});

describe("addressReport", () => {
  it("says which variable gave the address", () => {
    expect(addressReport(resolveSiteAddress(VERCEL_PRODUCTION))).toEqual({
      level: "info",
      message:
        "Public address https://learning-together.vercel.app/, from VERCEL_PROJECT_PRODUCTION_URL (Vercel, production).",
    });
  });

  it("warns once without an address, listing everything left out and how to set it", () => {
    const { level, message } = addressReport(resolveSiteAddress({}));
    expect(level).toBe("warn");
    for (const item of LEFT_OUT_WITHOUT_ADDRESS) expect(message).toContain(`  - ${item}\n`);
    expect(message).toContain("sitemap");
    expect(message).toContain("SITE_URL=https://example.github.io");
    expect(message).not.toContain("localhost");
  });
});
