import { describe, expect, it } from "vitest";
import {
  defaultQcSettings,
  disclaimerFor,
  type QcContextInput,
  type QcReport,
  qcIssueKinds,
  runQc,
} from "../src";
import { fillerSentences } from "./fixtures/english-filler";

const TARGET = "https://example.com/product";
const ANCHOR = "best project management tools";

const context: QcContextInput = {
  publisherDomain: "worklife.example",
  targetUrl: TARGET,
  anchorText: ANCHOR,
  language: "en",
  intent: "commercial",
  topicTerms: [
    "project management",
    "team",
    "deadline",
    "collaboration",
    "workflow",
    "planning",
    "software",
    "tasks",
  ],
  competitorDomains: ["rivaltools.com"],
  trustCandidates: ["https://www.bls.gov/ooh/"],
  sourceTexts: [
    "Our product helps every team plan the work, track every task and meet each deadline without stress.",
  ],
};

const sentences = fillerSentences();

interface Parts {
  anchorLink?: string;
  anchorSection?: number;
  extraIntro?: string;
  sources?: string;
  sectionCount?: number;
  paragraphsPerSection?: number;
  closing?: string;
}

function write(parts: Parts = {}): string {
  sentences.restart();
  const link = parts.anchorLink ?? `[${ANCHOR}](${TARGET})`;
  const sections = parts.sectionCount ?? 4;
  const per = parts.paragraphsPerSection ?? 3;
  const out = ["# How to compare project management software for a small team", ""];
  out.push(`${sentences(5)} ${parts.extraIntro ?? ""}`.trim(), "", sentences(5), "");
  for (let s = 0; s < sections; s++) {
    out.push(
      `## ${["Start with the workflow", "Compare the best options", "Make collaboration easy", "Keep planning honest"][s] ?? `Part ${s + 1}`}`,
      "",
    );
    for (let p = 0; p < per; p++) {
      if (s === (parts.anchorSection ?? 1) && p === 0) {
        out.push(
          `A team planning its work often compares the ${link} for project management in small companies. ` +
            "A good tool keeps the team, each deadline and the planning of tasks in one place. " +
            "Collaboration improves when the workflow in the software matches how people already work.",
          "",
        );
      } else if (s === 2 && p === 1) {
        out.push(
          parts.sources ??
            `${sentences(3)} Official figures from the [Bureau of Labor Statistics](https://www.bls.gov/ooh/) show how common project work has become. ${sentences(1)}`,
          "",
        );
      } else {
        out.push(sentences(5), "");
      }
    }
  }
  out.push(parts.closing ?? `In the end, the best tool is the one your team will use. ${sentences(4)}`, "");
  return out.join("\n");
}

const failed = (report: QcReport) =>
  Object.entries(report.checks)
    .filter(([key, check]) => !check.passed && key !== "readability")
    .map(([key]) => key)
    .sort();

