import { z } from "zod";

export const qcSeverities = ["critical", "high", "medium", "low"] as const;
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
] as const;
export type QcCheckKey = (typeof qcCheckKeys)[number];

export const qcIssueSchema = z.object({
  severity: z.enum(qcSeverities),
  category: z.enum(qcCheckKeys),
  message: z.string(),
  auto_fixable: z.boolean(),
  /** What a human should do, when RESCUE cannot. */
  action: z.string().optional(),
});
export type QcIssue = z.infer<typeof qcIssueSchema>;

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
});
export type QcReport = z.infer<typeof qcReportSchema>;

/** What a check returns: its entry in `checks` and its issues. */
export interface CheckOutcome {
  check: QcCheck;
  issues: QcIssue[];
}
