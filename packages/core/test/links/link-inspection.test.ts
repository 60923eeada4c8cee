import { describe, expect, it } from "vitest";
import {
  type FetchedPage,
  inspectLinkPage,
  linkStatusAfter,
  nextLinkCheckAt,
  normaliseLinkUrl,
  parseLinkCheckSchedule,
} from "../../src";

const TARGET = "https://taskflow.example/tools?ref=1";
const ANCHOR = "project management tools";
const now = new Date("2026-11-24T00:00:00Z");
const order = { targetUrl: TARGET, anchorText: ANCHOR, expectedRel: [] as string[] };

const page = (body: string, overrides: Partial<FetchedPage> = {}): FetchedPage => ({
  url: "https://news.example/blog/post",
  status: 200,
  contentType: "text/html; charset=utf-8",
  headers: {},
  body: `<!doctype html><html><head><title>Post</title></head><body>
    <nav><a href="/">Home</a></nav>
    <main><p>Intro text that runs on for a while before anything else.</p>${body}<p>Closing words.</p></main>
    <footer><a href="/about">About</a></footer></body></html>`,
  ...overrides,
});
const link = (attributes = "", anchor = ANCHOR, href = TARGET) =>
  `<p>Read about <a href="${href}"${attributes}>${anchor}</a> here.</p>`;

describe("inspectLinkPage", () => {
  it("verifies the ordered link in the main content, with where it sits", () => {
    const check = inspectLinkPage(page(link()), order, now);
    expect(check).toMatchObject({
      verdict: "verified",
      found: true,
      anchor_text: ANCHOR,
      rel: [],
      in_main_content: true,
      page_noindex: false,
      changes: [],
      http_status: 200,
    });
    expect(check.position).toBeGreaterThan(0.2);
    expect(check.position).toBeLessThan(0.9);
  });

  it("treats scheme, www, a trailing slash and a fragment as the same link; relative and <base> hrefs resolve", () => {
    const variants = [
      "http://www.taskflow.example/tools?ref=1#top",
      "https://TASKFLOW.example:443/tools?ref=1",
    ];
    for (const href of variants)
      expect(inspectLinkPage(page(link("", ANCHOR, href)), order, now).verdict).toBe("verified");
    const sameSite = { ...order, targetUrl: "https://news.example/partners/" };
    expect(inspectLinkPage(page(link("", ANCHOR, "../partners")), sameSite, now).verdict).toBe("verified");
    const based = page(link("", ANCHOR, "partners"));
    based.body = based.body.replace("<title>", '<base href="https://news.example/"><title>');
    expect(inspectLinkPage(based, sameSite, now).verdict).toBe("verified");
    // Another query string is another page.
    expect(
      inspectLinkPage(page(link("", ANCHOR, "https://taskflow.example/tools?ref=2")), order, now).verdict,
    ).toBe("missing");
  });

  it("compares anchors without case or extra spaces, and prefers the matching one of several links", () => {
    expect(inspectLinkPage(page(link("", "  Project   MANAGEMENT tools ")), order, now).verdict).toBe(
      "verified",
    );
    const two = page(`${link("", "click here")}${link()}`);
    expect(inspectLinkPage(two, order, now)).toMatchObject({ verdict: "verified", anchor_text: ANCHOR });
    const other = inspectLinkPage(page(link("", "click here")), order, now);
    expect(other.verdict).toBe("changed");
    expect(other.changes).toEqual([`anchor text is "click here", ordered "${ANCHOR}"`]);
    // No ordered anchor (a bridge backlink recorded without one): any anchor will do.
    expect(inspectLinkPage(page(link("", "click here")), { ...order, anchorText: "" }, now).verdict).toBe(
      "verified",
    );
  });

  it("reports rel: the policy's tokens must be there, unordered nofollow/sponsored/ugc are changes", () => {
    const sponsored = { ...order, expectedRel: ["sponsored"] };
    expect(inspectLinkPage(page(link(' rel="sponsored noopener"')), sponsored, now).verdict).toBe("verified");
    expect(inspectLinkPage(page(link()), sponsored, now).changes).toEqual(["rel lacks sponsored"]);
    const added = inspectLinkPage(page(link(' rel="NoFollow"')), order, now);
    expect(added).toMatchObject({
      verdict: "changed",
      link_nofollow: true,
      rel: ["nofollow"],
      changes: ["rel adds nofollow"],
    });
  });

  it("reads robots from meta tags and X-Robots-Tag, including none and crawler-scoped values", () => {
    const meta = page(link());
    meta.body = meta.body.replace("<title>", '<meta name="robots" content="noindex, follow"><title>');
    expect(inspectLinkPage(meta, order, now)).toMatchObject({
      verdict: "changed",
      page_noindex: true,
      page_nofollow: false,
    });
    const googlebot = page(link());
    googlebot.body = googlebot.body.replace("<title>", '<meta name="googlebot" content="nofollow"><title>');
    expect(inspectLinkPage(googlebot, order, now).changes).toEqual(["page is nofollow"]);
    const header = inspectLinkPage(
      page(link(), { headers: { "x-robots-tag": "googlebot: none" } }),
      order,
      now,
    );
    expect(header).toMatchObject({ page_noindex: true, page_nofollow: true, verdict: "changed" });
    const otherBot = inspectLinkPage(
      page(link(), { headers: { "x-robots-tag": "otherbot: noindex" } }),
      order,
      now,
    );
    expect(otherBot.verdict).toBe("verified");
  });

  it("records the canonical URL and reports one that points elsewhere", () => {
    const self = page(link());
    self.body = self.body.replace("<title>", '<link rel="canonical" href="/blog/post/"><title>');
    expect(inspectLinkPage(self, order, now)).toMatchObject({
      verdict: "verified",
      canonical_url: "https://news.example/blog/post/",
    });
    const elsewhere = page(link());
    elsewhere.body = elsewhere.body.replace(
      "<title>",
      '<link rel="canonical" href="https://news.example/other"><title>',
    );
    expect(inspectLinkPage(elsewhere, order, now).changes).toEqual([
      "canonical points to https://news.example/other",
    ]);
  });

  it("tells a link in the footer or navigation from one in the content", () => {
    const footer = page("");
    footer.body = footer.body.replace('<a href="/about">About</a>', `<a href="${TARGET}">${ANCHOR}</a>`);
    expect(inspectLinkPage(footer, order, now)).toMatchObject({
      verdict: "verified",
      in_main_content: false,
      position: null,
    });
  });

  it("judges the page's answer: gone, missing, or unreachable for now", () => {
    expect(inspectLinkPage(page("", { status: 404 }), order, now).verdict).toBe("page_gone");
    expect(inspectLinkPage(page("", { status: 410 }), order, now).verdict).toBe("page_gone");
    for (const status of [503, 500, 429, 403]) {
      expect(inspectLinkPage(page(link(), { status }), order, now).verdict).toBe("unreachable");
    }
    expect(inspectLinkPage(page("<p>No link.</p>"), order, now)).toMatchObject({
      verdict: "missing",
      found: false,
    });
    expect(inspectLinkPage(page(link(), { contentType: "application/pdf" }), order, now)).toMatchObject({
      verdict: "missing",
      error: "the page is application/pdf, not HTML",
    });
  });
});

