import type { QcCheckKey, QcSeverity } from "./qc-report";

/** The targeted repairs RESCUE knows (../../jobs/rescue.ts runs them). */
export const rescueActions = [
  "add_section",
  "expand_section",
  "rewrite_sections",
  "place_anchor",
  "vary_phrase",
  "swap_source",
  "cite_source",
  "inject_disclaimer",
  "reword_sentences",
] as const;
export type RescueAction = (typeof rescueActions)[number];

interface IssueKind {
  category: QcCheckKey;
  severity: QcSeverity;
  /** The repair RESCUE makes for it; null when a human must act. */
  repair: RescueAction | null;
  /** What the code means, for the documentation. */
  means: string;
}

/**
 * Every problem QC can report, under a stable machine code: clients and
 * RESCUE decide on the code, never on the message, which is for people and
 * may change. One code per distinct problem; its check, severity and repair
 * are fixed here.
 */
export const qcIssueKinds = {
  word_count_low: {
    category: "word_count",
    severity: "high",
    repair: "expand_section",
    means: "Fewer body words than the minimum (default 900)",
  },
  word_count_high: {
    category: "word_count",
    severity: "medium",
    repair: null,
    means: "More body words than the maximum (default 2 500)",
  },
  paragraphs_few: {
    category: "word_count",
    severity: "medium",
    repair: "expand_section",
    means: "Fewer paragraphs than the minimum (default 5)",
  },
  sections_few: {
    category: "word_count",
    severity: "medium",
    repair: "add_section",
    means: "Fewer H2 sections than the minimum (default 3)",
  },
  anchor_missing: {
    category: "anchor_link",
    severity: "critical",
    repair: "place_anchor",
    means: "No link to the target URL in the body",
  },
  anchor_text_mismatch: {
    category: "anchor_link",
    severity: "critical",
    repair: "place_anchor",
    means: "The target is linked, but not with the ordered anchor text",
  },
  anchor_duplicated: {
    category: "anchor_link",
    severity: "high",
    repair: "place_anchor",
    means: "The target is linked more than once",
  },
  anchor_in_heading: {
    category: "anchor_link",
    severity: "high",
    repair: "place_anchor",
    means: "The target link sits inside an H1/H2 heading",
  },
  anchor_paragraph_crowded: {
    category: "anchor_link",
    severity: "medium",
    repair: "place_anchor",
    means: "The anchor's paragraph holds other links",
  },
  anchor_context_thin: {
    category: "anchor_link",
    severity: "medium",
    repair: "place_anchor",
    means: "Fewer sentences of context (default 2) around the anchor",
  },
  anchor_position_first: {
    category: "anchor_placement",
    severity: "high",
    repair: "place_anchor",
    means: "The anchor is in the article's first paragraph",
  },
  anchor_position_last: {
    category: "anchor_placement",
    severity: "high",
    repair: "place_anchor",
    means: "The anchor is in the article's last paragraph",
  },
  anchor_phrase_repeated: {
    category: "anchor_naturalness",
    severity: "medium",
    repair: "vary_phrase",
    means:
      "The exact anchor phrase appears more often than allowed (default 2), with naturalness below its pass mark (default 7/10)",
  },
  anchor_spammy: {
    category: "anchor_naturalness",
    severity: "medium",
    repair: null,
    means:
      'The anchor is a spammy phrase ("click here", "köp nu"), with naturalness below its pass mark (default 7/10)',
  },
  anchor_off_topic: {
    category: "anchor_naturalness",
    severity: "medium",
    repair: "place_anchor",
    means:
      "The anchor's sentence shares no topic term with the target, with naturalness below its pass mark (default 7/10)",
  },
  trust_source_missing: {
    category: "trust_sources",
    severity: "high",
    repair: "cite_source",
    means: "Fewer trusted sources than the minimum (default 1); fixable only when research found one",
  },
  source_dead: {
    category: "trust_sources",
    severity: "high",
    repair: "swap_source",
    means:
      "A cited page is not live (gone, not HTML, noindex, or unreachable): swapped for a verified source, or the claim removed",
  },
  source_unrelated: {
    category: "trust_sources",
    severity: "high",
    repair: "swap_source",
    means: "A cited page does not support its sentence (its key terms or figures are not on the page)",
  },
  competitor_linked: {
    category: "trust_sources",
    severity: "critical",
    repair: null,
    means: "A link points to a competitor of the target (same SERP niche)",
  },
  intent_partial: {
    category: "intent_alignment",
    severity: "medium",
    repair: null,
    means: "Intent confidence is between 0.5 and 0.8",
  },
  intent_mismatch: {
    category: "intent_alignment",
    severity: "critical",
    repair: null,
    means: "Intent confidence is below 0.5",
  },
  lsi_terms_low: {
    category: "lsi_coverage",
    severity: "medium",
    repair: "place_anchor",
    means: "Too few topic terms (default 6) within ±2 sentences of the link",
  },
  language_mismatch: {
    category: "language",
    severity: "critical",
    repair: null,
    means: "The article is not in the publisher's language",
  },
  readability_out_of_range: {
    category: "readability",
    severity: "low",
    repair: null,
    means: "LIX (Swedish) or Flesch (English) outside its range; a warning only",
  },
  disclaimer_missing: {
    category: "compliance",
    severity: "high",
    repair: "inject_disclaimer",
    means: "A regulated vertical (gambling, finance, health, legal, crypto) lacks its disclaimer",
  },
  copied_passage: {
    category: "originality",
    severity: "critical",
    repair: null,
    means: "A passage of 12+ consecutive words is copied from a SERP result or the target page",
  },
  footprint: {
    category: "originality",
    severity: "high",
    repair: "rewrite_sections",
    means:
      "The article reads like an earlier delivered article of its batch for the same target (word 5-gram Jaccard similarity above 0.25 by default)",
  },
  ai_tells: {
    category: "ai_tells",
    severity: "medium",
    repair: "reword_sentences",
    means:
      'Stock phrases that mark machine-written text ("in today\'s fast-paced world", "sammanfattningsvis") or one sentence opener across 3+ paragraphs',
  },
} as const satisfies Record<string, IssueKind>;

export type QcIssueCode = keyof typeof qcIssueKinds;
export const qcIssueCodes = Object.keys(qcIssueKinds) as [QcIssueCode, ...QcIssueCode[]];
