import type { Kysely } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time
type Db = Kysely<any>;

interface StoredIssue {
  code?: string;
  severity?: string;
  category?: string;
  message?: string;
}

/**
 * Reports written before QC issues carried a machine `code` hold only the human message. The code of each
 * is recovered from its category and the wording QC used at the time (frozen here, as a migration must be),
 * so every stored report reads through today's schema.
 */
export function legacyIssueCode(issue: StoredIssue): string {
  const message = issue.message ?? "";
  switch (issue.category) {
    case "word_count":
      if (message.startsWith("Article too short")) return "word_count_low";
      if (message.startsWith("Article too long")) return "word_count_high";
      if (message.startsWith("Too few paragraphs")) return "paragraphs_few";
      return "sections_few";
    case "anchor_link":
      if (message.startsWith("No link to the target")) return "anchor_missing";
      if (message.startsWith("The link to the target reads")) return "anchor_text_mismatch";
      if (message.startsWith("The target is linked")) return "anchor_duplicated";
      if (message.includes("inside a heading")) return "anchor_in_heading";
      if (message.includes("holds other links")) return "anchor_paragraph_crowded";
      return "anchor_context_thin";
    case "anchor_placement":
      return message.includes("first paragraph") ? "anchor_position_first" : "anchor_position_last";
    case "anchor_naturalness":
      if (/spam/i.test(message)) return "anchor_spammy";
      if (/repeat|times/i.test(message)) return "anchor_phrase_repeated";
      return "anchor_off_topic";
    case "trust_sources":
      return message.startsWith("Links to a competitor") ? "competitor_linked" : "trust_source_missing";
    case "intent_alignment":
      return issue.severity === "critical" ? "intent_mismatch" : "intent_partial";
    case "lsi_coverage":
      return "lsi_terms_low";
    case "language":
      return "language_mismatch";
    case "readability":
      return "readability_out_of_range";
    case "compliance":
      return "disclaimer_missing";
    default:
      return "copied_passage";
  }
}

export async function up(db: Db): Promise<void> {
  const rows: { id: string; qc_report: { issues?: StoredIssue[] } }[] = await db
    .selectFrom("jobs")
    .select(["id", "qc_report"])
    .where("qc_report", "is not", null)
    .execute();
  for (const row of rows) {
    const issues = row.qc_report.issues ?? [];
    if (issues.every((issue) => typeof issue.code === "string")) continue;
    const report = {
      ...row.qc_report,
      issues: issues.map((issue) => ({ ...issue, code: issue.code ?? legacyIssueCode(issue) })),
    };
    await db
      .updateTable("jobs")
      .set({ qc_report: JSON.stringify(report) })
      .where("id", "=", row.id)
      .execute();
  }
}
