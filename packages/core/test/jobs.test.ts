import { describe, expect, it } from "vitest";
import {
  type Article,
  blocksOf,
  defaultQcSettings,
  type QcReport,
  qcIssue,
  renderArticleHtml,
  rescuable,
  rescueRound,
  runQc,
  sectionsOf,
  unlink,
  type WritingTask,
} from "../src";

const article = (content: string): Article => ({
  title: "A <title> & more",
  content,
  word_count: 10,
  backlink: { anchor_text: "x", target_url: "https://example.com/", position: null },
});

describe("article HTML", () => {
  it("renders Markdown and strips anything executable", () => {
    const html = renderArticleHtml(
      article(
        [
          "# Title",
          "",
          "A [good link](https://example.com/a) and a [bad one](javascript:alert(1)).",
          "",
          "<script>alert('x')</script>",
          "",
          '<img src="x" onerror="alert(1)">',
          "",
          "[data](data:text/html;base64,PHNjcmlwdD4=) and ![pic](https://example.com/p.png)",
        ].join("\n"),
      ),
    );
    expect(html).toContain('<a href="https://example.com/a">good link</a>');
    expect(html).toContain("<title>A &lt;title&gt; &amp; more</title>");
    expect(html).not.toMatch(/<script|onerror|javascript:|data:text/i);
    expect(html).toContain("<h1>Title</h1>");
  });
});

describe("Markdown editing", () => {
  const md =
    "# T\n\nIntro [a](https://t.example/x).\n\n## One\n\nP1 [b](https://t.example/x/) here.\n\n## Two\n\nP2.\n";
  it("finds sections by their source ranges and unlinks the target everywhere", () => {
    const sections = sectionsOf(md);
    expect(sections.map((s) => s.heading.text)).toEqual(["One", "Two"]);
    expect(md.slice(sections[0]?.heading.start, sections[0]?.end)).toBe(
      "## One\n\nP1 [b](https://t.example/x/) here.",
    );
    expect(unlink(md, "https://t.example/x")).toBe(
      "# T\n\nIntro a.\n\n## One\n\nP1 b here.\n\n## Two\n\nP2.\n",
    );
    expect(blocksOf(md).map((b) => b.kind)).toEqual([
      "h1",
      "paragraph",
      "h2",
      "paragraph",
      "h2",
      "paragraph",
    ]);
  });
});

describe("RESCUE", () => {
  const context = {
    publisherDomain: "casino-news.example",
    targetUrl: "https://example.com/casino",
    anchorText: "online casino bonus",
    language: "en",
  };
  it("injects the missing disclaimer deterministically and records it", async () => {
    const markdown = "# Title\n\n## A\n\nSome text about games.\n";
    const report = runQc(markdown, context);
    expect(report.issues.some((i) => i.category === "compliance")).toBe(true);
    const calls: WritingTask[] = [];
    const { markdown: after, entries } = await rescueRound({
      markdown,
      report: { ...report, issues: report.issues.filter((i) => i.category === "compliance") },
      context: { ...context, topicTerms: [], competitorDomains: [], trustCandidates: [], sourceTexts: [] },
      settings: defaultQcSettings,
      write: async (task) => {
        calls.push(task);
        return "";
      },
      round: 1,
    });
    expect(calls).toEqual([]);
    expect(after).toContain("18+ | Play responsibly | BeGambleAware.org");
    expect(entries).toEqual([
      {
        round: 1,
        action: "inject_disclaimer",
        issue: "A gambling topic needs its disclaimer",
        before: "",
        after: "*18+ | Play responsibly | BeGambleAware.org*",
      },
    ]);
    expect(runQc(after, context).checks.compliance?.passed).toBe(true);
  });

  it("is not attempted when a critical or high blocking issue cannot be fixed", () => {
    const issue = (code: "language_mismatch" | "anchor_missing" | "intent_partial", fixable: boolean) => ({
      ...qcIssue(code, code),
      auto_fixable: fixable,
    });
    const report = (issues: QcReport["issues"]): QcReport => ({
      status: "FAIL",
      score: 40,
      checks: {} as QcReport["checks"],
      issues,
    });
    expect(rescuable(report([issue("anchor_missing", true)]))).toBe(true);
    expect(rescuable(report([issue("anchor_missing", true), issue("language_mismatch", false)]))).toBe(false);
    expect(rescuable(report([]))).toBe(false);
    // An unfixable medium issue (intent_partial) blocks delivery but not rescue: a round still repairs the rest.
    expect(rescuable(report([issue("anchor_missing", true), issue("intent_partial", false)]))).toBe(true);
    // Nothing fixable: nothing to do.
    expect(rescuable(report([issue("intent_partial", false)]))).toBe(false);
    // A deployment that counts medium among the rescue stoppers skips it.
    const strict = {
      ...defaultQcSettings,
      rescueStoppers: ["critical", "high", "medium"] as ("critical" | "high" | "medium")[],
    };
    expect(rescuable(report([issue("anchor_missing", true), issue("intent_partial", false)]), strict)).toBe(
      false,
    );
  });
});
