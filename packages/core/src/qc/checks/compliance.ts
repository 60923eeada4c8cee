import { normaliseText } from "../../text/normalise";
import { joinTokens, termCounter, tokensOf } from "../../text/terms";
import type { ArticleModel } from "../article-model";
import type { QcContext } from "../qc-context";
import { type CheckOutcome, qcIssue } from "../qc-report";
import type { QcSettings } from "../qc-settings";

/** The words of a URL's host and path: `/bolan/basta-rantan` reads as "bolan basta rantan". */
function urlWords(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    return `${hostname} ${decodeURIComponent(pathname)}`.replace(/[^\p{L}\p{N}+]+/gu, " ");
  } catch {
    return url;
  }
}

/**
 * The regulated verticals of an order, from the target page (URL, title,
 * description, headings) and the anchor, with each vertical's cues matched on
 * stems, so inflected and compound forms count in Swedish and English.
 */
export function detectVerticals(context: QcContext, settings: QcSettings): string[] {
  const page = context.targetPage;
  const sources = [
    urlWords(context.targetUrl),
    context.anchorText,
    page?.title,
    page?.description,
    ...(page?.headings ?? []),
  ];
  const tokens = joinTokens(
    sources.filter((s): s is string => !!s).map((s) => tokensOf(s, context.language)),
  );
  const count = termCounter(tokens, context.language, settings.compounds);
  return Object.entries(settings.verticals)
    .filter(([, v]) => v.cues.some((cue) => count(cue) > 0))
    .map(([name]) => name);
}

export function checkCompliance(
  article: ArticleModel,
  context: QcContext,
  settings: QcSettings,
): CheckOutcome {
  const found = detectVerticals(context, settings);
  const text = normaliseText(article.bodyText);
  const missing = found.filter((name) =>
    (settings.verticals[name]?.disclaimer ?? []).some(
      (group) => !group.some((phrase) => text.includes(phrase)),
    ),
  );
  const issues = missing.map((name) => qcIssue("disclaimer_missing", `A ${name} topic needs its disclaimer`));
  return {
    check: { passed: missing.length === 0, points: missing.length ? 0 : 100, verticals: found, missing },
    issues,
  };
}
