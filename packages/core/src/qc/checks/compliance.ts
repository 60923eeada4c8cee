import { normaliseText } from "../../text/normalise";
import { termCounter, tokensOf } from "../../text/terms";
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
  // The order and its target page are the same for every draft and rescue round: detect once per settings.
  const key = JSON.stringify([
    context.language,
    context.targetUrl,
    context.anchorText,
    context.targetPage ?? null,
  ]);
  let known = detected.get(settings);
  if (!known) {
    known = new Map();
    detected.set(settings, known);
  }
  let found = known.get(key);
  if (!found) {
    found = detect(context, settings);
    if (known.size >= 64) known.delete(known.keys().next().value as string);
    known.set(key, found);
  }
  return [...found];
}

const detected = new WeakMap<QcSettings, Map<string, string[]>>();

function detect(context: QcContext, settings: QcSettings): string[] {
  const page = context.targetPage;
  const sources = [
    urlWords(context.targetUrl),
    context.anchorText,
    page?.title,
    page?.description,
    ...(page?.headings ?? []),
  ];
  const text = sources.filter((s): s is string => !!s);
  // Cues are Swedish and English whatever the publisher writes: match with each language's stems.
  const counters = [...new Set([context.language, "sv", "en"])].map((language) =>
    termCounter(
      text.map((s) => tokensOf(s, language)),
      language,
      // Compounds only in the publisher's language: Swedish rules would read "road-legal" as legal.
      language === context.language ? settings.compounds : undefined,
    ),
  );
  const count = (cue: string) => counters.some((c) => c(cue) > 0);
  return Object.entries(settings.verticals)
    .filter(([, v]) => v.cues.some(count))
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
  const issues = missing.map((name) =>
    qcIssue(
      "disclaimer_missing",
      `${/^[aeiou]/i.test(name) ? "An" : "A"} ${name} topic needs its disclaimer`,
    ),
  );
  return {
    check: { passed: missing.length === 0, points: missing.length ? 0 : 100, verticals: found, missing },
    issues,
  };
}
