import { type Cheerio, load } from "cheerio";
import type { Element } from "domhandler";
import { z } from "zod";
import type { FetchedPage } from "../net/page-fetcher";

export const linkVerdicts = ["verified", "changed", "missing", "page_gone", "unreachable"] as const;
export type LinkVerdict = (typeof linkVerdicts)[number];

/** One check of a placed link on its live page. */
export const linkCheckSchema = z.object({
  /** `unreachable`: the page could not be read this time (5xx, 429, timeout); it does not change the link's status alone. */
  verdict: z.enum(linkVerdicts),
  checked_at: z.date(),
  http_status: z.number().int().nullable(),
  /** The URL that answered, after redirects. */
  final_url: z.string().nullable(),
  found: z.boolean(),
  /** The link's visible text, as found. */
  anchor_text: z.string().nullable(),
  /** The link's `rel` tokens, lower case. */
  rel: z.array(z.string()),
  link_nofollow: z.boolean(),
  /** `noindex` for the page from `<meta name="robots|googlebot">` or `X-Robots-Tag` (`none` counts). */
  page_noindex: z.boolean(),
  page_nofollow: z.boolean(),
  canonical_url: z.string().nullable(),
  /** Whether the link sits in the page's main content (not in navigation, header, footer or a sidebar). */
  in_main_content: z.boolean().nullable(),
  /** Where in the main content's text the link starts, 0 (top) to 1 (end). */
  position: z.number().nullable(),
  /** Why the verdict is `changed`, in words. */
  changes: z.array(z.string()),
  error: z.string().nullable(),
});
export type LinkCheck = z.infer<typeof linkCheckSchema>;

export interface LinkOrder {
  targetUrl: string;
  /** The ordered anchor; empty when any anchor will do (a bridge backlink recorded without one). */
  anchorText: string;
  /** The rel tokens the link must carry. */
  expectedRel: readonly string[];
}

const PAID_REL = ["nofollow", "sponsored", "ugc"];
const collapse = (text: string) => text.normalize("NFC").replace(/\s+/g, " ").trim();

/**
 * A link's URL reduced to what makes it "the same link": no fragment, default port or trailing slash, and
 * scheme and `www.` ignored (a publisher moving to https, or to www, has not removed the link).
 */
export function normaliseLinkUrl(raw: string, base?: string): string | undefined {
  try {
    const url = new URL(raw.trim(), base);
    if (url.protocol !== "http:" && url.protocol !== "https:") return undefined;
    const host = url.hostname.toLowerCase().replace(/^www\./, "");
    const port = url.port && url.port !== "80" && url.port !== "443" ? `:${url.port}` : "";
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, "") : "";
    return `${host}${port}${path}${url.search}`;
  } catch {
    return undefined;
  }
}

/** Robots directives that apply to every crawler or to Google's (`googlebot: noindex` in X-Robots-Tag). */
function robotsDirectives(values: string[]): Set<string> {
  const directives = new Set<string>();
  for (const value of values) {
    for (const part of value.toLowerCase().split(",")) {
      let token = part.trim();
      const scoped = /^([a-z0-9_-]+)\s*:\s*(.+)$/.exec(token);
      if (
        scoped?.[1] &&
        scoped[2] &&
        !["noindex", "nofollow", "none", "unavailable_after"].includes(scoped[1])
      ) {
        if (!["googlebot", "bingbot"].includes(scoped[1])) continue;
        token = scoped[2].trim();
      }
      if (token === "none") {
        directives.add("noindex");
        directives.add("nofollow");
      } else if (token) directives.add(token);
    }
  }
  return directives;
}

/** A check that found nothing (yet): the fields every verdict starts from. */
export const emptyCheck = (now: Date, page: Pick<FetchedPage, "status" | "url"> | undefined): LinkCheck => ({
  verdict: "missing",
  checked_at: now,
  http_status: page?.status ?? null,
  final_url: page?.url ?? null,
  found: false,
  anchor_text: null,
  rel: [],
  link_nofollow: false,
  page_noindex: false,
  page_nofollow: false,
  canonical_url: null,
  in_main_content: null,
  position: null,
  changes: [],
  error: null,
});

/**
 * Judges a fetched page for one placed link: is the link to the target there, with the ordered anchor and
 * rel, in an indexable page? Verdicts: `verified`, `changed` (found, but anchor, rel, robots or canonical
 * differ from the order), `missing`, `page_gone` (404, 410 and other client errors), `unreachable` (5xx,
 * 429, 401/403: the page may come back).
 */
