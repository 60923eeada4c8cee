import { describe, expect, it } from "vitest";
import {
  classifyIntent,
  containsPhrase,
  countPhrase,
  defaultQcSettings,
  detectLanguage,
  intentCues,
  isUserGenerated,
  normaliseText,
  profilePage,
  sentencesOf,
  stemOf,
  termCounter,
  tokensOf,
  topicTerms,
  trustTierOf,
  wordsOf,
} from "../src";

describe("words", () => {
  it("keeps Swedish letters inside words and splits on punctuation", () => {
    expect(wordsOf("Öppettider för Åre: här är våra bästa tips!", "sv")).toEqual([
      "Öppettider",
      "för",
      "Åre",
      "här",
      "är",
      "våra",
      "bästa",
      "tips",
    ]);
  });

  it("keeps hyphenated compounds, genitive colons, apostrophes and decimal numbers as one word", () => {
    expect(wordsOf("E-post och sms-lån, EU:s regler, 3,5 procent", "sv")).toEqual([
      "E-post",
      "och",
      "sms-lån",
      "EU:s",
      "regler",
      "3,5",
      "procent",
    ]);
    expect(wordsOf("Don’t pay 1,200 dollars for a well-known tool.", "en")).toEqual([
      "Don’t",
      "pay",
      "1,200",
      "dollars",
      "for",
      "a",
      "well-known",
      "tool",
    ]);
  });

  it("does not join words across a dash with spaces or a line break", () => {
    expect(wordsOf("bra - dåligt\nnästa-\nrad", "sv")).toEqual(["bra", "dåligt", "nästa", "rad"]);
  });

  it("gives the same words for a long text as for its parts (segmented in pieces)", () => {
    const part = "Ett bra team kommer tidigt överens om hur arbetet ska delas upp och granskas. ";
    const long = part.repeat(80);
    expect(wordsOf(long, "sv")).toEqual(Array.from({ length: 80 }, () => wordsOf(part, "sv")).flat());
    // The second read of a long text comes from the cache and is a copy the caller may change.
    const first = wordsOf(long, "sv");
    first.pop();
    expect(wordsOf(long, "sv")).toHaveLength(first.length + 1);
  });
});

describe("sentences", () => {
  it("splits Swedish sentences without breaking on abbreviations", () => {
    expect(
      sentencesOf(
        "Vi åker till Malmö, t.ex. Möllan. Det kostar ca. 200 kr. Bl.a. Åsa följer med! Vad tycker du?",
        "sv",
      ),
    ).toEqual([
      "Vi åker till Malmö, t.ex. Möllan.",
      "Det kostar ca. 200 kr.",
      "Bl.a. Åsa följer med!",
      "Vad tycker du?",
    ]);
  });

  it("splits English sentences without breaking on titles or e.g.", () => {
    expect(
      sentencesOf(
        "Dr. Smith met Mr. Jones at 3.30 p.m. today. Prices rose, e.g. for rent. Why? Nobody knows.",
        "en",
      ),
    ).toEqual([
      "Dr. Smith met Mr. Jones at 3.30 p.m. today.",
      "Prices rose, e.g. for rent.",
      "Why?",
      "Nobody knows.",
    ]);
  });

  it("treats a line break inside a paragraph as a space and drops empty sentences", () => {
    expect(sentencesOf("First line\ncontinues here. Second … ", "en")).toEqual([
      "First line continues here.",
      "Second …",
    ]);
    expect(sentencesOf("  ...  ", "en")).toEqual([]);
  });

  it("gives the same sentences for a long text as for its parts (segmented in pieces)", () => {
    const part = "Det här är en mening, t.ex. om Åre. Här kommer nästa mening! ";
    expect(sentencesOf(part.repeat(40), "sv")).toEqual(
      Array.from({ length: 40 }, () => sentencesOf(part, "sv")).flat(),
    );
  });

  it("survives a language tag Intl does not accept", () => {
    expect(sentencesOf("One. Two.", "en_US-x-not-valid!")).toEqual(["One.", "Two."]);
  });
});

describe("phrases", () => {
  it("match on word boundaries, case- and whitespace-insensitively", () => {
    expect(normaliseText("  Bästa   BOLÅNET\n")).toBe("bästa bolånet");
    expect(countPhrase("Bästa bolånet? Jämför bästa  BOLÅNET här.", "bästa bolånet")).toBe(2);
    expect(containsPhrase("mortgages", "mortgage")).toBe(false);
    expect(containsPhrase("Köp nu!", "köp")).toBe(true);
    expect(countPhrase("anything", "")).toBe(0);
  });
});

