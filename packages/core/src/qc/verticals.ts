import { z } from "zod";

/**
 * A regulated vertical: the cues that reveal it in the target page (title,
 * description, H1, headings, URL) or the anchor, matched on word stems in
 * Swedish and English (so `bolånet`, `mortgages` and `sparkontot` count), and
 * the disclaimer it requires: one phrase of every group must appear in the
 * article (case-insensitive substring). `text` is what RESCUE injects.
 */
export const verticalSchema = z.object({
  cues: z.array(z.string()),
  disclaimer: z.array(z.array(z.string().toLowerCase())),
  text: z.record(z.string(), z.string()),
});
export type Vertical = z.infer<typeof verticalSchema>;

/** The defaults of `qcSettings.verticals` (../QC.md: gambling, finance, health, legal, crypto; insurance apart from finance). */
export const defaultVerticals: Record<string, Vertical> = {
  gambling: {
    cues: [
      "casino",
      "kasino",
      "nätcasino",
      "onlinecasino",
      "betting",
      "odds",
      "oddset",
      "poker",
      "slots",
      "spelautomat",
      "spelbolag",
      "spelsajt",
      "speltips",
      "sportspel",
      "bet",
      "bookmaker",
      "sportsbook",
      "gambling",
      "jackpot",
      "free spins",
      "freespins",
      "lotto",
      "bingo",
    ],
    disclaimer: [
      ["18+", "18 år"],
      ["spela ansvarsfullt", "play responsibly", "gamble responsibly", "spelpaus"],
      ["stödlinjen", "stodlinjen", "begambleaware", "gamcare", "1-800-gambler", "spelpaus.se"],
    ],
    text: {
      sv: "18+ | Spela ansvarsfullt | Stödlinjen.se – 020-81 91 00",
      en: "18+ | Play responsibly | BeGambleAware.org",
    },
  },
  finance: {
    cues: [
      // Swedish: loans and credit, savings and deposits, investing, pensions, interest (insurance is its own vertical)
      "lån",
      "låna",
      "bolån",
      "privatlån",
      "billån",
      "smslån",
      "sms-lån",
      "samlingslån",
      "kredit",
      "kreditkort",
      "ränta",
      "inlåning",
      "sparkonto",
      "sparande",
      "spara pengar",
      "investera",
      "investering",
      "fonder",
      "aktier",
      "pension",
      "pensionssparande",
      "amortering",
      // English
      "loan",
      "mortgage",
      "credit",
      "lending",
      "borrow",
      "savings account",
      "savings rate",
      "deposit",
      "interest rate",
      "invest",
      "investing",
      "investment",
      "stocks",
      "pension",
      "retirement savings",
      "forex",
      "trading",
      "broker",
    ],
    disclaimer: [
      [
        "finansiell rådgivning",
        "ekonomisk rådgivning",
        "investeringsrådgivning",
        "financial advice",
        "investment advice",
        "historisk avkastning",
        "past performance",
        "capital at risk",
        "capital is at risk",
        "på egen risk",
        "at your own risk",
        "lån kostar pengar",
        "att låna kostar",
        "borrowing costs money",
        "innebär risk",
        "involve risk",
        "involves risk",
      ],
    ],
    text: {
      sv: "Detta är inte finansiell rådgivning. Att låna och investera innebär risk.",
      en: "This is not financial advice. Borrowing and investing involve risk.",
    },
  },
  /**
   * Insurance is sold under its own rules (the Insurance Distribution Directive, in Sweden
   * lagen om försäkringsdistribution): the reader is pointed to the terms and the pre-sale
   * information (förköpsinformation, the IPID), not warned about borrowing.
   */
  insurance: {
    cues: ["försäkring", "försäkringar", "försäkra", "försäkringsbolag", "insurance", "insurer", "insure"],
    disclaimer: [
      [
        "förköpsinformation",
        "försäkringsvillkor",
        "inte personlig rådgivning",
        "inte försäkringsrådgivning",
        "not insurance advice",
        "not personal advice",
        "policy terms",
        "policy wording",
        "ipid",
        "insurance product information",
      ],
    ],
    text: {
      sv: "Den här artikeln är allmän information och inte personlig rådgivning. Skydd, villkor och priser skiljer sig mellan försäkringsbolag – läs förköpsinformationen och försäkringsvillkoren innan du tecknar en försäkring.",
      en: "This article is general information, not insurance advice. Cover, terms and prices differ between insurers – read the policy terms and the insurance product information document (IPID) before you buy.",
    },
  },
  health: {
    cues: [
      "hälsa",
      "sjukdom",
      "medicin",
      "läkemedel",
      "kosttillskott",
      "vitaminer",
      "klinik",
      "vårdcentral",
      "tandvård",
      "apotek",
      "symtom",
      "diagnos",
      "viktminskning",
      "health",
      "medical",
      "medicine",
      "medication",
      "supplement",
      "clinic",
      "pharmacy",
      "medical treatment",
      "therapy",
      "symptoms",
      "diagnosis",
      "weight loss",
      "prescription",
    ],
    disclaimer: [
      [
        "rådfråga läkare",
        "rådgör med läkare",
        "kontakta läkare",
        "kontakta vården",
        "medicinsk rådgivning",
        "1177",
        "consult a doctor",
        "consult your doctor",
        "talk to your doctor",
        "speak to your gp",
        "medical advice",
      ],
    ],
    text: {
      sv: "Innehållet ersätter inte medicinsk rådgivning – rådfråga läkare vid frågor om din hälsa.",
      en: "This content is not medical advice – consult a doctor about your health.",
    },
  },
  legal: {
    cues: [
      "advokat",
      "advokatbyrå",
      "jurist",
      "juridisk",
      "juridik",
      "rättshjälp",
      "skilsmässa",
      "bodelning",
      "vårdnadstvist",
      "lawyer",
      "attorney",
      "solicitor",
      "legal",
      "law firm",
      "lawsuit",
      "divorce",
    ],
    disclaimer: [
      [
        "inte juridisk rådgivning",
        "inte någon juridisk rådgivning",
        "not legal advice",
        "kontakta en jurist",
        "kontakta en advokat",
        "consult a lawyer",
        "consult a solicitor",
      ],
    ],
    text: { sv: "Detta är inte juridisk rådgivning.", en: "This is not legal advice." },
  },
  crypto: {
    cues: [
      "krypto",
      "kryptovaluta",
      "kryptovalutor",
      "blockkedja",
      "crypto",
      "cryptocurrency",
      "bitcoin",
      "ethereum",
      "blockchain",
      "nft",
      "altcoin",
      "defi",
    ],
    disclaimer: [
      ["kryptotillgång", "kryptovalut", "crypto asset", "cryptoasset", "cryptocurrenc", "crypto"],
      ["risk"],
    ],
    text: {
      sv: "Kryptotillgångar är högriskinvesteringar – du kan förlora hela din insats.",
      en: "Crypto assets are high-risk investments – you may lose all of your money.",
    },
  },
};

/** The disclaimer a regulated vertical needs, in the article's language (English when there is none). */
export function disclaimerFor(
  verticals: Record<string, Vertical>,
  vertical: string,
  language: string,
): string | undefined {
  const texts = verticals[vertical]?.text;
  return texts?.[language] ?? texts?.en;
}