describe("normaliseLinkUrl", () => {
  it("keeps what distinguishes pages and drops what does not", () => {
    expect(normaliseLinkUrl("HTTPS://www.Example.com:443/a/b/?x=1#frag")).toBe("example.com/a/b?x=1");
    expect(normaliseLinkUrl("http://example.com:8080/")).toBe("example.com:8080");
    expect(normaliseLinkUrl("mailto:someone@example.com")).toBeUndefined();
    expect(normaliseLinkUrl("not a url")).toBeUndefined();
  });
});

describe("the check schedule", () => {
  it("parses intervals and refuses what is not one", () => {
    expect(parseLinkCheckSchedule("1h,1d,7d,30d")).toEqual([3_600, 86_400, 604_800, 2_592_000]);
    expect(parseLinkCheckSchedule(" 30s , 15m ")).toEqual([30, 900]);
    for (const bad of ["", ",", "soon", "1w", "1d,1h", "0s", "-1h"]) {
      expect(() => parseLinkCheckSchedule(bad), bad).toThrow();
    }
  });

  it("checks at placement, then after each interval, then every last interval, never in the past", () => {
    const placed = new Date("2026-01-01T00:00:00Z");
    const schedule = parseLinkCheckSchedule("1h,1d,30d");
    const at = (checks: number, current = placed) =>
      nextLinkCheckAt(placed, checks, schedule, current).toISOString();
    expect(at(0)).toBe("2026-01-01T00:00:00.000Z");
    expect(at(1)).toBe("2026-01-01T01:00:00.000Z");
    expect(at(2)).toBe("2026-01-02T00:00:00.000Z");
    expect(at(3)).toBe("2026-01-31T00:00:00.000Z");
    expect(at(4)).toBe("2026-03-02T00:00:00.000Z");
    expect(at(5)).toBe("2026-04-01T00:00:00.000Z");
    // Overdue (the worker was down): now, not a time already past.
    const late = new Date("2026-06-01T00:00:00Z");
    expect(at(2, late)).toBe(late.toISOString());
  });

  it("keeps a link's status through a failed fetch, until three in a row make the page gone", () => {
    expect(linkStatusAfter("verified", ["unreachable", "verified"])).toBe("verified");
    expect(linkStatusAfter("verified", ["unreachable", "unreachable"])).toBe("verified");
    expect(linkStatusAfter("verified", ["unreachable", "unreachable", "unreachable"])).toBe("page_gone");
    expect(linkStatusAfter("pending", ["missing"])).toBe("missing");
    expect(linkStatusAfter("missing", ["verified", "missing"])).toBe("verified");
  });
});
