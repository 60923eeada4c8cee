import { z } from "zod";
import { qcCheckKeys, qcSeverities } from "./qc-report";
import { publicBodies } from "./trust-registry";
import { defaultVerticals, verticalSchema } from "./verticals";

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
  /** Sentences either side of the link's that anchor_off_topic reads for a topic word (the link's own always). */
  naturalnessWindowSentences: z.number().int().min(0).default(1),
  /** What each naturalness problem costs on the 0–10 scale: a repeated or spammy anchor alone fails (10 − cost < 7). */
  naturalnessCosts: z
    .object({
      repeated: z.number().default(4),
      spammy: z.number().default(5),
      offTopic: z.number().default(3),
    })
    .prefault({}),
  /**
   * Term matching on stems: languages written with closed compounds match a
   * term of at least `minLength` letters inside a compound (`spelbolag` in
   * `spelbolagen`, `elcykel` in `elcykelbatteri`).
   */
  compounds: z
    .object({
      languages: z.array(z.string()).default(["sv", "da", "no", "de"]),
      minLength: z.number().default(5),
    })
    .prefault({}),
  spamAnchors: z
    .array(z.string())
    .default(["click here", "buy now", "klicka här", "köp nu", "read more", "läs mer", "here", "här"]),
  trust: z
    .object({
      minSources: z.number().default(1),
      preferredSources: z.number().default(2),
      tiers: z
        .object({
          /** Public bodies and standards: the curated register in trust-registry.ts. */
          T1: domains.default(publicBodies),
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
  intent: z
    .object({
      aligned: z.number().default(0.8),
      partial: z.number().default(0.5),
      /** Topic terms the article must name for full coverage (research lists hold noise). */
      coverageTerms: z.number().default(6),
      /** Share of sections (outside the link's paragraph) that must name the topic for full confidence. */
      spreadShare: z.number().default(0.6),
      /**
       * Without SERP research: how many of the article's title and headings should name the target
       * page's focus words (title, description, headings, anchor). One is enough: an article about
       * something else is caught by `spreadShare`, which reads every section.
       */
      focusWords: z.number().default(1),
      /** Distinct words of the target page's vocabulary a section must use to count as on topic (for `spreadShare`). */
      sectionWords: z.number().default(3),
      /**
       * Below this many content words the target page (a product listing) is too
       * thin to judge by its vocabulary: intent is judged from its title,
       * headings and the anchor instead (light mode only).
       */
      thinVocabulary: z.number().default(30),
      /**
       * For a thin page: the weight of focus words a section must name to count as on topic. A word
       * weighs one for each of the page's title, headings and the anchor that use it, so the page's
       * main word (title, H1, anchor) alone is enough and a word that occurs once is not.
       */
      thinSectionWeight: z.number().default(3),
    })
    .prefault({}),
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
  /**
   * Wording the law requires verbatim (the FCA's mortgage and crypto risk
   * warnings, the Swedish consumer-credit warning of konsumentkreditlagen):
   * quoting it is not copying.
   */
  originalityAllowed: z
    .array(z.string())
    .default([
      "Your home may be repossessed if you do not keep up repayments on your mortgage.",
      "Don't invest unless you're prepared to lose all the money you invest. This is a high-risk investment and you should not expect to be protected if something goes wrong.",
      "Varning: Om du inte kan betala tillbaka skulden i tid riskerar du en betalningsanmärkning. Det kan leda till svårigheter att få hyra en bostad, teckna abonnemang och få nya lån. För stöd, vänd dig till budget- och skuldrådgivningen i din kommun.",
    ]),
  /**
   * The languages (ISO 639-3) the language check tells apart: the ones BACOWR
   * writes in and their close neighbours. Comparing a few instead of franc's
   * 82 keeps the check fast; any other language still reads as "not the
   * publisher's" unless it is mistaken for a listed neighbour.
   */
  /** How much of the body (characters from the start) the language check reads: plenty for trigram statistics. */
  languageSampleChars: z.number().default(1000),
  languageCandidates: z
    .array(z.string())
    .default([
      "swe",
      "eng",
      "nob",
      "nno",
      "dan",
      "fin",
      "deu",
      "fra",
      "spa",
      "ita",
      "nld",
      "pol",
      "por",
      "ces",
      "hun",
      "ron",
    ]),
  /**
   * Footprint control across a batch (../../jobs/footprint.ts). Independently
   * written articles on one topic share almost no word 5-grams (Jaccard well
   * under 0.05), while texts built on one template or spun from one draft
   * share 0.3 and more; 0.25 flags the template and leaves room for the phrases
   * every article for a target repeats (the anchor, product names). Exact-match
   * anchors are the classic footprint of bought links; SEO guidance keeps them
   * to a minority of a target's links, and 0.3 is lenient because the customer
   * chooses the anchors.
   */
  footprint: z
    .object({
      maxSimilarity: z.number().min(0).max(1).default(0.25),
      exactAnchorShareWarning: z.number().min(0).max(1).default(0.3),
      shingleWords: z.number().int().min(1).default(5),
    })
    .prefault({}),
  /**
   * Words that are never a topic, beyond the stopwords-iso lists: Swedish
   * function words that list lacks (`hos`, `samt`, `medan`, `både`, `kring`)
   * and words too general to say what a page is about (`ger`, `behöver`,
   * `hela`, `sätt`). Topic terms, the target page's vocabulary and the
   * intent check's focus words all leave them out.
   */
  extraStopwords: z.record(z.string(), z.array(z.string())).default({
    sv: [
      "hos",
      "samt",
      "medan",
      "både",
      "kring",
      "utifrån",
      "hela",
      "helt",
      "sätt",
      "ger",
      "behöver",
      "blir",
      "gör",
      "görs",
      "får",
      "även",
      "dock",
      "därför",
      "eftersom",
      "samtidigt",
      "ofta",
      "oftast",
      "egen",
      "eget",
      "egna",
      "enkelt",
      "direkt",
    ],
  }),
  /** Regulated verticals and their disclaimers (verticals.ts). */
  verticals: z.record(z.string(), verticalSchema).default(defaultVerticals),
  /**
   * Phrases and patterns that mark a text as machine-written to an editor
   * (beyond ../QC.md): stock phrases by language, matched case-insensitively on
   * word boundaries, and the same discourse opener (`openers`) starting
   * `repeatedOpenerParagraphs` or more paragraphs.
   */
  aiTells: z
    .object({
      phrases: z.record(z.string(), z.array(z.string())).default({
        en: [
          "in today's fast-paced world",
          "in today's digital age",
          "in today's world",
          "it's important to note",
          "it is important to note",
          "it's worth noting",
          "it is worth noting",
          "delve into",
          "delves into",
          "in conclusion",
          "in the ever-evolving",
          "ever-changing landscape",
          "navigating the complexities",
          "navigate the complexities",
          "a testament to",
          "unlock the power",
          "unlock the full potential",
          "harness the power",
          "a game-changer",
          "embark on a journey",
          "look no further",
          "rich tapestry",
          "in the realm of",
        ],
        sv: [
          "i dagens snabba värld",
          "i dagens digitala värld",
          "i dagens samhälle",
          "det är viktigt att notera",
          "det är värt att notera",
          "sammanfattningsvis",
          "i en värld där",
          "låt oss dyka ner",
          "låt oss dyka djupare",
          "dyka djupare i",
          "dyka djupare ner i",
          "i den ständigt föränderliga",
          "navigera i komplexiteten",
          "ett bevis på hur",
          "frigör kraften",
          "lås upp potentialen",
        ],
      }),
      /** Tells allowed before the check fails. */
      maxPhrases: z.number().default(0),
      /**
       * Discourse openers by language: one of them starting the first sentence of
       * `repeatedOpenerParagraphs` or more paragraphs is a tell. Subjects and
       * ordinary openers ("Standing desks …", "Det är …") are not listed.
       */
      openers: z.record(z.string(), z.array(z.string())).default({
        en: [
          "moreover",
          "additionally",
          "furthermore",
          "in addition",
          "what's more",
          "ultimately",
          "overall",
          "notably",
          "importantly",
          "consequently",
          "as a result",
          "that said",
          "on the other hand",
          "first and foremost",
          "when it comes to",
        ],
        sv: [
          "dessutom",
          "vidare",
          "därtill",
          "därutöver",
          "utöver detta",
          "utöver det",
          "sammantaget",
          "följaktligen",
          "i slutändan",
          "å andra sidan",
          "framför allt",
          "när det gäller",
          "inte minst",
        ],
      }),
      repeatedOpenerParagraphs: z.number().default(3),
    })
    .prefault({}),
  /**
   * Checks that only warn (readability, ../QC.md): they may lower the score a
   * little through their weight but never decide the verdict, which is taken
   * on the score without them.
   */
  warningOnly: z.array(z.enum(qcCheckKeys)).default(["readability"]),
  /**
   * Issue severities that fail the verdict whatever the score. ../QC.md names
   * high and critical, but its checks are "what a delivered article must
   * satisfy": an article that fails any of them (a stuffed anchor, machine
   * tells, too few topic terms at the link, partial intent) is not
   * publication-ready, so medium blocks too. Only warning-only checks
   * (`warningOnly`) and `low` issues never decide the verdict. Blocking on
   * medium also sends such an article to RESCUE (which runs on FAIL only), so
   * it rewords AI tells and varies a stuffed anchor instead of delivering them.
   */
  blockingSeverities: z.array(z.enum(qcSeverities)).default(["critical", "high", "medium"]),
  /**
   * Severities of an unfixable blocking issue that make RESCUE pointless. A
   * medium one (`intent_partial`) is left out: rescue still repairs the
   * fixable issues, which raises the score and leaves a shorter list for the editor.
   */
  rescueStoppers: z.array(z.enum(qcSeverities)).default(["critical", "high"]),
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
    readability: 3,
    ai_tells: 5,
  }),
});
export type QcSettings = z.infer<typeof qcSettingsSchema>;

export const defaultQcSettings: QcSettings = qcSettingsSchema.parse({});

/** Topic terms also match as a compound's first part (`sovvagn` in `sovvagnsbiljett`); cues do not. */
export const topicCompounds = (settings: QcSettings) => ({ ...settings.compounds, modifiers: true });
