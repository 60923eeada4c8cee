import type { ArticleModel } from "../article-model";
import { findAnchor } from "../find-anchor";
import type { QcContext } from "../qc-context";
import { type CheckOutcome, type QcIssue, qcIssue } from "../qc-report";

export function checkAnchorPlacement(article: ArticleModel, context: QcContext): CheckOutcome {
  const { placed: link, placedParagraph: paragraph } = findAnchor(article, context);
  if (!link || !paragraph) {
    // Placement is judged at the link; with no link to the target it does not apply (anchor_link fails instead).
    return { check: { passed: true, points: 100, applicable: false, position: null }, issues: [] };
  }
  const issues: QcIssue[] = [];
  const last = article.paragraphs.length - 1;
  if (paragraph.index === 0) {
    issues.push(
      qcIssue("anchor_position_first", "The anchor is in the first paragraph; it belongs in the middle"),
    );
  } else if (paragraph.index === last) {
    issues.push(
      qcIssue("anchor_position_last", "The anchor is in the last paragraph; it belongs in the middle"),
    );
  }
  const sections = article.sections.filter((s) => s.heading !== null);
  const sectionIndex = sections.findIndex((s) => s.paragraphs.includes(paragraph));
  const middleSection = sectionIndex > 0 && sectionIndex < sections.length - 1;
  const early = (sections[sectionIndex]?.paragraphs.indexOf(paragraph) ?? 99) <= 1;
  const points = issues.length > 0 ? 30 : middleSection && early ? 100 : 80;
  return {
    check: {
      passed: issues.length === 0,
      points,
      position: link.offset,
      paragraph: paragraph.index + 1,
      section: sectionIndex >= 0 ? sections[sectionIndex]?.heading : null,
      preferred: middleSection && early,
    },
    issues,
  };
}
