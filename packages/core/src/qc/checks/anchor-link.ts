import type { ArticleModel } from "../article-model";
import { findAnchor } from "../find-anchor";
import type { QcContext } from "../qc-context";
import { type CheckOutcome, type QcIssue, qcIssue } from "../qc-report";
import type { QcSettings } from "../qc-settings";

const penalty = { critical: 100, high: 40, medium: 20, low: 5 } as const;
const pointsAfter = (issues: QcIssue[]) =>
  Math.max(0, 100 - issues.reduce((sum, i) => sum + penalty[i.severity], 0));

export function checkAnchorLink(
  article: ArticleModel,
  context: QcContext,
  settings: QcSettings,
): CheckOutcome {
  const { toTarget, withAnchor, inHeadings, paragraph } = findAnchor(article, context);
  const issues: QcIssue[] = [];
  if (toTarget.length === 0 && inHeadings.length === 0)
    issues.push(qcIssue("anchor_missing", `No link to the target URL ${context.targetUrl}`));
  else if (withAnchor.length === 0 && toTarget.length > 0) {
    issues.push(
      qcIssue(
        "anchor_text_mismatch",
        `The link to the target reads "${toTarget[0]?.text}", not the anchor "${context.anchorText}"`,
      ),
    );
  }
  if (toTarget.length > 1) {
    issues.push(
      qcIssue(
        "anchor_duplicated",
        `The target is linked ${toTarget.length} times; exactly one link is expected`,
      ),
    );
  }
  if (inHeadings.length > 0)
    issues.push(qcIssue("anchor_in_heading", "The target link sits inside a heading"));
  if (paragraph) {
    if (paragraph.links.length > 1) {
      issues.push(
        qcIssue(
          "anchor_paragraph_crowded",
          "The anchor's paragraph holds other links; one link per paragraph",
        ),
      );
    }
    const around = paragraph.sentences.length - 1;
    if (around < settings.minContextSentences) {
      issues.push(
        qcIssue(
          "anchor_context_thin",
          `Only ${around} sentence(s) of context around the anchor (minimum ${settings.minContextSentences})`,
        ),
      );
    }
  }
  return {
    check: { passed: issues.length === 0, points: pointsAfter(issues), count: toTarget.length, required: 1 },
    issues,
  };
}
