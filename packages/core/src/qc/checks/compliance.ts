import { normaliseText } from "../../text/normalise";
import type { ArticleModel } from "../article-model";
import type { QcContext } from "../qc-context";
import { type CheckOutcome, qcIssue } from "../qc-report";
import { verticals } from "../verticals";

export function detectVerticals(context: QcContext): string[] {
  const haystack = ` ${normaliseText(`${context.targetUrl} ${context.anchorText}`).replace(/[^\p{L}\p{N}+-]+/gu, " ")} `;
  return Object.entries(verticals)
    .filter(([, v]) => v.cues.some((cue) => haystack.includes(` ${cue} `) || haystack.includes(` ${cue}`)))
    .map(([name]) => name);
}

export function checkCompliance(article: ArticleModel, context: QcContext): CheckOutcome {
  const found = detectVerticals(context);
  const text = normaliseText(article.bodyText);
  const missing = found.filter((name) =>
    (verticals[name]?.disclaimer ?? []).some((group) => !group.some((phrase) => text.includes(phrase))),
  );
  const issues = missing.map((name) => qcIssue("disclaimer_missing", `A ${name} topic needs its disclaimer`));
  return {
    check: { passed: missing.length === 0, points: missing.length ? 0 : 100, verticals: found, missing },
    issues,
  };
}
