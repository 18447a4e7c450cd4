import { describe, expect, it } from "vitest";
import {
  LOCAL_ORIGIN,
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
  it("uses the local preview address at the root when nothing is set", () => {
    expect(resolveSiteAddress({})).toEqual({ site: LOCAL_ORIGIN, base: "/", fromSiteUrl: false });
  });

  it("takes the origin from SITE_URL and the base from BASE_PATH", () => {
    expect(
      resolveSiteAddress({ SITE_URL: "https://example.github.io", BASE_PATH: "learning-together" }),
    ).toEqual({
      site: "https://example.github.io",
      base: "/learning-together/",
      fromSiteUrl: true,
    });
  });

  it("takes the base path from a SITE_URL copied from the browser", () => {
    expect(
      resolveSiteAddress({ SITE_URL: "https://example.github.io/learning-together/" }),
    ).toEqual({
      site: "https://example.github.io",
      base: "/learning-together/",
      fromSiteUrl: true,
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
