import { z } from "zod";
import { sourceEntrySchema } from "../sources/source-ledger";
import { searchIntents } from "../text/intent";

/** What QC knows beyond the article: the order and what preflight research found. */
export const qcContextSchema = z.object({
  publisherDomain: z.string(),
  targetUrl: z.string(),
  anchorText: z.string(),
  /** ISO 639-1 code of the publisher's language, e.g. `sv`. */
  language: z.string(),
  /** Topic terms from the target page and SERP research. */
  topicTerms: z.array(z.string()).default([]),
  intent: z.enum(searchIntents).optional(),
  /** Domains in the target's SERP niche: linking to them is forbidden. */
  competitorDomains: z.array(z.string()).default([]),
  /** Real trust sources found in research, which RESCUE may add. */
  trustCandidates: z.array(z.string()).default([]),
  /** The article's outbound links checked on their pages (the verified source ledger), when the pipeline checked them. */
  sourceLedger: z.array(sourceEntrySchema).optional(),
  /** Texts the article must not copy from (SERP results, the target page). */
  sourceTexts: z.array(z.string()).default([]),
  /** Whether SERP research informed `intent` and `topicTerms` (heavy mode); otherwise intent is judged from the target page. */
  serpResearched: z.boolean().optional(),
  /** What preflight read on the target page: light mode judges intent from it, compliance detects verticals in it. */
  targetPage: z
    .object({
      title: z.string().nullable(),
      description: z.string().nullable(),
      headings: z.array(z.string()),
      topics: z.array(z.string()),
      /** The page's content words (preflight's `vocabulary`): the terms lsi_coverage counts beside `topicTerms`. */
      vocabulary: z.array(z.string()).default([]),
    })
    .optional(),
});
export type QcContext = z.infer<typeof qcContextSchema>;
export type QcContextInput = z.input<typeof qcContextSchema>;
