import { describe, expect, it } from "vitest";
import {
  batchAnchorReport,
  batchAnchorsReportSchema,
  defaultPrices,
  defaultQcSettings,
  type FootprintSibling,
  footprintBaseline,
  type JobAdvance,
  type JobCheckpoint,
  type JobRecord,
  type JobResearch,
  type LlmClient,
  measureFootprint,
  type PipelineDeps,
  promptPart,
  type QcSettings,
  qcContextSchema,
  qcSettingsSchema,
  rescueRound,
  runJob,
  runQc,
  sameTargetUrls,
  sectionsToRewrite,
  taskOfPrompt,
  unlink,
  type WritingTask,
  withFootprint,
} from "../src";
import {
  ANCHOR,
  first,
  independent,
  oneSectionCopied,
  SOURCE,
  TARGET,
  templated,
} from "./fixtures/batch-articles";
import { jobRepositoryWith } from "./fixtures/job-repository";

const sibling = (content: string, job_id = "job_first", target_url = TARGET): FootprintSibling => ({
  job_id,
  target_url,
  content,
});

const baselineOf = (...siblings: FootprintSibling[]) => footprintBaseline(TARGET, siblings);

const context = qcContextSchema.parse({
  publisherDomain: "worklife.example",
  targetUrl: TARGET,
  anchorText: ANCHOR,
  language: "en",
  topicTerms: ["project tools", "team", "deadline", "task", "planning", "board"],
  trustCandidates: [SOURCE],
});

/** The fixtures are short articles with few topic terms: QC is lowered to fit them, so footprint is their only issue. */
const qc: QcSettings = qcSettingsSchema.parse({
  wordCount: { min: 300, recommended: 500, max: 2500 },
  lsi: { min: 2 },
});

describe("footprint similarity", () => {
  it("flags an article run through a template, and passes one written independently", () => {
    const baseline = baselineOf(sibling(first));
    const copy = measureFootprint(templated, baseline);
    expect(copy.similarity).toBeGreaterThan(0.8);
    expect(copy.similar_job_id).toBe("job_first");
    const own = measureFootprint(independent, baseline);
    expect(own.similarity).toBeLessThan(0.02);
    expect(own.similarity).toBeLessThan(defaultQcSettings.footprint.maxSimilarity);
  });

  it("compares only with siblings for the same target (as normalised URLs)", () => {
    const other = sibling(first, "job_other", "https://example.org/elsewhere");
    expect(measureFootprint(templated, baselineOf(other)).similarity).toBe(0);
    const sameTarget = sibling(first, "job_www", "https://www.example.com/product/");
    expect(measureFootprint(templated, baselineOf(other, sameTarget)).similar_job_id).toBe("job_www");
  });

  it("looks siblings up by every spelling of the target that names the same page", () => {
    const forms = sameTargetUrls("https://www.example.com/product/?id=7");
    expect(forms.sort()).toEqual(
      [
        "https://example.com/product/?id=7",
        "https://example.com/product?id=7",
        "https://www.example.com/product/?id=7",
        "https://www.example.com/product?id=7",
      ].sort(),
    );
    expect(sameTargetUrls("http://example.com:8080/")).toEqual([
      "http://example.com:8080/",
      "http://www.example.com:8080/",
    ]);
    expect(sameTargetUrls("not a url")).toEqual(["not a url"]);
  });

  it("reports the most similar sibling", () => {
    const result = measureFootprint(
      templated,
      baselineOf(sibling(independent, "job_own"), sibling(first, "job_first")),
    );
    expect(result.similar_job_id).toBe("job_first");
  });

  it("ranks the sections by how much of them the siblings already say", () => {
    const result = measureFootprint(oneSectionCopied, baselineOf(sibling(first)));
    // One section of five copied: the article as a whole is under the threshold...
    expect(result.similarity).toBeLessThan(defaultQcSettings.footprint.maxSimilarity);
    // ...and the copied section comes first, wholly repeated, the others barely.
    expect(result.sections[0]).toMatchObject({ heading: "Getting people to use it", similarity: 1 });
    for (const section of result.sections.slice(1)) expect(section.similarity).toBeLessThan(0.05);
    const [top] = result.sections;
    expect(oneSectionCopied.slice(top?.start, top?.end)).toMatch(
      /^## Getting people to use it\n[\s\S]*nobody trusts any more\.$/,
    );
  });

  it("chooses as few sections to rewrite as bring the similarity under the target", () => {
    const baseline = baselineOf(sibling(first));
    const chosen = sectionsToRewrite(templated, baseline, 0.2);
    const all = measureFootprint(templated, baseline).sections;
    expect(chosen.length).toBeGreaterThan(1);
    expect(chosen.length).toBeLessThan(all.length);
    // Most similar first.
    expect(chosen.map((s) => s.heading)).toEqual(all.slice(0, chosen.length).map((s) => s.heading));
    expect(sectionsToRewrite(independent, baseline, 0.2)).toEqual([]);
  });

  it("turns similarity above the threshold into a blocking, fixable footprint issue", () => {
    const baseline = baselineOf(sibling(first));
    const report = runQc(templated, context, qc);
    expect(report.status).toBe("PASS");
    const judged = withFootprint(report, measureFootprint(templated, baseline), qc.footprint);
    expect(judged.status).toBe("FAIL");
    expect(judged.score).toBe(report.score);
    expect(judged.issues.at(-1)).toMatchObject({
      code: "footprint",
      category: "originality",
      severity: "high",
      auto_fixable: true,
      message: expect.stringContaining("job_first"),
    });
    expect(judged.checks.originality).toMatchObject({
      passed: false,
      footprint: { similarity: expect.any(Number), max_similarity: 0.25, similar_job_id: "job_first" },
    });
    const clean = withFootprint(report, measureFootprint(independent, baseline), qc.footprint);
    expect(clean.status).toBe("PASS");
    expect(clean.issues).toEqual(report.issues);
    expect(clean.checks.originality).toMatchObject({
      passed: true,
      footprint: { similar_job_id: "job_first" },
    });
  });

  it("follows the configured threshold", () => {
    const baseline = baselineOf(sibling(first));
    const lenient = qcSettingsSchema.parse({ footprint: { maxSimilarity: 0.95 } }).footprint;
    const report = runQc(templated, context, qc);
    expect(withFootprint(report, measureFootprint(templated, baseline), lenient).status).toBe("PASS");
  });

  it("measures a job against a hundred siblings in milliseconds", () => {
    const siblings = Array.from({ length: 100 }, (_, i) => sibling(i % 2 ? first : independent, `job_${i}`));
    footprintBaseline(TARGET, siblings); // the siblings' shingles are kept between calls
    const start = performance.now();
    const baseline = footprintBaseline(TARGET, siblings);
    measureFootprint(templated, baseline);
    // Generous for a shared machine; about 5 ms on one core.
    expect(performance.now() - start).toBeLessThan(100);
  });
});

