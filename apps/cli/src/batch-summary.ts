import type { Batch, BatchNotice, BatchProgress, BatchSummary } from "@bacowr/sdk";
import { money } from "./job-summary";
import { labelRows } from "./label-rows";

const jobsCount = (n: number) => `${n} ${n === 1 ? "job" : "jobs"}`;

/** The final jobs of a batch by outcome, in the words a person reads (`completed` is DELIVER). */
export function outcomes(progress: BatchProgress): string {
  return [
    `${progress.completed} delivered`,
    `${progress.blocked} blocked`,
    `${progress.failed} failed`,
    `${progress.cancelled} cancelled`,
  ].join(", ");
}

const finalCount = (p: BatchProgress) => p.completed + p.blocked + p.failed + p.cancelled;

/**
 * The share of the batch's jobs that are final, whatever their outcome: what a progress bar shows. (The API's
 * `percentage` is the share delivered, as in the seed, which stays under 100 when a job is blocked.)
 */
export const finalShare = (p: BatchProgress, total: number) =>
  total === 0 ? 100 : Math.floor((finalCount(p) / total) * 1000) / 10;

/**
 * One line per change of a batch while waiting without a terminal: share final, every count, and the status
 * (the last job's end and the batch's COMPLETED are two changes).
 */
export function progressLine(batch: BatchSummary): string {
  const p = batch.progress;
  return (
    `${String(finalShare(p, batch.totalJobs)).padStart(3)}% ${finalCount(p)}/${batch.totalJobs} final: ${outcomes(p)}, ` +
    `${p.inProgress} in progress, ${p.pending} pending [${batch.status}]`
  );
}

/** The values of the live progress bar's format (see bacowr.ts). */
export function barValues(batch: BatchSummary) {
  const p = batch.progress;
  return {
    share: finalShare(p, batch.totalJobs),
    final: finalCount(p),
    outcomes: outcomes(p),
    running: `${p.inProgress} in progress, ${p.pending} pending`,
  };
}

/** Whether every job of the batch was delivered: what a script waiting for the batch wants to know. */
export const allDelivered = (batch: Batch) =>
  batch.status === "COMPLETED" && batch.progress?.completed === batch.totalJobs;

/**
 * A batch in a few lines for a person at a terminal: status, outcomes, average QC, cost against its cap,
 * notices, and where to look next. `--json` prints the API's answer instead.
 */
export function batchSummary(batch: Batch, notices: readonly BatchNotice[] = batch.notices ?? []): string {
  const rows: [string, string][] = [];
  const p = batch.progress;
  rows.push([
    "Batch",
    `${batch.batchId}  ${batch.status}  ${p ? finalShare(p, batch.totalJobs ?? 0) : 0}% final`,
  ]);
  if (batch.name) rows.push(["Name", batch.name]);
  if (p) {
    rows.push(["Jobs", `${batch.totalJobs}: ${outcomes(p)}`]);
    if (p.inProgress + p.pending > 0)
      rows.push(["Running", `${p.inProgress} in progress, ${p.pending} pending`]);
  }
  const s = batch.summary;
  if (s) {
    rows.push(["QC", s.avgQcScore === null ? "no article checked yet" : `average score ${s.avgQcScore}/100`]);
    const cap =
      s.maxCost === null
        ? ""
        : ` (cap ${money(s.maxCost)}${s.stoppedByCostLimit ? `, ${jobsCount(s.stoppedByCostLimit)} stopped by it` : ""})`;
    rows.push(["Cost", `${money(s.totalCost)} ${s.currency}${cap}`]);
  }
  if (notices.length) rows.push(["Notices", notices.map((n) => `${n.code}: ${n.message}`).join("\n")]);
  // Only the targets over the share: an anchor repeated across a batch is a footprint publishers notice.
  const repeated = (batch.anchors ?? []).filter((a) => a.warning);
  if (repeated.length) {
    rows.push([
      "Anchors",
      repeated
        .map(
          (a) =>
            `"${a.exactMatchAnchor}" is ${Math.round(a.exactMatchShare * 100)}% of the ${a.jobs} jobs for ${a.targetUrl}`,
        )
        .join("\n"),
    ]);
  }
  rows.push(["Jobs list", `bacowr jobs list --batch ${batch.batchId}`]);
  if (!batch.isFinished) rows.push(["Follow", `bacowr batches get ${batch.batchId} --wait`]);
  return labelRows(rows);
}

/** One line per batch for `batches list`. */
export const batchRow = (batch: BatchSummary) =>
  [
    batch.batchId.padEnd(26),
    batch.status.padEnd(9),
    `${finalShare(batch.progress, batch.totalJobs)}%`.padStart(4),
    `${finalCount(batch.progress)}/${batch.totalJobs}`.padStart(7),
    batch.name,
    batch.createdAt,
  ].join("  ");