export function inspectLinkPage(page: FetchedPage, order: LinkOrder, now: Date): LinkCheck {
  const base = emptyCheck(now, page);
  if (page.status >= 500 || [401, 403, 408, 429].includes(page.status)) {
    return { ...base, verdict: "unreachable", error: `the page answered HTTP ${page.status}` };
  }
  if (page.status >= 400)
    return { ...base, verdict: "page_gone", error: `the page answered HTTP ${page.status}` };
  if (page.status >= 300) return { ...base, error: `the page redirects (HTTP ${page.status}) to no page` };
  if (page.contentType && !/html/i.test(page.contentType)) {
    return { ...base, error: `the page is ${page.contentType.split(";")[0]}, not HTML` };
  }

  const $ = load(page.body);
  const baseHref = $("base[href]").first().attr("href");
  const documentUrl =
    baseHref && normaliseLinkUrl(baseHref, page.url) ? new URL(baseHref, page.url).toString() : page.url;
  const robots = robotsDirectives([
    ...$('meta[name="robots" i], meta[name="googlebot" i]')
      .map((_, el) => $(el).attr("content") ?? "")
      .get(),
    page.headers?.["x-robots-tag"] ?? "",
  ]);
  const canonicalHref = $('link[rel~="canonical" i]').first().attr("href");
  const canonical = canonicalHref ? new URL(canonicalHref, documentUrl).toString() : null;
  const pageState = {
    page_noindex: robots.has("noindex"),
    page_nofollow: robots.has("nofollow"),
    canonical_url: canonical,
  };

  const target = normaliseLinkUrl(order.targetUrl);
  const candidates = $("a[href]")
    .toArray()
    .filter((a) => target !== undefined && normaliseLinkUrl($(a).attr("href") ?? "", documentUrl) === target);
  if (candidates.length === 0) return { ...base, ...pageState };
  const wantedAnchor = collapse(order.anchorText).toLowerCase();
  const link =
    candidates.find((a) => collapse($(a).text()).toLowerCase() === wantedAnchor) ??
    (candidates[0] as Element);
  const anchor = collapse($(link).text());
  const rel = ($(link).attr("rel") ?? "").toLowerCase().split(/\s+/).filter(Boolean);

  const changes: string[] = [];
  if (wantedAnchor && anchor.toLowerCase() !== wantedAnchor) {
    changes.push(`anchor text is "${anchor}", ordered "${collapse(order.anchorText)}"`);
  }
  for (const wanted of order.expectedRel) if (!rel.includes(wanted)) changes.push(`rel lacks ${wanted}`);
  for (const added of PAID_REL) {
    if (rel.includes(added) && !order.expectedRel.includes(added)) changes.push(`rel adds ${added}`);
  }
  if (pageState.page_noindex) changes.push("page is noindex");
  if (pageState.page_nofollow) changes.push("page is nofollow");
  if (canonical && normaliseLinkUrl(canonical) !== normaliseLinkUrl(page.url)) {
    changes.push(`canonical points to ${canonical}`);
  }

  const { inMain, position } = placement($, link);
  return {
    ...base,
    ...pageState,
    verdict: changes.length > 0 ? "changed" : "verified",
    found: true,
    anchor_text: anchor,
    rel,
    link_nofollow: rel.includes("nofollow"),
    in_main_content: inMain,
    position,
    changes,
  };
}

/**
 * Judges a page a delivered article cites (link rot): `verified` while it is live and indexable, `changed` when
 * it turned noindex, `page_gone` when it answers 404/410 or another client error, `unreachable` when it may
 * come back. There is no link to look for.
 */
export function inspectSourcePage(page: FetchedPage, now: Date): LinkCheck {
  const base = emptyCheck(now, page);
  if (page.status >= 500 || [401, 403, 408, 429].includes(page.status)) {
    return { ...base, verdict: "unreachable", error: `the page answered HTTP ${page.status}` };
  }
  if (page.status >= 300)
    return { ...base, verdict: "page_gone", error: `the page answered HTTP ${page.status}` };
  if (page.contentType && !/html/i.test(page.contentType)) {
    return {
      ...base,
      verdict: "page_gone",
      error: `the page is ${page.contentType.split(";")[0]}, not HTML`,
    };
  }
  const $ = load(page.body);
  const robots = robotsDirectives([
    ...$('meta[name="robots" i], meta[name="googlebot" i]')
      .map((_, el) => $(el).attr("content") ?? "")
      .get(),
    page.headers?.["x-robots-tag"] ?? "",
  ]);
  const noindex = robots.has("noindex");
  return {
    ...base,
    verdict: noindex ? "changed" : "verified",
    found: true,
    page_noindex: noindex,
    page_nofollow: robots.has("nofollow"),
    changes: noindex ? ["page is noindex"] : [],
  };
}

/** Whether the link is in the main content, and where in its text it starts (0..1). */
function placement($: ReturnType<typeof load>, link: Element): { inMain: boolean; position: number | null } {
  const furniture = "nav, header, footer, aside, [role=navigation], [role=banner], [role=contentinfo]";
  const inFurniture = $(link).parents(furniture).length > 0;
  const main: Cheerio<Element> = $("main, article, [role=main]").first();
  const root = main.length > 0 ? main : $("body");
  const inRoot = root.length > 0 && (root.is(link as never) || $(link).parents().is(root));
  if (inFurniture || !inRoot) return { inMain: false, position: null };
  // The text before the link, counted in the same document order as the whole text.
  const marker = "\u27e6bacowr-link\u27e7";
  $(link).before(marker);
  const text = collapse(root.text());
  const at = text.indexOf(marker);
  const total = text.length - marker.length;
  if (at < 0 || total <= 0) return { inMain: true, position: null };
  return { inMain: true, position: Math.round((at / total) * 100) / 100 };
}