/**
 * A model that rewrites sections with the independent article's text, keeping the links it is given.
 * The independent article's anchor, unlinked, is reworded: kept as plain text beside the link the
 * rewrite keeps, it would repeat the anchor phrase past QC's limit (anchor_naturalness).
 */
function rewriter() {
  const fresh = independent.split(/^## .*$/m).map((part) =>
    unlink(unlink(part.replace(/^# .*$/m, ""), TARGET), SOURCE)
      .replaceAll(ANCHOR, "tools of this kind")
      .trim(),
  );
  const calls: WritingTask[] = [];
  const answer = (task: WritingTask): string => {
    calls.push(task);
    if (task.task === "place_anchor") {
      return `A team planning its work often compares several [${ANCHOR}](${TARGET}) before choosing one. Each task, each deadline and the planning board then live in one place. The team sees at a glance which task is late.`;
    }
    if (task.task !== "rewrite_section") throw new Error(`unexpected ${task.task} call`);
    const body = [fresh[calls.length % fresh.length], fresh[(calls.length + 1) % fresh.length]].join("\n\n");
    const withLinks = task.links.reduce(
      (text, link) =>
        link.includes(TARGET)
          ? `Teams that plan on a shared board often compare several ${link} before they decide. ${text}`
          : `${text} Figures from the ${link} put this in context.`,
      body,
    );
    return task.heading ? `${task.section.split("\n", 1)[0]}\n\n${withLinks}` : withLinks;
  };
  return { calls, write: async (task: WritingTask) => answer(task) };
}

describe("the rewrite_sections repair", () => {
  const baseline = baselineOf(sibling(first));
  const failing = () =>
    withFootprint(runQc(templated, context, qc), measureFootprint(templated, baseline), qc.footprint);

  it("rewrites the most similar sections, keeping the anchor link and the source", async () => {
    const model = rewriter();
    const { markdown, entries } = await rescueRound({
      markdown: templated,
      report: failing(),
      context,
      settings: qc,
      write: model.write,
      round: 1,
      footprint: baseline,
    });
    const rewrites = model.calls.filter((c) => c.task === "rewrite_section");
    expect(rewrites).toHaveLength(sectionsToRewrite(templated, baseline, 0.2).length);
    expect(rewrites).toContainEqual(
      expect.objectContaining({ heading: true, links: [`[${ANCHOR}](${TARGET})`] }),
    );
    expect(entries.filter((e) => e.action === "rewrite_sections")).toHaveLength(rewrites.length);
    expect(measureFootprint(markdown, baseline).similarity).toBeLessThan(qc.footprint.maxSimilarity);
    expect(markdown.split(`[${ANCHOR}](${TARGET})`)).toHaveLength(2);
    expect(markdown).toContain(`](${SOURCE})`);
    // The untouched section and the H2 structure survive.
    expect(markdown).toContain("## A realistic first month");
    expect(markdown.match(/^## /gm)).toHaveLength(4);
  });

  it("leaves a section alone when the rewrite loses its link", async () => {
    const calls: WritingTask[] = [];
    const { markdown, entries } = await rescueRound({
      markdown: templated,
      report: { ...failing(), issues: failing().issues.filter((i) => i.code === "footprint") },
      context,
      settings: qc,
      write: async (task) => {
        calls.push(task);
        return task.task === "rewrite_section" ? unlink(unlink(task.section, TARGET), SOURCE) : "";
      },
      round: 1,
      footprint: baseline,
    });
    const linked = calls.filter((c) => c.task === "rewrite_section" && c.links.length > 0);
    expect(linked.length).toBeGreaterThan(0);
    expect(entries.filter((e) => e.after.startsWith("unchanged:"))).toHaveLength(linked.length);
    expect(markdown.split(`[${ANCHOR}](${TARGET})`)).toHaveLength(2);
    expect(markdown).toContain(`](${SOURCE})`);
  });
});

describe("footprint in the pipeline", () => {
  const research: JobResearch = {
    preflight: {
      target: {
        url: TARGET,
        title: "Project tools",
        h1: "Project tools",
        metaDescription: null,
        mainText: "Project tools for teams.",
        language: "en",
        topics: ["project tools"],
        links: [],
      },
      publisher: { language: "en", tone: "formal", topics: ["work"], url: "https://worklife.example/" },
      language: "en",
      topicTerms: ["project tools"],
      bridge: { strategy: "strong", overlap: 0.2 },
      trustCandidates: [SOURCE],
    },
    qcContext: context,
  };

  function job(batch_id: string | null): JobRecord & { checkpoint: JobCheckpoint } {
    const now = new Date("2026-11-01T00:00:00Z");
    return {
      id: "job_second",
      user_id: "user_1",
      batch_id,
      batch_position: batch_id ? 1 : null,
      publisher_domain: "worklife.example",
      target_url: TARGET,
      anchor_text: ANCHOR,
      options: { llm_provider: "anthropic", strategy: "single_stage", preflight_mode: "light" },
      status: "WRITE",
      progress: 65,
      article: null,
      qc_report: null,
      cost_llm: 0,
      cost_serp: 0,
      max_cost: null,
      estimated_cost: 0,
      error_code: null,
      error_message: null,
      attempts: 1,
      locked_by: "worker-a",
      locked_until: now,
      run_after: now,
      cancel_requested_at: null,
      estimated_completion: null,
      created_at: now,
      updated_at: now,
      completed_at: null,
      checkpoint: { research, draft: templated },
    };
  }

  async function run(batch_id: string | null) {
    const advances: JobAdvance[] = [];
    const asked: [string, string, string[]][] = [];
    const model = rewriter();
    const tasks: string[] = [];
    const jobs = jobRepositoryWith({
      heartbeat: () => Promise.resolve(true),
      // The batch has no cost cap.
      batchBudget: async () => undefined,
      advance: async (_id, _worker, change) => {
        advances.push(change);
        return true;
      },
      deliveredInBatch: async (batchId, exceptJobId, targetUrls) => {
        asked.push([batchId, exceptJobId, targetUrls]);
        return [sibling(first)];
      },
    });
    const llm: LlmClient = {
      provider: "anthropic",
      defaultModel: "claude-test",
      complete: async (request) => {
        const task = taskOfPrompt(request.prompt) ?? "?";
        tasks.push(task);
        const section = promptPart(request.prompt, "section") ?? "";
        const paragraph = promptPart(request.prompt, "paragraph") ?? "";
        const links = [...section.matchAll(/\[[^\]]+\]\([^)]+\)/g)].map((m) => m[0]);
        const content = await model.write(
          task === "rewrite_section"
            ? { task, section, heading: section.startsWith("## "), words: 100, links }
            : { task: "place_anchor", paragraph, terms: [], minTerms: 0 },
        );
        return { content, model: "claude-test", inputTokens: 10, outputTokens: 10 };
      },
    };
    const deps: PipelineDeps = {
      jobs,
      usage: { recordLlm: async () => undefined, recordCaptcha: async () => undefined },
      llm: { anthropic: llm },
      prices: defaultPrices,
      fetcher: { fetch: () => Promise.reject(new Error("a resumed job must not fetch")) },
      preflight: { publisherHome: (domain) => `https://${domain}/` },
      qc,
      clock: { now: () => new Date("2026-11-01T00:00:00Z") },
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
      settings: {
        maxRescueRounds: 2,
        maxAttempts: 3,
        retry: { baseSeconds: 1, capSeconds: 60 },
        maxOutputTokens: 1000,
      },
    };
    await runJob(job(batch_id), "worker-a", deps, new AbortController().signal);
    const states = advances.flatMap((a) => (a.status ? [a.status] : []));
    return { advances, asked, tasks, states, final: advances.at(-1) };
  }

  it("delivers the templated article as it is outside a batch, without reading siblings", async () => {
    const outcome = await run(null);
    expect(outcome.asked).toEqual([]);
    expect(outcome.states).toEqual(["QC", "DELIVER"]);
    expect(outcome.final?.qc_report?.checks.originality).not.toHaveProperty("footprint");
  });

  it("fails QC with `footprint` in a batch, rewrites the most similar sections and delivers", async () => {
    const outcome = await run("batch_1");
    expect(outcome.asked).toEqual([["batch_1", "job_second", sameTargetUrls(TARGET)]]);
    const firstQc = outcome.advances.find((a) => a.status === "QC");
    expect(firstQc?.note).toMatch(/FAIL/);
    expect(outcome.tasks.filter((t) => t === "rewrite_section").length).toBeGreaterThan(0);
    expect(outcome.states).toEqual(["QC", "RESCUE", "QC", "DELIVER"]);
    const report = outcome.final?.qc_report;
    expect(report?.issues.map((i) => i.code)).not.toContain("footprint");
    expect(report?.checks.originality).toMatchObject({
      passed: true,
      footprint: { similar_job_id: "job_first", max_similarity: 0.25 },
    });
    expect(report?.rescue.map((e) => e.action)).toContain("rewrite_sections");
    const article = outcome.final?.article;
    expect(article?.backlink.position).not.toBeNull();
    expect(
      measureFootprint(article?.content ?? "", footprintBaseline(TARGET, [sibling(first)])).similarity,
    ).toBeLessThan(0.25);
  });
});

describe("exact-match anchors across a batch", () => {
  const jobs = [
    { target_url: "https://example.com/product", anchor_text: "Project Tools" },
    { target_url: "https://example.com/other", anchor_text: "planning software for teams" },
    { target_url: "https://www.example.com/product/", anchor_text: "project  tools" },
    { target_url: "https://example.com/product", anchor_text: "tools for busy teams" },
    { target_url: "https://example.com/other", anchor_text: "a board for every task" },
    { target_url: "https://example.com/product", anchor_text: "project tools" },
    { target_url: "https://example.com/product", anchor_text: "this comparison" },
    { target_url: "https://example.com/single", anchor_text: "single anchor" },
  ];

  it("reports each target's share of its most used anchor, warning above the ratio", () => {
    const report = batchAnchorReport(jobs);
    expect(batchAnchorsReportSchema.parse(report)).toEqual(report);
    expect(report).toEqual([
      {
        target_url: "https://example.com/product",
        jobs: 5,
        exact_match_anchor: "project tools",
        exact_match_share: 0.6,
        warning: true,
      },
      // All different: no phrase is the target's keyword, however few jobs there are.
      {
        target_url: "https://example.com/other",
        jobs: 2,
        exact_match_anchor: null,
        exact_match_share: 0,
        warning: false,
      },
      {
        target_url: "https://example.com/single",
        jobs: 1,
        exact_match_anchor: null,
        exact_match_share: 0,
        warning: false,
      },
    ]);
  });

  it("warns only above the configured ratio", () => {
    const settings = qcSettingsSchema.parse({ footprint: { exactAnchorShareWarning: 0.6 } }).footprint;
    expect(batchAnchorReport(jobs, settings)[0]).toMatchObject({ exact_match_share: 0.6, warning: false });
    const strict = qcSettingsSchema.parse({ footprint: { exactAnchorShareWarning: 0.1 } }).footprint;
    const twoOfTwo = batchAnchorReport(
      [
        { target_url: TARGET, anchor_text: "A B C" },
        { target_url: TARGET, anchor_text: "a b c" },
      ],
      strict,
    );
    expect(twoOfTwo).toEqual([
      { target_url: TARGET, jobs: 2, exact_match_anchor: "a b c", exact_match_share: 1, warning: true },
    ]);
  });
});
