import { qcIssueKinds, qcIssueSchema } from "@bacowr/core";
import { Migrator } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, migrateToLatest, openDatabase } from "../src";
import { migrations } from "../src/migrations";
import { legacyIssueCode } from "../src/migrations/0004_qc_issue_codes";

// Messages exactly as QC wrote them before issues carried a code.
const legacyIssues = [
  ["word_count", "high", "Article too short (687 words, minimum 900)", "word_count_low"],
  ["word_count", "medium", "Article too long (2900 words, maximum 2500)", "word_count_high"],
  ["word_count", "medium", "Too few paragraphs (3, minimum 5)", "paragraphs_few"],
  ["word_count", "medium", "Too few H2 sections (1, minimum 3)", "sections_few"],
  ["anchor_link", "critical", "No link to the target URL https://example.com/p", "anchor_missing"],
  [
    "anchor_link",
    "critical",
    'The link to the target reads "here", not the anchor "best tools"',
    "anchor_text_mismatch",
  ],
  ["anchor_link", "high", "The target is linked 2 times; exactly one link is expected", "anchor_duplicated"],
  ["anchor_link", "high", "The target link sits inside a heading", "anchor_in_heading"],
  [
    "anchor_link",
    "medium",
    "The anchor's paragraph holds other links; one link per paragraph",
    "anchor_paragraph_crowded",
  ],
  [
    "anchor_link",
    "medium",
    "Only 1 sentence(s) of context around the anchor (minimum 2)",
    "anchor_context_thin",
  ],
  [
    "anchor_placement",
    "high",
    "The anchor is in the first paragraph; it belongs in the middle",
    "anchor_position_first",
  ],
  [
    "anchor_placement",
    "high",
    "The anchor is in the last paragraph; it belongs in the middle",
    "anchor_position_last",
  ],
  ["trust_sources", "critical", "Links to a competitor of the target (rival.com)", "competitor_linked"],
  ["trust_sources", "high", "No trusted sources cited (0, minimum 1)", "trust_source_missing"],
  ["intent_alignment", "critical", "Intent alignment is fail (confidence 0.3)", "intent_mismatch"],
  ["intent_alignment", "medium", "Intent alignment is partial (confidence 0.6)", "intent_partial"],
  ["lsi_coverage", "medium", "2 topic term(s) near the link (minimum 6)", "lsi_terms_low"],
  ["language", "critical", "The article is in en; the publisher writes in sv", "language_mismatch"],
  ["readability", "low", "LIX 62 is outside 30–55", "readability_out_of_range"],
  ["compliance", "high", "A gambling topic needs its disclaimer", "disclaimer_missing"],
  ["originality", "critical", '1 passage(s) of 12+ words copied from sources, e.g. "…"', "copied_passage"],
] as const;

describe("migration 0004: QC issue codes for reports stored before codes existed", () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openDatabase({ kind: "pglite", dataDir: "memory" });
  });
  afterAll(() => handle?.close());

  it("recovers each code from the category and the wording of its time", () => {
    for (const [category, severity, message, code] of legacyIssues) {
      expect(legacyIssueCode({ category, severity, message }), message).toBe(code);
      expect(qcIssueKinds[code].category).toBe(category);
    }
  });

  it("rewrites stored reports so they read through today's schema", async () => {
    const migrator = new Migrator({ db: handle.db, provider: { getMigrations: async () => migrations } });
    const { error } = await migrator.migrateTo("0003_idempotency_keys");
    expect(error).toBeUndefined();
    await handle.db
      .insertInto("users")
      .values({
        id: "usr_legacy",
        email: "legacy@example.com",
        password_hash: "x",
        role: "user",
        tier: "free",
      })
      .execute();
    const report = {
      status: "FAIL",
      score: 42,
      checks: {},
      issues: legacyIssues.map(([category, severity, message]) => ({
        severity,
        category,
        message,
        auto_fixable: false,
      })),
    };
    await handle.db
      .insertInto("jobs")
      .values({
        id: "job_legacy",
        user_id: "usr_legacy",
        publisher_domain: "example.se",
        target_url: "https://example.com/p",
        anchor_text: "best tools",
        options: "{}",
        status: "BLOCKED",
        qc_report: JSON.stringify(report),
      })
      .execute();

    await migrateToLatest(handle.db);
    const row = await handle.db
      .selectFrom("jobs")
      .select("qc_report")
      .where("id", "=", "job_legacy")
      .executeTakeFirstOrThrow();
    const stored = row.qc_report as unknown as { score: number; issues: unknown[] };
    const parsed = qcIssueSchema.array().safeParse(stored.issues);
    expect(parsed.error).toBeUndefined();
    expect(parsed.data?.map((issue) => issue.code)).toEqual(legacyIssues.map(([, , , code]) => code));
    expect(stored.score).toBe(42);
  });
});
