import { type Job, snakeize } from "@bacowr/sdk";
import { labelRows } from "./label-rows";

/** USD as the summaries print it. */
export const money = (usd: number) => `$${usd.toFixed(4)}`;

/** The checks that did not pass, by their QC name (`trust_sources`), each with its first issue's message. */
function failingChecks(job: Job): string[] {
  const report = job.qcReport;
  if (!report) return [];
  // The API's own check names: the SDK camelizes map keys, and QC.md and the API speak snake_case.
  const checks = snakeize(report.checks ?? {}) as Record<string, { passed?: boolean }>;
  const failing = Object.entries(checks)
    .filter(([, check]) => check.passed === false)
    .map(([name]) => name);
  return failing.map((name) => {
    const issue = report.issues.find((i) => i.category === name);
    return issue ? `${name} (${issue.severity}): ${issue.message}` : name;
  });
}

/**
 * A job in a few lines for a person at a terminal: status, QC score and what failed, length, cost, and
 * how to read the article. `--json` prints the whole job instead.
 */
export function jobSummary(job: Job): string {
  const rows: [string, string][] = [];
  rows.push(["Job", `${job.jobId}  ${job.status}  ${job.progress ?? 0}%`]);
  if (job.error) rows.push(["Error", `${job.error.code}: ${job.error.message}`]);
  if (job.qcReport) {
    rows.push(["QC", `${job.qcReport.status}, score ${job.qcReport.score}/100`]);
    const failing = failingChecks(job);
    rows.push(["Failing", failing.length ? failing.join("\n") : "none"]);
  }
  if (job.article) rows.push(["Words", String(job.article.wordCount)]);
  if (job.cost) {
    const { llm, serp, total } = job.cost;
    rows.push(["Cost", `${money(total)} (LLM ${money(llm)}, SERP ${money(serp)})`]);
  }
  if (job.exports?.length) {
    const line = (e: NonNullable<Job["exports"]>[number]) =>
      `${e.publishedUrl ?? e.postUrl}  post ${e.wordpressPostId} ${e.status}${e.outcome === "held" ? `, held: ${e.problems.join("; ")}` : ""}`;
    rows.push(["Exports", job.exports.map(line).join("\n")]);
  }
  if (job.linkStatus) rows.push(["Link", `${job.linkStatus}   (bacowr links list --job ${job.jobId})`]);
  if (job.article) {
    rows.push(["Article", `bacowr jobs article ${job.jobId}   (--html for the sanitised page)`]);
  } else if (!job.isFinished) {
    rows.push(["Follow", `bacowr jobs get ${job.jobId}`]);
  }
  return labelRows(rows);
}
