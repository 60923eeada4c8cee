import type { FetchedPage, PageFetcher } from "../net/page-fetcher";
import { FetchRefusedError } from "../net/page-fetcher";
import type { QcContextInput } from "../qc/qc-context";
import { defaultQcSettings, type QcSettings } from "../qc/qc-settings";
import { wordsOf } from "../text/segment";
import { trustTierOf } from "../text/trust";
import { hostOf } from "../text/urls";
import { type PageProfile, type PublisherProfile, profilePage, profilePublisher } from "./page-profile";

export const bridgeStrategies = ["strong", "pivot", "wrapper"] as const;
export type BridgeStrategy = (typeof bridgeStrategies)[number];

export interface PreflightOrder {
  publisherDomain: string;
  targetUrl: string;
  anchorText: string;
}

export interface PreflightSettings {
  /** The publisher's home page for a domain; `https://{domain}/` unless configured otherwise. */
  publisherHome: (domain: string) => string;
  qc?: QcSettings;
}

export interface PreflightResult {
  target: PageProfile;
  publisher: PublisherProfile & { url: string };
  /** The language the article must be written in: the publisher's. */
  language: string;
  topicTerms: string[];
  bridge: { strategy: BridgeStrategy; overlap: number };
  trustCandidates: string[];
}

/** Why preflight could not read a page; the pipeline records it on the job. */
export class PreflightError extends Error {
  override name = "PreflightError";
  constructor(
    readonly page: "target" | "publisher",
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${page} page: ${reason}`, options);
  }
}

async function fetchHtml(
  fetcher: PageFetcher,
  url: string,
  page: "target" | "publisher",
): Promise<FetchedPage> {
  let fetched: FetchedPage;
  try {
    fetched = await fetcher.fetch(url);
  } catch (error) {
    const reason = error instanceof FetchRefusedError ? `${error.reason}: ${error.message}` : String(error);
    throw new PreflightError(page, reason, { cause: error });
  }
  if (fetched.status >= 400) throw new PreflightError(page, `HTTP ${fetched.status} from ${fetched.url}`);
  if (fetched.contentType && !/html|xml|text\/plain/i.test(fetched.contentType)) {
    throw new PreflightError(page, `not an HTML page (${fetched.contentType})`);
  }
  return fetched;
}

/** Share of topic words the two pages have in common (Jaccard over single words). */
export function topicOverlap(a: readonly string[], b: readonly string[]): number {
  const words = (terms: readonly string[]) => new Set(terms.flatMap((t) => wordsOf(t)));
  const left = words(a);
  const right = words(b);
  const shared = [...left].filter((w) => right.has(w)).length;
  const union = new Set([...left, ...right]).size;
  return union ? Math.round((shared / union) * 1000) / 1000 : 0;
}

/** Close topics link directly (strong); some shared ground needs a pivot; none needs a wrapper story. */
export function bridgeStrategyOf(overlap: number): BridgeStrategy {
  if (overlap >= 0.15) return "strong";
  if (overlap >= 0.04) return "pivot";
  return "wrapper";
}

/**
 * PREFLIGHT in light mode: read the target page and the publisher's home page
 * through the SSRF-safe fetcher, profile both, choose the bridge strategy.
 */
export async function runPreflight(
  fetcher: PageFetcher,
  order: PreflightOrder,
  settings: PreflightSettings,
): Promise<PreflightResult> {
  const publisherUrl = settings.publisherHome(order.publisherDomain);
  const [targetPage, publisherPage] = await Promise.all([
    fetchHtml(fetcher, order.targetUrl, "target"),
    fetchHtml(fetcher, publisherUrl, "publisher"),
  ]);
  const qc = settings.qc ?? defaultQcSettings;
  const target = profilePage(targetPage.body, targetPage.url, qc.extraStopwords);
  const publisherPageProfile = profilePage(publisherPage.body, publisherPage.url, qc.extraStopwords);
  const publisher = { ...profilePublisher(publisherPageProfile), url: publisherPage.url };
  const overlap = topicOverlap(publisher.topics, target.topics);
  const targetHost = hostOf(order.targetUrl);
  const trustCandidates = [
    ...new Set(
      [...target.links, ...publisherPageProfile.links]
        .map((l) => l.href)
        .filter((href) => {
          const host = hostOf(href);
          return host !== undefined && host !== targetHost && trustTierOf(host, qc.trust) !== undefined;
        }),
    ),
  ];
  return {
    target,
    publisher,
    language: publisher.language ?? target.language ?? "en",
    topicTerms: target.topics,
    bridge: { strategy: bridgeStrategyOf(overlap), overlap },
    trustCandidates,
  };
}

/** QC's context from what preflight found, so QC judges the article against real research. */
export function qcContextFrom(order: PreflightOrder, preflight: PreflightResult): QcContextInput {
  return {
    publisherDomain: order.publisherDomain,
    targetUrl: order.targetUrl,
    anchorText: order.anchorText,
    language: preflight.language,
    topicTerms: preflight.topicTerms,
    trustCandidates: preflight.trustCandidates,
    sourceTexts: [preflight.target.mainText],
    targetPage: {
      title: preflight.target.title,
      description: preflight.target.metaDescription,
      headings: [
        ...new Set(
          [preflight.target.h1, ...(preflight.target.headings ?? [])].filter((h): h is string => !!h),
        ),
      ],
      topics: preflight.target.topics,
      vocabulary: preflight.target.vocabulary ?? [],
    },
  };
}
