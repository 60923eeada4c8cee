import { describe, expect, it } from "vitest";
import {
  defaultQcSettings,
  type QcContext,
  type QcIssueCode,
  type QcSettings,
  qcContextSchema,
  qcIssueKinds,
  rescueActions,
  rescueRound,
  runQc,
  type WritingTask,
} from "../src";
import { fillerSentences } from "./fixtures/english-filler";

const TARGET = "https://example.com/product";
const ANCHOR = "project management tools";

const context: QcContext = qcContextSchema.parse({
  publisherDomain: "worklife.example",
  targetUrl: TARGET,
  anchorText: ANCHOR,
  language: "en",
  intent: "commercial",
  topicTerms: ["project management", "team", "deadline", "collaboration", "workflow", "planning"],
  trustCandidates: ["https://www.bls.gov/ooh/"],
});

const sentences = fillerSentences();

/** The paragraph QC wants around the link: three sentences, the topic terms, no other link. */
const anchorParagraph = (link = `[${ANCHOR}](${TARGET})`) =>
  `A team planning its work often compares the best ${link} for project management in small companies. ` +
  "A good tool keeps the team, each deadline and the planning of tasks in one place. " +
  "Collaboration improves when the workflow in the software matches how people already work.";

const sourceParagraph = () =>
  `${sentences(3)} Official figures from the [Bureau of Labor Statistics](https://www.bls.gov/ooh/) show how common project work has become.`;

/** A clean article: intro, `sections` H2 sections of three paragraphs, the anchor in the second section. */
function article(
  options: { sections?: number; paragraphs?: number; intro?: string; anchor?: string } = {},
): string {
  sentences.restart();
  const out = ["# How to compare project management software for a small team", ""];
  out.push(options.intro ?? sentences(5), "", sentences(5), "");
  const headings = [
    "Start with the workflow",
    "Compare the options",
    "Make collaboration easy",
    "Keep it honest",
  ];
  for (let s = 0; s < (options.sections ?? 4); s++) {
    out.push(`## ${headings[s]}`, "");
    for (let p = 0; p < (options.paragraphs ?? 3); p++) {
      if (s === 1 && p === 0) out.push(options.anchor ?? anchorParagraph(), "");
      else if (s === 0 && p === 1) out.push(sourceParagraph(), "");
      else out.push(sentences(6), "");
    }
  }
  out.push(`In the end, the best tool is the one your team will use. ${sentences(3)}`, "");
  return out.join("\n");
}

const codes = (markdown: string, settings: QcSettings = defaultQcSettings) =>
  runQc(markdown, context, settings)
    .issues.filter((i) => i.category !== "readability")
    .map((i) => i.code);

/** A model that answers only the task under test, and records every call. */
function fakeModel(answers: Partial<Record<WritingTask["task"], (task: WritingTask) => string>>) {
  const calls: WritingTask[] = [];
  const write = async (task: WritingTask) => {
    calls.push(task);
    const answer = answers[task.task];
    if (!answer) throw new Error(`unexpected ${task.task} call`);
    return answer(task);
  };
  return { calls, write };
}

async function rescue(
  markdown: string,
  write: (task: WritingTask) => Promise<string>,
  settings = defaultQcSettings,
) {
  return rescueRound({
    markdown,
    report: runQc(markdown, context, settings),
    context,
    settings,
    write,
    round: 1,
  });
}