describe("QC", () => {
  it("passes a clean article, with the contract's check fields", () => {
    const report = runQc(write(), context);
    expect(failed(report)).toEqual([]);
    expect(report.issues.filter((i) => i.severity !== "low")).toEqual([]);
    expect(report.status).toBe("PASS");
    expect(report.score).toBeGreaterThanOrEqual(80);
    expect(report.checks.word_count).toMatchObject({ passed: true, required: 900 });
    expect(report.checks.word_count?.actual).toBeGreaterThanOrEqual(900);
    expect(report.checks.trust_sources).toMatchObject({ passed: true, count: 1, required: 1 });
    expect(report.checks.anchor_naturalness).toMatchObject({ passed: true, score: 10 });
    expect(report.checks.intent_alignment?.confidence).toBeGreaterThanOrEqual(0.8);
    expect(report.checks.language).toMatchObject({ passed: true, detected: "en" });
    expect(report.checks.anchor_placement?.position).toBeGreaterThan(0);
  });

  it("is deterministic", () => {
    expect(runQc(write(), context)).toEqual(runQc(write(), context));
  });

  it("fails word_count alone for a short article", () => {
    const report = runQc(write({ sectionCount: 3, paragraphsPerSection: 2, anchorSection: 1 }), context);
    expect(failed(report)).toEqual(["word_count"]);
    const short = report.issues.find((i) => i.category === "word_count");
    expect(short).toMatchObject({ code: "word_count_low", severity: "high", auto_fixable: true });
    expect(short?.message).toMatch(/^Article too short \(\d+ words, minimum 900\)$/);
    expect(report.status).toBe("FAIL");
  });

  it("fails anchor_link alone for a link with the wrong text", () => {
    const report = runQc(write({ anchorLink: `[this product](${TARGET}) among the ${ANCHOR}` }), context);
    // Placement and the topic terms around it are judged on the link to the target all the same.
    expect(failed(report)).toEqual(["anchor_link"]);
    expect(report.issues.find((i) => i.category === "anchor_link")).toMatchObject({
      code: "anchor_text_mismatch",
      severity: "critical",
    });
  });

  it("fails anchor_link for a missing link, a wrong target, and a link in a heading", () => {
    const missing = runQc(write({ anchorLink: ANCHOR }), context);
    expect(missing.checks.anchor_link).toMatchObject({ passed: false, count: 0 });
    expect(missing.issues.map((i) => i.code)).toContain("anchor_missing");
    // Placement and LSI are judged at the link: without one they do not apply, and only anchor_link fails.
    expect(failed(missing)).toEqual(["anchor_link"]);
    expect(missing.checks.anchor_placement).toMatchObject({ passed: true, applicable: false });
    expect(missing.checks.lsi_coverage).toMatchObject({ passed: true, applicable: false });
    const wrongTarget = runQc(write({ anchorLink: `[${ANCHOR}](https://example.com/other)` }), context);
    expect(wrongTarget.checks.anchor_link?.passed).toBe(false);
    const inHeading = runQc(
      write().replace("## Start with the workflow", `## Start with the [${ANCHOR}](${TARGET})`),
      context,
    );
    expect(inHeading.issues.map((i) => i.message)).toContain("The target link sits inside a heading");
    expect(inHeading.issues.map((i) => i.code)).toContain("anchor_in_heading");
  });

  it("fails anchor_placement alone when the link is in the first paragraph", () => {
    const text = write().replace(`[${ANCHOR}](${TARGET})`, ANCHOR);
    const moved = text.replace(
      "A good team agrees early on how the work will be shared and reviewed.",
      `A good team compares the [${ANCHOR}](${TARGET}) for project management before the work is shared.`,
    );
    const report = runQc(moved, context);
    expect(failed(report)).toContain("anchor_placement");
    expect(report.issues.find((i) => i.category === "anchor_placement")).toMatchObject({
      code: "anchor_position_first",
      message: expect.stringMatching(/first paragraph/),
    });
  });

  it("fails anchor_naturalness alone for a spammy anchor", () => {
    const spam = { ...context, anchorText: "click here" };
    const report = runQc(write({ anchorLink: `[click here](${TARGET})` }), spam);
    expect(report.checks.anchor_naturalness).toMatchObject({ passed: false, score: 5 });
    // The anchor text is the customer's order: no repair can change it, so a human is asked.
    expect(report.issues.filter((i) => i.category === "anchor_naturalness")).toEqual([
      expect.objectContaining({ code: "anchor_spammy", auto_fixable: false, action: expect.any(String) }),
    ]);
  });

  it("fails trust_sources alone without trusted links, and blocks links to competitors", () => {
    const none = runQc(
      write({
        sources: `${sentences(3)} Read more on [a blog](https://medium.com/some-post). ${sentences(1)}`,
      }),
      context,
    );
    expect(failed(none)).toEqual(["trust_sources"]);
    expect(none.issues.find((i) => i.category === "trust_sources")).toMatchObject({
      code: "trust_source_missing",
      severity: "high",
      auto_fixable: true,
    });

    const noCandidates = runQc(write({ sources: sentences(5) }), { ...context, trustCandidates: [] });
    expect(noCandidates.issues.find((i) => i.category === "trust_sources")).toMatchObject({
      auto_fixable: false,
      action: "Manual review required - add authoritative sources",
    });

    const rival = runQc(
      write({ extraIntro: "See also [a rival](https://www.rivaltools.com/pricing)." }),
      context,
    );
    expect(
      rival.issues.find((i) => i.category === "trust_sources" && i.severity === "critical")?.message,
    ).toMatch(/competitor/);
    expect(rival.issues.map((i) => i.code)).toContain("competitor_linked");
  });

  it("fails intent_alignment for an article off the topic", () => {
    const offTopic = {
      ...context,
      topicTerms: ["mortgage", "interest rate", "amortisation", "bank", "loan"],
    };
    const report = runQc(write(), offTopic);
    expect(report.checks.intent_alignment?.passed).toBe(false);
    expect(report.checks.lsi_coverage?.passed).toBe(false);
  });

  it("fails lsi_coverage alone when too few topic terms sit near the link", () => {
    // Only the link's own sentence counts here: it names 3 of the 8 topic terms.
    const narrow = { ...defaultQcSettings, lsi: { ...defaultQcSettings.lsi, windowSentences: 0 } };
    const report = runQc(write(), context, narrow);
    expect(failed(report)).toEqual(["lsi_coverage"]);
    expect(report.checks.lsi_coverage).toMatchObject({ count: 3, required: 6 });
    expect(report.issues.find((i) => i.category === "lsi_coverage")?.code).toBe("lsi_terms_low");
    expect(report.issues.find((i) => i.category === "lsi_coverage")?.auto_fixable).toBe(true);
  });

  it("counts the target page's vocabulary near the link, but not the link's own words", () => {
    const link = `[${ANCHOR}](${TARGET})`;
    const paragraph = `Last spring our office moved two floors up. We ordered the ${link} on the same morning. Nobody knew where the boxes should go.`;
    const article = write().replace(
      `A team planning its work often compares the ${link} for project management in small companies. ` +
        "A good tool keeps the team, each deadline and the planning of tasks in one place. " +
        "Collaboration improves when the workflow in the software matches how people already work.",
      paragraph,
    );
    const terms = { ...context, topicTerms: ["project management", "tools", "best"] };
    // The link's paragraph alone (±1 sentence); the anchor's words sit only in the link: no coverage.
    const one = { ...defaultQcSettings, lsi: { ...defaultQcSettings.lsi, windowSentences: 1 } };
    const bare = runQc(article, terms, one);
    expect(bare.checks.lsi_coverage).toMatchObject({ passed: false, count: 0 });
    const page = { title: null, description: null, headings: [], topics: [] };
    const vocabulary = ["office", "boxes", "floors", "morning", "spring", "ordered", "kanban"];
    const withPage = runQc(article, { ...terms, targetPage: { ...page, vocabulary } }, one);
    expect(withPage.checks.lsi_coverage).toMatchObject({ passed: true, count: 6 });
  });

  it("finds the link's own sentence when the anchor phrase is also named earlier in the paragraph", () => {
    const link = `[${ANCHOR}](${TARGET})`;
    const article = write().replace(
      `A team planning its work often compares the ${link}`,
      `The ${ANCHOR} are popular. A team planning its work often compares the ${link}`,
    );
    // The first sentence names no topic term beyond the anchor; the link's sentence does.
    expect(runQc(article, context).checks.anchor_naturalness).toMatchObject({ passed: true, score: 10 });
  });

  it("fails language alone when the publisher writes Swedish", () => {
    const report = runQc(write(), { ...context, language: "sv" });
    expect(failed(report)).toEqual(["language"]);
    expect(report.issues.find((i) => i.category === "language")).toMatchObject({
      code: "language_mismatch",
      severity: "critical",
      auto_fixable: false,
    });
    expect(report.status).toBe("FAIL");
  });

  it("fails compliance alone for a gambling target without the disclaimer, and passes with it", () => {
    const casino = { ...context, targetUrl: "https://example.com/casino", anchorText: ANCHOR };
    const article = write().replaceAll(TARGET, "https://example.com/casino");
    const report = runQc(article, casino);
    expect(report.checks.compliance).toMatchObject({ passed: false, verticals: ["gambling"] });
    expect(report.issues.filter((i) => i.category === "compliance").map((i) => i.code)).toEqual([
      "disclaimer_missing",
    ]);
    const disclaimed = runQc(`${article}\n18+ | Play responsibly | BeGambleAware.org\n`, casino);
    expect(disclaimed.checks.compliance?.passed).toBe(true);
  });

  it("fails originality alone for a passage copied from a source", () => {
    const copied = write({
      closing: `In the end, our product helps every team plan the work, track every task and meet each deadline without stress. ${sentences(4)}`,
    });
    const report = runQc(copied, context);
    expect(failed(report)).toEqual(["originality"]);
    expect(report.issues.find((i) => i.category === "originality")).toMatchObject({
      code: "copied_passage",
      severity: "critical",
      auto_fixable: false,
    });
  });

  it("does not count a statutory warning shared with the target page as copied", () => {
    const warning = "Your home may be repossessed if you do not keep up repayments on your mortgage.";
    const withWarning = { ...context, sourceTexts: [`Fixed rates for first-time buyers. ${warning}`] };
    expect(
      runQc(write({ closing: `${warning} ${sentences(4)}` }), withWarning).checks.originality?.passed,
    ).toBe(true);
    const copied =
      "Fixed rates for first-time buyers who want one predictable payment every month for five years.";
    const source = { ...context, sourceTexts: [`${copied} ${warning}`] };
    expect(runQc(write({ closing: `${copied} ${sentences(4)}` }), source).checks.originality?.passed).toBe(
      false,
    );
  });

  it("measures readability (Flesch for English, LIX for Swedish) as a warning that never decides the verdict", () => {
    const english = runQc(write(), context);
    expect(typeof english.checks.readability?.flesch).toBe("number");
    expect(
      english.issues.filter((i) => i.category === "readability").every((i) => i.severity === "low"),
    ).toBe(true);

    const swedish =
      "Det här är en kort text på svenska. Vi skriver den för att mäta läsbarheten. " +
      "Långa ord som projektledningsverktyg gör texten svårare att läsa för de flesta.";
    const report = runQc(swedish, { ...context, language: "sv" });
    expect(report.checks.readability?.lix).toBeGreaterThan(0);
    expect(report.checks.language?.detected).toBe("sv");
  });

  it("gives every issue the check, severity and fixability its code stands for", () => {
    const reports = [
      runQc(write({ sectionCount: 2, paragraphsPerSection: 1, anchorSection: 1 }), context),
      runQc(write({ anchorLink: ANCHOR }), { ...context, language: "sv" }),
      runQc(write({ extraIntro: "See also [a rival](https://www.rivaltools.com/pricing)." }), context),
    ];
    const issues = reports.flatMap((r) => r.issues);
    expect(new Set(issues.map((i) => i.code)).size).toBeGreaterThan(5);
    for (const issue of issues) {
      const kind = qcIssueKinds[issue.code];
      expect(issue).toMatchObject({ category: kind.category, severity: kind.severity });
      if (kind.repair === null)
        expect(issue).toMatchObject({ auto_fixable: false, action: expect.any(String) });
    }
  });

  it("takes a link whose text differs from the anchor only in case and spacing as the anchor", () => {
    const report = runQc(write({ anchorLink: `[Best  Project\nManagement TOOLS](${TARGET})` }), context);
    expect(report.checks.anchor_link).toMatchObject({ passed: true, count: 1 });
    expect(report.checks.anchor_placement?.passed).toBe(true);
    expect(report.checks.lsi_coverage?.passed).toBe(true);
    expect(report.checks.anchor_naturalness).toMatchObject({ passed: true, score: 10 });
  });

  it("fails anchor_naturalness when the anchor phrase is stuffed into the text (more than 2 times)", () => {
    const stuffed = write({ extraIntro: `The ${ANCHOR} matter. Many ${ANCHOR.toUpperCase()} exist.` });
    const report = runQc(stuffed, context);
    expect(report.checks.anchor_naturalness).toMatchObject({ passed: false, occurrences: 3 });
    expect(report.checks.anchor_naturalness?.score).toBeLessThan(7);
    expect(report.issues.map((i) => i.code)).toContain("anchor_phrase_repeated");
    const twice = runQc(write({ extraIntro: `The ${ANCHOR} matter.` }), context);
    expect(twice.checks.anchor_naturalness).toMatchObject({ passed: true, occurrences: 2 });
  });

  it.each([
    ["https://bank.example/sparkonto", "bästa räntan på sparkontot", "finance"],
    ["https://bank.example/lana", "billiga bolån", "finance"],
    ["https://bank.example/", "high-interest savings accounts", "finance"],
    ["https://bank.example/", "compare mortgages", "finance"],
    ["https://bank.example/", "pensionssparande för egenföretagare", "finance"],
    ["https://insure.example/", "cheap car insurance", "insurance"],
    ["https://clinic.example/", "behandling av ryggont", "health"],
    ["https://law.example/", "advokat vid skilsmässa", "legal"],
    ["https://coins.example/", "köpa kryptovalutor", "crypto"],
    ["https://play.example/", "nya spelbolagen", "gambling"],
  ])("detects the regulated vertical of %s with anchor %s (%s)", (url, anchor, vertical) => {
    const report = runQc(write(), { ...context, targetUrl: url, anchorText: anchor });
    expect(report.checks.compliance?.verticals).toContain(vertical);
    expect(report.issues.map((i) => i.code)).toContain("disclaimer_missing");
  });

  it("asks insurance for insurance wording, not a loan warning, and injects that in both languages", () => {
    const insurance = { ...context, targetUrl: "https://insure.example/", anchorText: "cheap car insurance" };
    const loanWarning = runQc(
      write({ closing: "This is not financial advice. Borrowing and investing involve risk." }),
      insurance,
    );
    expect(loanWarning.checks.compliance).toMatchObject({ verticals: ["insurance"], missing: ["insurance"] });
    for (const closing of [
      "This is general information, not insurance advice: read the policy terms before you buy.",
      "Läs alltid förköpsinformationen och försäkringsvillkoren innan du tecknar.",
    ]) {
      expect(runQc(write({ closing }), insurance).checks.compliance, closing).toMatchObject({ passed: true });
    }
    for (const language of ["sv", "en"]) {
      const text = disclaimerFor(defaultQcSettings.verticals, "insurance", language) ?? "";
      expect(text).not.toMatch(/lån|loan|borrow|invest/i);
      const injected = runQc(write({ closing: text }), insurance);
      expect(injected.checks.compliance, language).toMatchObject({ passed: true });
    }
  });

  it("detects a vertical from the target page's title and headings, and not for an ordinary order", () => {
    const page = {
      title: "Bolån med låg ränta",
      description: null,
      headings: ["Så fungerar bolånet"],
      topics: [],
    };
    expect(runQc(write(), { ...context, targetPage: page }).checks.compliance?.verticals).toEqual([
      "finance",
    ]);
    expect(runQc(write(), context).checks.compliance?.verticals).toEqual([]);
  });

  it("counts Swedish public bodies and English public-sector domains as T1 sources", () => {
    for (const url of [
      "https://www.spelinspektionen.se/",
      "https://www.1177.se/",
      "https://www.regionstockholm.se/",
      "https://www.forsakringskassan.se/",
      "https://www.nhs.uk/conditions/",
      "https://www.ons.gov.uk/",
      "https://www.bankofengland.co.uk/",
      "https://www.ox.ac.uk/",
    ]) {
      const report = runQc(
        write({ sources: `${sentences(3)} Figures from [the agency](${url}) agree. ${sentences(1)}` }),
        context,
      );
      expect(report.checks.trust_sources, url).toMatchObject({ passed: true, tiers: { T1: 1 } });
    }
  });

  it("judges intent from the target page without SERP research, and says so", () => {
    const targetPage = {
      title: "TaskFlow – project management tools for small teams",
      description: "Plan projects, share tasks and hit every deadline.",
      headings: ["Why teams choose TaskFlow"],
      topics: context.topicTerms ?? [],
    };
    const light = { ...context, intent: undefined, targetPage };
    const report = runQc(write(), light);
    expect(report.checks.intent_alignment).toMatchObject({ passed: true, basis: "target_page" });
    const serp = runQc(write(), { ...context, serpResearched: true });
    expect(serp.checks.intent_alignment).toMatchObject({ basis: "serp" });
    const offTopic = runQc(
      write().replace(
        "# How to compare project management software for a small team",
        "# Baking sourdough at home",
      ),
      { ...light, topicTerms: ["sourdough", "flour", "starter", "oven", "crust"], anchorText: ANCHOR },
    );
    expect(offTopic.checks.intent_alignment?.passed).toBe(false);
  });

  it("reads a Swedish compound anchor as used again when the article uses its parts", () => {
    const markdown =
      "# Renovera badrummet\n\nVi renoverade vårt badrum i våras.\n\n## Så gick det\n\n" +
      "En [badrumsrenovering](https://bygg.example/badrum) tar tid. Renoveringen blev bra till slut.\n";
    const sv = {
      ...context,
      language: "sv",
      anchorText: "badrumsrenovering",
      targetUrl: "https://bygg.example/badrum",
    };
    expect(runQc(markdown, sv).checks.intent_alignment?.bridge).toBe(1);
  });

  it("reads a part written out alone, or a hyphenated word's head, as using the anchor word again", () => {
    const sv = {
      ...context,
      language: "sv",
      anchorText: "valpfoder",
      targetUrl: "https://hund.example/valp",
    };
    const valp =
      "# Valpens mat\n\nVi bytte foder i våras.\n\n## Så gick det\n\n" +
      "Ett bra [valpfoder](https://hund.example/valp) gör skillnad för magen.\n";
    expect(runQc(valp, sv).checks.intent_alignment?.bridge).toBe(1);
    const en = { ...context, anchorText: "bike D-locks", targetUrl: "https://locks.example/d" };
    const locks =
      "# Locking up\n\nA heavy lock keeps a bike safe in town.\n\n## How\n\n" +
      "Many riders buy [bike D-locks](https://locks.example/d) for the city.\n";
    expect(runQc(locks, en).checks.intent_alignment?.bridge).toBe(1);
  });

  it("fails intent when only the link's paragraph is about the target, however many stray topic words", () => {
    const target = "https://wagbowl.example/grain-free";
    const gardening = [
      "# Planning a winter vegetable bed",
      "",
      "Kale, leeks and parsnips carry a northern plot through the cold months with little fuss at all.",
      "",
      "## Choosing what to grow",
      "",
      "Hardy greens cope with frost, and dry autumn weeks are the right time to clear the summer beds.",
      "",
      "## Sharing the plot with a dog",
      "",
      `Our dog digs wherever the soil is loose. Like many owners we feed him [grain-free dog food](${target}), since dry kibble with chicken suits dogs with sensitive stomachs. Wet food with salmon works too.`,
      "",
      "A low fence around the beds kept him off the seedlings, and a dog is good company while weeding.",
      "",
      "## Protecting plants",
      "",
      "Fleece keeps the worst wet weather off the leaves, and straw around the stems stops the ground freezing hard.",
      "",
      "## Harvesting",
      "",
      "Leeks can stay in the ground until March, and parsnips taste sweeter after a frost. Store the food you lift in a cool shed.",
      "",
    ].join("\n");
    const light = {
      ...context,
      anchorText: "grain-free dog food",
      targetUrl: target,
      intent: undefined,
      topicTerms: ["dog food", "grain-free", "dog", "dry kibble", "wet food", "sensitive stomachs"],
    };
    const page = {
      title: "Grain-Free Dog Food",
      description: null,
      headings: ["Dry kibble and wet food"],
      topics: [],
    };
    const vocabulary = [
      "grain-free",
      "dog",
      "food",
      "dry",
      "kibble",
      "wet",
      "chicken",
      "salmon",
      "lamb",
      "sensitive",
      "stomachs",
    ];
    // Each section names a word of the page ("dry", "dog", "wet", "food"), but only the link's paragraph is about it.
    const report = runQc(gardening, { ...light, targetPage: { ...page, vocabulary } });
    expect(report.checks.intent_alignment).toMatchObject({ passed: false, level: "fail" });
    expect(report.checks.intent_alignment?.spread).toBeLessThan(0.5);
  });

  it("judges intent on a thin target page (a product listing) from its title, headings and the anchor", () => {
    const url = "https://www.fjallbutiken.se/vandringskangor";
    const thin: QcContextInput = {
      publisherDomain: "friluftsliv.se",
      targetUrl: url,
      anchorText: "vandringskängor",
      language: "sv",
      // What a listing yields: product names and shop words, which a good article need not repeat.
      topicTerms: ["vandringskängor", "lundhags tested", "meindl bhutan", "hanwag tatra", "visar produkter"],
      targetPage: {
        title: "Vandringskängor | Fjällbutiken",
        description: "Vandringskängor för fjäll och skog.",
        headings: ["Vandringskängor"],
        topics: [],
        vocabulary: [
          "vandringskängor",
          "fjäll",
          "skog",
          "visar",
          "produkter",
          "sortera",
          "pris",
          "lundhags",
          "meindl",
        ],
      },
    };
    const section = (heading: string, text: string) => [`## ${heading}`, "", text, ""];
    const boots = [
      "# Så väljer du kängor för fjällvandring",
      "",
      "Ett par bra kängor är det viktigaste du köper inför en vandring i fjällen.",
      "",
      ...section(
        "Skinn eller syntet",
        "En känga i skinn är tyngre, men kängor i syntet torkar sämre på en lång tur.",
      ),
      ...section(
        "Passform",
        `Prova [vandringskängor](${url}) på eftermiddagen. Hälen ska sitta still. Tårna får inte slå i.\n\nKängor ska kännas rymliga vid tårna.`,
      ),
      ...section("Sula och skaft", "En styv sula på kängorna skyddar foten på sten och i branta partier."),
      ...section("Skötsel", "Låt kängorna torka i rumstemperatur och vaxa skinnet efter turen."),
    ].join("\n");
    const good = runQc(boots, thin);
    expect(good.checks.intent_alignment).toMatchObject({ passed: true, thin_target: true, level: "aligned" });
    const insurance = [
      "# Så fungerar hemförsäkringen",
      "",
      "Nästan alla hushåll har en hemförsäkring, men få har läst villkoren.",
      "",
      ...section("Egendomsskydd", "Försäkringen ersätter möbler och kläder vid brand och inbrott."),
      ...section(
        "Resor",
        `Reseskyddet gäller även på fjället, där [vandringskängor](${url}) kan stjälas ur en stuga. Självrisken är densamma. Anmäl stölden till polisen.\n\nSpara kvittot på dyra saker.`,
      ),
      ...section("Ansvar", "Ansvarsskyddet betalar om du av misstag skadar någon annans egendom."),
      ...section("Självrisk", "En högre självrisk ger en lägre premie men mer att betala vid skada."),
    ].join("\n");
    const off = runQc(insurance, thin);
    expect(off.checks.intent_alignment).toMatchObject({ passed: false, thin_target: true });
    expect(off.issues.map((i) => i.code)).toContain("intent_mismatch");
  });

  it("lets readability lower the score a little but never decide the verdict", () => {
    const clean = runQc(write(), context);
    const strict = {
      ...defaultQcSettings,
      readability: { ...defaultQcSettings.readability, fleschMin: 99, fleschMax: 100 },
      passScore: clean.score - 0.5,
    };
    const report = runQc(write(), context, strict);
    expect(report.checks.readability?.passed).toBe(false);
    expect(report.score).toBeLessThan(clean.score);
    expect(report.score).toBeLessThan(strict.passScore);
    expect(report.status).toBe("PASS");
    expect(report.issues.find((i) => i.category === "readability")?.severity).toBe("low");
  });

  it("computes LIX as defined: words per sentence plus the share of words over six letters", () => {
    const text = "Jag cyklar till jobbet varje dag. Elcykeln är snabb och bekväm på morgonen.";
    // 13 words in 2 sentences; "elcykeln" and "morgonen" have more than six letters.
    const report = runQc(text, { ...context, language: "sv" });
    expect(report.checks.readability?.lix).toBe(Math.round((13 / 2 + (100 * 2) / 13) * 10) / 10);
  });

  it("fails the verdict on any failing check, medium ones included, but never on readability alone", () => {
    // Every check is a requirement of a delivered article (QC.md); a medium ai_tells issue alone is FAIL.
    const phrased = runQc(
      write({ closing: "In conclusion, the best tool is the one your team will use." }),
      context,
    );
    expect(failed(phrased)).toEqual(["ai_tells"]);
    expect(phrased.score).toBeGreaterThanOrEqual(defaultQcSettings.passScore);
    expect(phrased.status).toBe("FAIL");
    const lenient = { ...defaultQcSettings, blockingSeverities: ["critical" as const, "high" as const] };
    expect(
      runQc(
        write({ closing: "In conclusion, the best tool is the one your team will use." }),
        context,
        lenient,
      ).status,
    ).toBe("PASS");
  });

  it("flags stock AI phrases and one opener across paragraphs as a medium, fixable ai_tells issue", () => {
    const clean = runQc(write(), context);
    expect(clean.checks.ai_tells).toMatchObject({ passed: true, count: 0 });
    const phrased = runQc(
      write({
        closing: "In conclusion, it's important to note that the best tool is the one your team will use.",
      }),
      context,
    );
    expect(phrased.checks.ai_tells).toMatchObject({
      passed: false,
      phrases: ["it's important to note", "in conclusion"],
    });
    expect(phrased.issues.find((i) => i.category === "ai_tells")).toMatchObject({
      code: "ai_tells",
      severity: "medium",
      auto_fixable: true,
    });
    const openers = runQc(
      write({
        closing: "Moreover, teams grow.\n\nMoreover, budgets change over time.\n\nMoreover, people move on.",
      }),
      context,
    );
    expect(openers.checks.ai_tells).toMatchObject({ passed: false, repeated_openers: ["moreover"] });
    expect(openers.checks.ai_tells?.sentences).toHaveLength(3);
    const swedish = runQc(
      "I dagens snabba värld är det viktigt att notera allt. Sammanfattningsvis gick det bra.",
      {
        ...context,
        language: "sv",
      },
    );
    expect(swedish.checks.ai_tells?.phrases).toEqual(["i dagens snabba värld", "sammanfattningsvis"]);
  });
  it("judges anchor_off_topic on the terms lsi_coverage counts, within a sentence of the link", () => {
    // A one-word anchor that is the topic: the only topic term is the anchor itself, the page's words do the rest.
    const url = "https://www.tryggahem.se/hemforsakring";
    const home: QcContextInput = {
      publisherDomain: "boguiden.se",
      targetUrl: url,
      anchorText: "hemförsäkring",
      language: "sv",
      topicTerms: ["hemförsäkring"],
      targetPage: {
        title: "Hemförsäkring",
        description: null,
        headings: [],
        topics: [],
        vocabulary: ["hemförsäkring", "försäkringsbelopp", "postnummer", "boyta", "självrisk"],
      },
    };
    const doc = (linkParagraph: string) =>
      ["# Hemförsäkring", "", "Inledning om boende.", "", "## Del", "", linkParagraph, "", "Slut."].join(
        "\n",
      );
    const onTopic = runQc(
      doc(
        `Hos TryggaHem tecknar du en [hemförsäkring](${url}) på några minuter. Priset räknas fram efter postnummer och boyta.`,
      ),
      home,
    );
    expect(onTopic.issues.map((i) => i.code)).not.toContain("anchor_off_topic");
    expect(onTopic.checks.anchor_naturalness).toMatchObject({ score: 10 });
    const offTopic = runQc(
      doc(`Hos TryggaHem tecknar du en [hemförsäkring](${url}) på några minuter. Solen sken över sjön.`),
      home,
      { ...defaultQcSettings, naturalnessPass: 8 },
    );
    expect(offTopic.issues.map((i) => i.code)).toContain("anchor_off_topic");
  });
  it("counts only configured discourse openers as a repeated-opener tell, never a subject", () => {
    const subject = runQc(
      write({
        closing:
          "Standing desks cost more than fixed ones.\n\nStanding desks need a level floor.\n\nStanding desks last for years.",
      }),
      context,
    );
    expect(subject.checks.ai_tells).toMatchObject({ passed: true, repeated_openers: [] });
    const swedish = runQc(
      "# Altan\n\nDessutom är virket viktigt.\n\nDessutom spelar läget roll.\n\nDessutom kostar det.",
      { ...context, language: "sv" },
    );
    expect(swedish.checks.ai_tells).toMatchObject({ passed: false, repeated_openers: ["dessutom"] });
  });

  it("takes only clear Swedish tells, not ordinary uses of the same words", () => {
    const sv = { ...context, language: "sv" };
    const ordinary = runQc(
      "# Bad\n\nBarnen får dyka ner i poolen efter lunch. Det är ett bevis på att de kan simma.",
      sv,
    );
    expect(ordinary.checks.ai_tells).toMatchObject({ passed: true, phrases: [] });
    const tells = runQc("# Bad\n\nLåt oss dyka ner i frågan. Vi ska dyka djupare i detaljerna.", sv);
    expect(tells.checks.ai_tells?.phrases).toEqual(["låt oss dyka ner", "dyka djupare i"]);
  });
});
