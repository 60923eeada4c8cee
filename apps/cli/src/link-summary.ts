import type { Link, LinkCheck, LinkSummary, WordPressExport } from "@bacowr/sdk";
import { labelRows } from "./label-rows";

/** One line per link for `links list` and `jobs place`: id, verdict, kind, when last checked, the page. */
export const linkRow = (link: LinkSummary) =>
  [
    link.linkId.padEnd(28),
    link.status.padEnd(9),
    link.kind.padEnd(9),
    (link.lastCheckedAt ?? "never checked").padEnd(24),
    link.pageUrl,
  ].join("  ");

/** A check in one line: when, verdict, the page's HTTP answer, and what changed or went wrong. */
const checkLine = (check: LinkCheck) => {
  const notes = [...check.changes, ...(check.error ? [check.error] : [])].join("; ");
  return `${check.checkedAt}  ${check.verdict.padEnd(11)} HTTP ${check.httpStatus ?? "-"}${notes ? `  ${notes}` : ""}`;
};

/** A link in a few lines for `links get`: where it is, what it should be, and its history of checks. */
export function linkSummary(link: Link): string {
  const rows: [string, string][] = [
    ["Link", `${link.linkId}  ${link.status}  ${link.kind}`],
    ["Page", link.pageUrl],
    ["Target", `${link.targetUrl}  anchor "${link.anchorText}"`],
  ];
  if (link.expectedRel.length) rows.push(["Rel", link.expectedRel.join(", ")]);
  if (link.jobId) rows.push(["Job", link.jobId]);
  rows.push(["Placed", link.placedAt]);
  rows.push(["Next check", `${link.nextCheckAt}   (bacowr links check ${link.linkId} for one now)`]);
  rows.push(["History", link.history.length ? link.history.map(checkLine).join("\n") : "not checked yet"]);
  return labelRows(rows);
}

/** What `jobs export-wordpress` made: the post, its status, and where it is (live, or the draft's URL). */
export function exportSummary(exported: WordPressExport): string {
  const rows: [string, string][] = [
    ["Post", `${exported.wordpressPostId}  ${exported.status}`],
    ["URL", exported.postUrl],
  ];
  if (exported.publishedUrl) rows.push(["Published", exported.publishedUrl]);
  return labelRows(rows);
}