describe("RESCUE repairs", () => {
  it("the clean article used below passes QC", () => {
    expect(codes(article())).toEqual([]);
  });

  it("add_section adds an H2 section when the article has too few", async () => {
    const before = article({ sections: 2, paragraphs: 6 });
    expect(codes(before)).toEqual(["sections_few"]);
    const model = fakeModel({
      add_section: () => `## What teams learn along the way\n\n${sentences(6)}\n\n${sentences(6)}`,
    });
    const { markdown, entries } = await rescue(before, model.write);
    expect(model.calls.map((c) => c.task)).toEqual(["add_section"]);
    expect(entries).toEqual([
      expect.objectContaining({
        round: 1,
        action: "add_section",
        issue: "Too few H2 sections (2, minimum 3)",
      }),
    ]);
    expect(codes(markdown)).toEqual([]);
    // The new section goes before the last one, so the anchor stays in a middle section.
    expect(markdown.indexOf("## What teams learn")).toBeLessThan(markdown.indexOf("## Compare the options"));
  });

  it("place_anchor moves a link out of the first paragraph into a middle section, once", async () => {
    const before = article({
      intro: `${sentences(2)} Many teams compare [${ANCHOR}](${TARGET}) for project management, planning, collaboration, workflow and every deadline of the team. ${sentences(2)}`,
      anchor: anchorParagraph(ANCHOR),
    });
    expect(codes(before)).toEqual(["anchor_position_first"]);
    const model = fakeModel({ place_anchor: () => anchorParagraph() });
    const { markdown, entries } = await rescue(before, model.write);
    expect(model.calls).toEqual([
      expect.objectContaining({
        task: "place_anchor",
        paragraph: anchorParagraph(ANCHOR),
      }),
    ]);
    expect(entries).toEqual([
      expect.objectContaining({
        action: "place_anchor",
        issue: "The anchor is in the first paragraph; it belongs in the middle",
        after: expect.stringContaining(`[${ANCHOR}](${TARGET})`),
      }),
    ]);
    expect(codes(markdown)).toEqual([]);
    expect(markdown.split(`](${TARGET})`)).toHaveLength(2);
  });

  it("vary_phrase rewords the repeated anchor phrase outside the anchor's paragraph", async () => {
    // Strict enough that the repetition alone fails naturalness (10 - 3 = 7 < 8).
    const strict = { ...defaultQcSettings, naturalnessPass: 8 };
    const repeat = `Choosing ${ANCHOR} is hard, and ${ANCHOR} differ a lot.`;
    const before = article().replace("## Keep it honest\n\n", `## Keep it honest\n\n${repeat} `);
    const more = before.replace("## Make collaboration easy\n\n", `## Make collaboration easy\n\n${repeat} `);
    expect(codes(more, strict)).toEqual(["anchor_phrase_repeated"]);
    const model = fakeModel({
      vary_phrase: (task) =>
        task.task === "vary_phrase" ? task.paragraph.replaceAll(ANCHOR, "such apps") : "",
    });
    const { markdown, entries } = await rescue(more, model.write, strict);
    expect(model.calls).toHaveLength(2);
    expect(entries.map((e) => e.action)).toEqual(["vary_phrase", "vary_phrase"]);
    expect(entries[0]?.issue).toMatch(/exact anchor phrase appears 5 times/);
    expect(codes(markdown, strict)).toEqual([]);
    // The link's own paragraph keeps the phrase.
    expect(markdown).toContain(anchorParagraph());
  });

  it("reword_sentences rewords only the sentences with AI tells, one focused call each", async () => {
    const tell = "In conclusion, it's important to note that the best tool is the one your team will use.";
    const before = article().replace("In the end, the best tool is the one your team will use.", tell);
    expect(codes(before)).toEqual(["ai_tells"]);
    const model = fakeModel({
      vary_phrase: (task) =>
        task.task === "vary_phrase" && task.paragraph === tell
          ? "The best tool is simply the one your team will open every day."
          : "unexpected",
    });
    const { markdown, entries } = await rescue(before, model.write);
    expect(model.calls).toEqual([
      { task: "vary_phrase", paragraph: tell, phrase: 'it\'s important to note" or "in conclusion' },
    ]);
    expect(entries).toEqual([
      expect.objectContaining({
        action: "reword_sentences",
        before: tell,
        after: expect.stringMatching(/^The best/),
      }),
    ]);
    expect(markdown.replace("The best tool is simply the one your team will open every day.", tell)).toBe(
      before,
    );
    expect(codes(markdown)).toEqual([]);
  });

  it("reword_sentences keeps the original paragraph when the rewording changes a link", async () => {
    const tell = (n: number) => `Moreover, ${n} teams compare tools before they buy.`;
    const linked = (link: string) =>
      `Moreover, a team planning its work often compares the best ${link} for project management in small companies. ` +
      "A good tool keeps the team, each deadline and the planning of tasks in one place. " +
      "Collaboration improves when the workflow in the software matches how people already work.";
    const before = article({ anchor: linked(`[${ANCHOR}](${TARGET})`) })
      .replace("In the end, the best tool", `${tell(1)} In the end, the best tool`)
      .replace(/^## Keep it honest\n\n/m, `## Keep it honest\n\n${tell(2)} `);
    expect(runQc(before, context).checks.ai_tells?.repeated_openers).toEqual(["moreover"]);
    const model = fakeModel({
      // The model rewords the linked paragraph but drops the link's href to another page.
      vary_phrase: (task) =>
        task.task === "vary_phrase"
          ? task.paragraph.replace(/^Moreover, /, "").replace(`(${TARGET})`, "(https://example.com/other)")
          : "",
    });
    const { markdown, entries } = await rescue(before, model.write);
    expect(markdown).toContain(`[${ANCHOR}](${TARGET})`);
    expect(markdown).not.toContain("https://example.com/other");
    expect(entries.filter((e) => e.after.startsWith("unchanged: the rewording changed a link"))).toHaveLength(
      1,
    );
  });

  it("has a repair for every action a fixable issue code names", () => {
    const named = new Set(Object.values(qcIssueKinds).flatMap((k) => (k.repair ? [k.repair] : [])));
    expect([...named].sort()).toEqual([...rescueActions].sort());
    const unfixable: QcIssueCode[] = [
      "language_mismatch",
      "copied_passage",
      "competitor_linked",
      "anchor_spammy",
    ];
    for (const code of unfixable) expect(qcIssueKinds[code].repair).toBeNull();
  });

  it("decides on the issue code, whatever the message says", async () => {
    // The link's sentence names no topic term; strict settings (that sentence alone, a higher pass mark)
    // make that alone fail naturalness.
    const strict = { ...defaultQcSettings, naturalnessPass: 8, naturalnessWindowSentences: 0 };
    const offTopic = anchorParagraph().replace(
      /^[^.]*\./,
      `Many readers like the [${ANCHOR}](${TARGET}) a lot.`,
    );
    const before = article({ anchor: offTopic });
    expect(codes(before, strict)).toEqual(["anchor_off_topic"]);
    const report = runQc(before, context, strict);
    const reworded = {
      ...report,
      issues: report.issues.map((i) => ({ ...i, message: "Länken passar inte in i meningen" })),
    };
    const model = fakeModel({ place_anchor: () => anchorParagraph() });
    const { markdown, entries } = await rescueRound({
      markdown: before,
      report: reworded,
      context,
      settings: strict,
      write: model.write,
      round: 1,
    });
    expect(entries.map((e) => [e.action, e.issue])).toEqual([
      ["place_anchor", "Länken passar inte in i meningen"],
    ]);
    expect(codes(markdown, strict)).toEqual([]);
  });
});