describe("stems", () => {
  it("give inflected Swedish and English forms one stem (Snowball, plus Swedish definite forms)", () => {
    const sv = (words: string[]) => new Set(words.map((w) => stemOf(w, "sv")));
    expect(sv(["elcykel", "elcyklar", "elcykeln", "elcyklarna"]).size).toBe(1);
    expect(sv(["spelbolag", "spelbolagen", "spelbolagets"]).size).toBe(1);
    expect(sv(["ränta", "räntan", "räntor"]).size).toBe(1);
    expect(sv(["bank", "banan"]).size).toBe(2);
    const en = (words: string[]) => new Set(words.map((w) => stemOf(w, "en")));
    expect(en(["mortgage", "mortgages"]).size).toBe(1);
    expect(en(["invest", "investing", "investment"]).size).toBe(1);
    expect(stemOf("Cykel", "xx")).toBe("Cykel");
  });

  it("match topic terms in inflected and compound forms, not inside unrelated words", () => {
    const compounds = defaultQcSettings.compounds;
    const count = termCounter(
      tokensOf("Elcykeln och två elcyklar hos spelbolagen; ett elcykelbatteri i Stockholm. Mortgages.", "sv"),
      "sv",
      compounds,
    );
    expect(count("elcykel")).toBe(2);
    expect(count("batteri")).toBe(1);
    expect(count("stock")).toBe(0);
    // Topic terms may also be a compound's first part; cues may not.
    const topics = termCounter(tokensOf("Ett elcykelbatteri i Stockholm.", "sv"), "sv", {
      ...compounds,
      modifiers: true,
    });
    expect(topics("elcykel")).toBe(1);
    expect(count("spelbolag")).toBe(1);
    expect(count("cykel batteri")).toBe(0);
    const en = termCounter(tokensOf("Two mortgages and one mortgage rate.", "en"), "en", compounds);
    expect(en("mortgage")).toBe(2);
    expect(en("mortgage rates")).toBe(1);
    expect(en("gage")).toBe(0);
  });
});

describe("topic terms", () => {
  it("keep bigrams inside one phrase and leave the site's own name out", () => {
    const page = profilePage(
      `<html lang="sv"><head><title>Elcyklar för pendling – CykelHuset</title></head><body><main>
      <h1>Elcyklar för pendling</h1><p>Växlar, bromsar och däck på elcyklar för pendling i stan.</p>
      <p>CykelHuset säljer elcyklar för pendling, med service och garanti på elcyklar.</p></main></body></html>`,
      "https://www.cykelhuset.se/elcyklar",
    );
    expect(page.topics).toContain("elcyklar");
    expect(page.topics).toContain("pendling");
    for (const junk of ["pendling cykelhuset", "cykelhuset", "växlar bromsar", "cykelhuset elcyklar"]) {
      expect(page.topics).not.toContain(junk);
    }
  });

  it("leave out the configured function words stopwords-iso lacks, and list the page's whole vocabulary", () => {
    const page = profilePage(
      `<html lang="sv"><head><title>Hörapparater hos audionom – Hörselkliniken</title>
      <meta name="description" content="Prova hörapparater hos legitimerad audionom."></head><body><main>
      <h1>Hörapparater hos audionom</h1><p>Utprovning hos audionom samt uppföljning hos oss ger trygghet.</p>
      <p>Utprovning och uppföljning av hörapparater hos audionom.</p></main></body></html>`,
      "https://www.horselkliniken.se/horapparater",
    );
    expect(page.topics).toContain("hörapparater");
    expect(page.topics).toContain("audionom");
    for (const junk of ["hos", "hos audionom", "utprovning hos", "samt", "ger"])
      expect(page.topics).not.toContain(junk);
    expect(page.vocabulary).toEqual(
      expect.arrayContaining(["legitimerad", "trygghet", "utprovning", "uppföljning"]),
    );
    expect(page.vocabulary).not.toContain("hos");
    expect(page.vocabulary).not.toContain("hörselkliniken");
  });
});

describe("language", () => {
  it("detects Swedish and English, and gives up on text too short to tell", () => {
    expect(detectLanguage("Det här är en kort text på svenska om hur man planerar arbetet i ett team.")).toBe(
      "sv",
    );
    expect(detectLanguage("This is a short English text about planning the work of a team.")).toBe("en");
    expect(detectLanguage("ok")).toBeUndefined();
  });
});

describe("intent", () => {
  it.each([
    ["köp cykel online", "transactional"],
    ["bästa cykeln 2026", "commercial"],
    ["spotify log in", "navigational"],
    ["hur fungerar ränta", "informational"],
  ])("classifies %s as %s", (query, intent) => {
    expect(classifyIntent(query)).toBe(intent);
  });

  it("reads the intent from the result titles when the query has no cue", () => {
    const page = {
      query: "project tools",
      relatedSearches: [],
      results: ["Best project tools", "Top 10 project tools", "Project tools compared: best picks"].map(
        (title, i) => ({ position: i + 1, title, url: `https://r${i}.example/`, snippet: "" }),
      ),
    };
    expect(classifyIntent("project tools", page)).toBe("commercial");
  });

  it("has one cue list, with no cue claimed by two intents", () => {
    const all = Object.values(intentCues).flat();
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("trust tiers", () => {
  const lists = defaultQcSettings.trust;
  it("ranks hosts by tier and never trusts user-generated sites", () => {
    expect(trustTierOf("skatteverket.se", lists)).toBe("T1");
    expect(trustTierOf("www2.census.gov", lists)).toBe("T1");
    expect(trustTierOf("sv.wikipedia.org", lists)).toBe("T2");
    expect(trustTierOf("dn.se", lists)).toBe("T4");
    expect(trustTierOf("example.com", lists)).toBeUndefined();
    expect(isUserGenerated("someone.medium.com", lists)).toBe(true);
    expect(
      trustTierOf("someone.medium.com", { ...lists, tiers: { ...lists.tiers, T3: ["medium.com"] } }),
    ).toBe(undefined);
  });
});

describe("topic terms", () => {
  it("breaks ties in code-point order, the same under every locale", () => {
    // Each word twice, no bigrams: every term ties. sv_SE puts å before ä and z before ä; en_US puts both beside a.
    const text = "zebra. ärende. ärlig. ångest. zebra. ärende. ärlig. ångest.";
    expect(topicTerms(text, { language: "sv" })).toEqual(["zebra", "ärende", "ärlig", "ångest"]);
  });
});
