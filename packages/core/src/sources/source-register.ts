import { z } from "zod";

export const sourceRegisterEntrySchema = z.object({
  /** A real page (not only a domain): what the writer links. */
  url: z.url(),
  title: z.string().min(1),
  /** ISO 639-1 of the page. */
  language: z.string().min(2).max(3),
  /** The regulated verticals it serves (`gambling`, `finance`, `health`, `legal`, `insurance`), or `general`. */
  verticals: z.array(z.string()).min(1),
  /** Words of what the page is about, in its language: a job's topics are matched against these and the title. */
  topics: z.array(z.string()).min(1),
});
export type SourceRegisterEntry = z.infer<typeof sourceRegisterEntrySchema>;
export const sourceRegisterSchema = z.array(sourceRegisterEntrySchema);

const entry = (
  language: string,
  verticals: string[],
  url: string,
  title: string,
  topics: string,
): SourceRegisterEntry => ({ url, title, language, verticals, topics: topics.split(/,\s*/) });

/**
 * Public bodies and reference pages a writer may cite without a SERP key, for Sweden and the English-speaking
 * markets: consumer protection, financial supervision, health authorities, statistics offices, gambling
 * regulators and helplines. Every host is in QC's trust lists (a test holds them there). A deployment adds
 * or replaces entries with SOURCE_REGISTER_FILE.
 */
export const defaultSourceRegister: SourceRegisterEntry[] = [
  entry(
    "sv",
    ["general"],
    "https://www.konsumentverket.se/",
    "Konsumentverket – dina rättigheter som konsument",
    "konsument, rättigheter, köp, reklamation, avtal, produkter, tjänster",
  ),
  entry(
    "sv",
    ["general", "finance"],
    "https://www.hallakonsument.se/",
    "Hallå konsument – vägledning om köp, avtal och ekonomi",
    "konsument, köp, avtal, reklamation, lån, el, ekonomi",
  ),
  entry(
    "sv",
    ["finance", "insurance"],
    "https://www.fi.se/sv/konsumentskydd/",
    "Finansinspektionen – konsumentskydd",
    "lån, krediter, sparande, bank, försäkring, fonder, konsumentskydd, bolån",
  ),
  entry(
    "sv",
    ["finance"],
    "https://www.riksbanken.se/sv/penningpolitik/",
    "Riksbanken – penningpolitik",
    "ränta, styrränta, inflation, penningpolitik, ekonomi, kronan",
  ),
  entry(
    "sv",
    ["finance"],
    "https://www.kronofogden.se/",
    "Kronofogden – skulder och betalningsanmärkningar",
    "skulder, skuld, betalningsanmärkning, skuldsanering, lån, inkasso",
  ),
  entry(
    "sv",
    ["health"],
    "https://www.1177.se/",
    "1177 – råd om vård och hälsa",
    "vård, hälsa, sjukdom, symtom, behandling, råd, sömn, träning",
  ),
  entry(
    "sv",
    ["health"],
    "https://www.folkhalsomyndigheten.se/",
    "Folkhälsomyndigheten",
    "folkhälsa, hälsa, smitta, vaccination, statistik, levnadsvanor",
  ),
  entry(
    "sv",
    ["health", "general"],
    "https://www.livsmedelsverket.se/",
    "Livsmedelsverket – mat och näring",
    "mat, kost, livsmedel, näring, matvanor, hälsa",
  ),
  entry(
    "sv",
    ["gambling"],
    "https://www.spelinspektionen.se/",
    "Spelinspektionen – licenser och spelmarknaden",
    "spel, licens, spelbolag, casino, betting, vadslagning, lotteri",
  ),
  entry(
    "sv",
    ["gambling"],
    "https://www.stodlinjen.se/",
    "Stödlinjen – stöd vid spelproblem",
    "spelproblem, spelberoende, stöd, hjälp, spel, casino",
  ),
  entry(
    "sv",
    ["general"],
    "https://www.scb.se/",
    "SCB – Statistiska centralbyrån",
    "statistik, befolkning, ekonomi, arbetsmarknad, hushåll, företag",
  ),
  entry(
    "sv",
    ["general"],
    "https://www.av.se/",
    "Arbetsmiljöverket – arbetsmiljö och arbetstid",
    "arbetsmiljö, arbete, jobb, stress, arbetsplats, arbetstid, projekt, team",
  ),
  entry(
    "sv",
    ["general", "finance"],
    "https://www.skatteverket.se/",
    "Skatteverket",
    "skatt, deklaration, moms, företag, avdrag, inkomst",
  ),
  entry(
    "sv",
    ["legal"],
    "https://www.domstol.se/",
    "Sveriges Domstolar",
    "domstol, rättegång, mål, juridik, tvist",
  ),
  entry(
    "sv",
    ["insurance"],
    "https://www.forsakringskassan.se/",
    "Försäkringskassan",
    "försäkring, sjukpenning, ersättning, föräldrapenning",
  ),
  entry(
    "en",
    ["finance"],
    "https://www.consumerfinance.gov/consumer-tools/",
    "Consumer Financial Protection Bureau – consumer tools",
    "loans, credit, mortgage, debt, banking, credit cards, money",
  ),
  entry(
    "en",
    ["general"],
    "https://consumer.ftc.gov/",
    "FTC Consumer Advice",
    "consumer, scams, shopping, identity, privacy, online, products",
  ),
  entry(
    "en",
    ["general"],
    "https://www.bls.gov/ooh/",
    "Occupational Outlook Handbook – U.S. Bureau of Labor Statistics",
    "jobs, careers, work, employment, pay, occupations, teams, management",
  ),
  entry(
    "en",
    ["general"],
    "https://www.census.gov/topics/business-economy.html",
    "Business and Economy – U.S. Census Bureau",
    "business, economy, companies, data, statistics, industry",
  ),
  entry(
    "en",
    ["general"],
    "https://www.ons.gov.uk/",
    "Office for National Statistics",
    "statistics, economy, population, employment, work, households",
  ),
  entry(
    "en",
    ["general"],
    "https://www.osha.gov/",
    "Occupational Safety and Health Administration",
    "workplace, safety, work, health, employers, workers",
  ),
  entry(
    "en",
    ["general"],
    "https://www.nist.gov/",
    "National Institute of Standards and Technology",
    "standards, technology, measurement, software, security",
  ),
  entry(
    "en",
    ["health"],
    "https://www.nhs.uk/conditions/",
    "Health A to Z – NHS",
    "health, conditions, symptoms, treatment, sleep, illness",
  ),
  entry(
    "en",
    ["health"],
    "https://www.cdc.gov/",
    "Centers for Disease Control and Prevention",
    "health, disease, prevention, public health, vaccines",
  ),
  entry(
    "en",
    ["health"],
    "https://medlineplus.gov/",
    "MedlinePlus – health information",
    "health, medicine, drugs, conditions, wellness, nutrition",
  ),
  entry(
    "en",
    ["gambling"],
    "https://www.gamblingcommission.gov.uk/",
    "Gambling Commission",
    "gambling, licensing, betting, casino, lottery, operators",
  ),
  entry(
    "en",
    ["finance", "insurance"],
    "https://www.fca.org.uk/consumers",
    "Financial Conduct Authority – consumers",
    "loans, investments, pensions, insurance, scams, mortgages, banking",
  ),
  entry(
    "en",
    ["finance"],
    "https://www.federalreserve.gov/monetarypolicy.htm",
    "Federal Reserve – monetary policy",
    "interest rates, monetary policy, inflation, banking, economy",
  ),
];
