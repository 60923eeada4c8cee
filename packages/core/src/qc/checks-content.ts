import { franc } from "franc-min";
import { type ArticleModel, wordsOf } from "./article-model";
import { findAnchor } from "./checks-anchor";
import type { QcContext } from "./qc-context";
import type { CheckOutcome, QcIssue } from "./qc-report";
import type { QcSettings } from "./qc-settings";
import { normaliseText } from "./url-match";

const termIn = (text: string, term: string) => {
  const words = ` ${wordsOf(normaliseText(text)).join(" ")} `;
  return words.includes(` ${wordsOf(normaliseText(term)).join(" ")} `);
};

const intentCues: Record<NonNullable<QcContext["intent"]>, string[]> = {
  informational: ["how", "what", "why", "guide", "tips", "hur", "vad", "varför", "guide", "tips", "så"],
  commercial: [
    "best",
    "compare",
    "comparison",
    "review",
    "vs",
    "top",
    "bästa",
    "jämför",
    "jämförelse",
    "recension",
    "test",
  ],
  transactional: [
    "buy",
    "price",
    "order",
    "discount",
    "deal",
    "köp",
    "pris",
    "beställ",
    "rabatt",
    "erbjudande",
  ],
  navigational: ["login", "official", "website", "contact", "logga", "officiell", "webbplats", "kontakt"],
};

/** Confidence 0–1 that the article serves the anchor's search intent and bridges publisher and target. */
export function checkIntentAlignment(
  article: ArticleModel,
  context: QcContext,
  settings: QcSettings,
): CheckOutcome {
  const text = `${article.title ?? ""}\n${article.bodyText}`;
  const terms = context.topicTerms;
  const coverage = terms.length ? terms.filter((t) => termIn(text, t)).length / terms.length : 0.5;
  const cues = context.intent ? intentCues[context.intent] : [];
  const cueScore = cues.length ? Math.min(1, cues.filter((c) => termIn(text, c)).length / 2) : 0.5;
  const anchorWords = wordsOf(normaliseText(context.anchorText)).filter((w) => w.length > 3);
  const bridge = anchorWords.length
    ? anchorWords.filter((w) => termIn(article.bodyText, w)).length / anchorWords.length
    : 0;
  const confidence =
    Math.round((0.5 * Math.min(1, coverage * 1.25) + 0.25 * cueScore + 0.25 * bridge) * 100) / 100;
  const level =
    confidence >= settings.intent.aligned
      ? "aligned"
      : confidence >= settings.intent.partial
        ? "partial"
        : "fail";
  const issues: QcIssue[] = [];
  if (level !== "aligned") {
    issues.push({
      severity: level === "fail" ? "critical" : "medium",
      category: "intent_alignment",
      message: `Intent alignment is ${level} (confidence ${confidence})`,
      auto_fixable: false,
      action: "Redraft the article around the anchor's search intent",
    });
  }
  return {
    check: { passed: level === "aligned", points: Math.round(confidence * 100), confidence, level },
    issues,
  };
}

/** Topic terms within ±N sentences of the sentence holding the link. */
export function checkLsiCoverage(
  article: ArticleModel,
  context: QcContext,
  settings: QcSettings,
): CheckOutcome {
  const { link } = findAnchor(article, context);
  const sentences = article.paragraphs.flatMap((p) => p.sentences);
  const at = link ? sentences.findIndex((s) => s.includes(link.text)) : -1;
  const window =
    at < 0
      ? ""
      : sentences
          .slice(Math.max(0, at - settings.lsi.windowSentences), at + settings.lsi.windowSentences + 1)
          .join(" ");
  const found = context.topicTerms.filter((t) => termIn(window, t));
  const required = Math.min(settings.lsi.min, context.topicTerms.length);
  const passed = at >= 0 && found.length >= required;
  const issues: QcIssue[] = passed
    ? []
    : [
        {
          severity: "medium",
          category: "lsi_coverage",
          message: `${found.length} topic term(s) near the link (minimum ${required})`,
          auto_fixable: true,
        },
      ];
  return {
    check: {
      passed,
      points: required ? Math.round(Math.min(1, found.length / required) * 100) : 100,
      count: found.length,
      required,
      terms: found,
    },
    issues,
  };
}

const iso6393to1: Record<string, string> = {
  swe: "sv",
  eng: "en",
  nob: "no",
  nno: "no",
  dan: "da",
  fin: "fi",
  deu: "de",
  fra: "fr",
  spa: "es",
  ita: "it",
  nld: "nl",
  pol: "pl",
  por: "pt",
};

export function detectLanguage(text: string): string | undefined {
  const code = franc(text, { minLength: 20 });
  return iso6393to1[code] ?? (code === "und" ? undefined : code);
}

export function checkLanguage(article: ArticleModel, context: QcContext): CheckOutcome {
  const detected = detectLanguage(article.bodyText);
  const passed = detected === context.language;
  const issues: QcIssue[] = passed
    ? []
    : [
        {
          severity: "critical",
          category: "language",
          message: `The article is in ${detected ?? "an undetermined language"}; the publisher writes in ${context.language}`,
          auto_fixable: false,
          action: `Rewrite the article in ${context.language}`,
        },
      ];
  return {
    check: { passed, points: passed ? 100 : 0, detected: detected ?? null, required: context.language },
    issues,
  };
}

const syllables = (word: string) => Math.max(1, (word.toLowerCase().match(/[aeiouy]+/g) ?? []).length);

