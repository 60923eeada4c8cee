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
