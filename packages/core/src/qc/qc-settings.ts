import { z } from "zod";
import { qcCheckKeys } from "./qc-report";

const domains = z.array(z.string().toLowerCase());

/**
 * QC thresholds and lists. The defaults are the original engine's published
 * configuration (../QC.md); a deployment overrides any of them.
 */
export const qcSettingsSchema = z.object({
  wordCount: z
    .object({
      min: z.number().default(900),
      recommended: z.number().default(1200),
      max: z.number().default(2500),
    })
    .prefault({}),
  minParagraphs: z.number().default(5),
  minH2: z.number().default(3),
  minContextSentences: z.number().default(2),
  naturalnessPass: z.number().default(7),
  maxAnchorPhraseOccurrences: z.number().default(2),
  spamAnchors: z
    .array(z.string())
    .default(["click here", "buy now", "klicka här", "köp nu", "read more", "läs mer", "here", "här"]),
  trust: z
    .object({
      minSources: z.number().default(1),
      preferredSources: z.number().default(2),
      tiers: z
        .object({
          T1: domains.default([
            ".gov",
            ".edu",
            ".gov.uk",
            "skatteverket.se",
            "konsumentverket.se",
            "riksbanken.se",
            "scb.se",
            "europa.eu",
            "who.int",
          ]),
          T2: domains.default([
            "wikipedia.org",
            "ncbi.nlm.nih.gov",
            "nature.com",
            "sciencedirect.com",
            "britannica.com",
          ]),
          T3: domains.default([]),
          T4: domains.default([
            "dn.se",
            "svd.se",
            "reuters.com",
            "bbc.com",
            "bbc.co.uk",
            "nytimes.com",
            "theguardian.com",
          ]),
        })
        .prefault({}),
      userGenerated: domains.default([
        "medium.com",
        "reddit.com",
        "quora.com",
        "flashback.org",
        "blogspot.com",
        "wordpress.com",
        "tumblr.com",
        "facebook.com",
        "x.com",
        "twitter.com",
      ]),
    })
    .prefault({}),
  intent: z.object({ aligned: z.number().default(0.8), partial: z.number().default(0.5) }).prefault({}),
  lsi: z
    .object({
      min: z.number().default(6),
      max: z.number().default(10),
      windowSentences: z.number().default(2),
    })
    .prefault({}),
  readability: z
    .object({
      lixMin: z.number().default(35),
      lixMax: z.number().default(50),
      fleschMin: z.number().default(60),
      fleschMax: z.number().default(70),
    })
    .prefault({}),
  originalityShingleWords: z.number().default(12),
  passScore: z.number().default(80),
  /** Relative weights of the checks in the overall score. */
  weights: z.record(z.enum(qcCheckKeys), z.number().min(0)).default({
    word_count: 15,
    anchor_link: 10,
    anchor_placement: 5,
    anchor_naturalness: 10,
    intent_alignment: 15,
    language: 10,
    trust_sources: 10,
    lsi_coverage: 10,
    compliance: 10,
    originality: 5,
    readability: 0,
  }),
});
export type QcSettings = z.infer<typeof qcSettingsSchema>;

export const defaultQcSettings: QcSettings = qcSettingsSchema.parse({});