/** LIX for Swedish (35–50), Flesch reading ease for English (60–70); a warning only. */
export function checkReadability(
  article: ArticleModel,
  context: QcContext,
  settings: QcSettings,
): CheckOutcome {
  const words = wordsOf(article.bodyText);
  const sentences = Math.max(
    1,
    article.paragraphs.reduce((n, p) => n + p.sentences.length, 0),
  );
  const r = settings.readability;
  let measure: { name: string; value: number; min: number; max: number } | undefined;
  if (context.language === "sv" && words.length) {
    const long = words.filter((w) => w.length > 6).length;
    measure = {
      name: "lix",
      value: words.length / sentences + (100 * long) / words.length,
      min: r.lixMin,
      max: r.lixMax,
    };
  } else if (context.language === "en" && words.length) {
    const syl = words.reduce((n, w) => n + syllables(w), 0);
    const flesch = 206.835 - 1.015 * (words.length / sentences) - 84.6 * (syl / words.length);
    measure = { name: "flesch", value: flesch, min: r.fleschMin, max: r.fleschMax };
  }
  if (!measure) return { check: { passed: true, points: 100, measured: null }, issues: [] };
  const value = Math.round(measure.value * 10) / 10;
  const passed = value >= measure.min && value <= measure.max;
  const distance = passed ? 0 : Math.min(Math.abs(value - measure.min), Math.abs(value - measure.max));
  return {
    check: {
      passed,
      points: Math.max(0, Math.round(100 - distance * 4)),
      [measure.name]: value,
      range: [measure.min, measure.max],
    },
    issues: passed
      ? []
      : [
          {
            severity: "low",
            category: "readability",
            message: `${measure.name.toUpperCase()} ${value} is outside ${measure.min}–${measure.max}`,
            auto_fixable: false,
            action: "Consider simpler sentences (a warning only)",
          },
        ],
  };
}

/** Regulated verticals: cue words in the target URL or anchor, and the disclaimer phrases each requires (any one per group). */
export const verticals: Record<
  string,
  { cues: string[]; disclaimer: string[][]; text: Record<string, string> }
> = {
  gambling: {
    cues: [
      "casino",
      "kasino",
      "betting",
      "odds",
      "poker",
      "slots",
      "spel",
      "bet",
      "gambling",
      "lotto",
      "bingo",
    ],
    disclaimer: [
      ["18+"],
      ["spela ansvarsfullt", "play responsibly"],
      ["stödlinjen", "stodlinjen", "begambleaware", "gamcare", "1-800-gambler"],
    ],
    text: {
      sv: "18+ | Spela ansvarsfullt | Stödlinjen.se – 020-81 91 00",
      en: "18+ | Play responsibly | BeGambleAware.org",
    },
  },
  finance: {
    cues: ["loan", "lån", "kredit", "credit", "mortgage", "bolån", "invest", "trading", "forex", "sms-lån"],
    disclaimer: [
      [
        "inte finansiell rådgivning",
        "not financial advice",
        "investera på egen risk",
        "capital at risk",
        "risk",
      ],
    ],
    text: {
      sv: "Detta är inte finansiell rådgivning. Att låna och investera innebär risk.",
      en: "This is not financial advice. Borrowing and investing involve risk.",
    },
  },
  health: {
    cues: [
      "health",
      "hälsa",
      "medicine",
      "medicin",
      "supplement",
      "kosttillskott",
      "clinic",
      "klinik",
      "pharmacy",
      "apotek",
    ],
    disclaimer: [["rådfråga läkare", "consult a doctor", "medical advice", "medicinsk rådgivning"]],
    text: {
      sv: "Innehållet ersätter inte medicinsk rådgivning – rådfråga läkare vid frågor om din hälsa.",
      en: "This content is not medical advice – consult a doctor about your health.",
    },
  },
  legal: {
    cues: ["lawyer", "advokat", "jurist", "legal", "juridisk", "attorney"],
    disclaimer: [["inte juridisk rådgivning", "not legal advice"]],
    text: { sv: "Detta är inte juridisk rådgivning.", en: "This is not legal advice." },
  },
  crypto: {
    cues: ["crypto", "krypto", "bitcoin", "ethereum", "blockchain", "nft", "token"],
    disclaimer: [["kryptotillgångar", "crypto assets", "cryptoassets"], ["risk"]],
    text: {
      sv: "Kryptotillgångar är högriskinvesteringar – du kan förlora hela din insats.",
      en: "Crypto assets are high-risk investments – you may lose all of your money.",
    },
  },
};

/** The disclaimer a regulated vertical needs, in the article's language (English when there is none). */
export function disclaimerFor(vertical: string, language: string): string | undefined {
  const texts = verticals[vertical]?.text as Record<string, string> | undefined;
  return texts?.[language] ?? texts?.en;
}

export function detectVerticals(context: QcContext): string[] {
  const haystack = ` ${normaliseText(`${context.targetUrl} ${context.anchorText}`).replace(/[^\p{L}\p{N}+-]+/gu, " ")} `;
  return Object.entries(verticals)
    .filter(([, v]) => v.cues.some((cue) => haystack.includes(` ${cue} `) || haystack.includes(` ${cue}`)))
    .map(([name]) => name);
}

export function checkCompliance(article: ArticleModel, context: QcContext): CheckOutcome {
  const found = detectVerticals(context);
  const text = normaliseText(article.bodyText);
  const missing = found.filter((name) =>
    (verticals[name]?.disclaimer ?? []).some((group) => !group.some((phrase) => text.includes(phrase))),
  );
  const issues: QcIssue[] = missing.map((name) => ({
    severity: "high",
    category: "compliance",
    message: `A ${name} topic needs its disclaimer`,
    auto_fixable: true,
  }));
  return {
    check: { passed: missing.length === 0, points: missing.length ? 0 : 100, verticals: found, missing },
    issues,
  };
}
