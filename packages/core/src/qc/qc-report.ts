import { z } from "zod";
import { sourceEntrySchema } from "../sources/source-ledger";
import { type QcIssueCode, qcIssueCodes, qcIssueKinds } from "./issue-codes";

export const qcSeverities = ["critical", "high", "medium", "low"] as const;
export type QcSeverity = (typeof qcSeverities)[number];
export const qcCheckKeys = [
  "word_count",
  "anchor_link",
  "anchor_placement",
  "anchor_naturalness",
  "trust_sources",
  "intent_alignment",
  "lsi_coverage",
  "language",
  "readability",
  "compliance",
  "originality",
  "ai_tells",
] as const;
export type QcCheckKey = (typeof qcCheckKeys)[number];

export const qcIssueSchema = z.object({
  /** Stable machine code of the problem (see issue-codes.ts); decide on this, not on `message`. */
  code: z.enum(qcIssueCodes),
  severity: z.enum(qcSeverities),
  category: z.enum(qcCheckKeys),
  message: z.string(),
  auto_fixable: z.boolean(),
  /** What a human should do, when RESCUE cannot. */
  action: z.string().optional(),
});
export type QcIssue = z.infer<typeof qcIssueSchema>;

/**
 * An issue of a known kind: its check, severity and fixability come from the
 * code's entry in `qcIssueKinds`. `autoFixable: false` marks a fixable kind
 * that cannot be fixed this time (e.g. no trust source to cite); an issue RESCUE
 * cannot fix tells a human what to do in `action`.
 */
export function qcIssue(
  code: QcIssueCode,
  message: string,
  options: { action?: string; autoFixable?: boolean } = {},
): QcIssue {
  const kind = qcIssueKinds[code];
  return {
    code,
    severity: kind.severity,
    category: kind.category,
    message,
    auto_fixable: kind.repair !== null && options.autoFixable !== false,
    ...(options.action === undefined ? {} : { action: options.action }),
  };
}

/**
 * One check: pass/fail, `points` (0–100, weighted into the overall score), and
 * what it measured and required under the contract's names (`actual`/`required`,
 * `count`, `score` 0–10 for naturalness, `confidence` for intent).
 */
export const qcCheckSchema = z
  .object({ passed: z.boolean(), points: z.number().min(0).max(100) })
  .catchall(z.unknown());
export type QcCheck = z.infer<typeof qcCheckSchema>;

export const qcReportSchema = z.object({
  status: z.enum(["PASS", "FAIL"]),
  score: z.number(),
  checks: z.record(z.enum(qcCheckKeys), qcCheckSchema),
  issues: z.array(qcIssueSchema),
  /** The verified source ledger: every outbound link but the target, checked on its page (jobs only). */
  sources: z.array(sourceEntrySchema).optional(),
});
export type QcReport = z.infer<typeof qcReportSchema>;

/** What a check returns: its entry in `checks` and its issues. */
export interface CheckOutcome {
  check: QcCheck;
  issues: QcIssue[];
}
