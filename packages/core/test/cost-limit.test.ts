import { describe, expect, it } from "vitest";
import {
  type BatchBudget,
  briefFrom,
  callSize,
  costOfCall,
  costOfTokens,
  defaultPrices,
  defaultQcSettings,
  type JobAdvance,
  type JobCheckpoint,
  type JobRecord,
  type JobResearch,
  type LlmClient,
  type PipelineDeps,
  runJob,
  systemPromptFor,
  writingPrompt,
} from "../src";
import { jobRepositoryWith } from "./fixtures/job-repository";

const TARGET = "https://example.com/product";
const MODEL = "claude-sonnet-4-6"; // $3 in, $15 out per million tokens (the `claude-sonnet-4` row)

const targetPage = {
  url: TARGET,
  title: "Project tools",
  h1: "Project tools",
  metaDescription: null,
  headings: [] as string[],
  mainText: "Project tools for teams.",
  language: "en",
  topics: ["project tools"],
  links: [],
};

const research: JobResearch = {
  preflight: {
    target: targetPage,
    publisher: { language: "en", tone: "formal", topics: ["work"], url: "https://worklife.example/" },
    language: "en",
    topicTerms: ["project tools"],
    bridge: { strategy: "strong", overlap: 0.2 },
    trustCandidates: [],
  },
  qcContext: {
    publisherDomain: "worklife.example",
    targetUrl: TARGET,
    anchorText: "project tools",
    language: "en",
  },
};

const outline = "# Project tools\n## Why\n## How\n## When";
const article = `# Project tools\n\n${"Teams plan their work together every week. ".repeat(30)}[project tools](${TARGET}).\n`;

type Job = JobRecord & { checkpoint: JobCheckpoint };

function job(overrides: Partial<Job> = {}): Job {
  const now = new Date("2026-11-01T00:00:00Z");
  return {
    id: "job_1",
    user_id: "user_1",
    batch_id: null,
    batch_position: null,
    publisher_domain: "worklife.example",
    target_url: TARGET,
    anchor_text: "project tools",
    options: { llm_provider: "anthropic", strategy: "multi_stage", preflight_mode: "light" },
    status: "PREFLIGHT",
    progress: 25,
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
    checkpoint: { research },
    ...overrides,
  };
}

/** A model that bills like a real one: characters ÷ 4 of what it reads and writes. */
function fakes(budget?: BatchBudget, model: { verbose?: boolean } = {}) {
  const advances: JobAdvance[] = [];
  const tasks: string[] = [];
  const billed: number[] = [];
  const budgetReads: [string, string][] = [];
  const jobs = jobRepositoryWith({
    heartbeat: () => Promise.resolve(true),
    advance: async (_id, _worker, change) => {
      advances.push(change);
      return true;
    },
    release: () => Promise.reject(new Error("a cost stop is final, not a retry")),
    deliveredInBatch: async () => [],
    batchBudget: async (batchId, jobId) => {
      budgetReads.push([batchId, jobId]);
      return budget;
    },
  });
  const llm: LlmClient = {
    provider: "anthropic",
    defaultModel: MODEL,
    complete: async (request) => {
      const task = request.prompt.match(/<task>([a-z_]+)<\/task>/)?.[1] ?? "?";
      tasks.push(task);
      const content = task === "outline" ? outline : article;
      const inputTokens = Math.ceil(((request.system?.length ?? 0) + request.prompt.length) / 4);
      // A verbose model writes all it is allowed to, as a real one may.
      const outputTokens = model.verbose ? request.maxTokens : Math.ceil(content.length / 4);
      billed.push(costOfTokens(defaultPrices, MODEL, inputTokens, outputTokens));
      return { content, model: MODEL, inputTokens, outputTokens };
    },
  };
  const deps: PipelineDeps = {
    jobs,
    usage: { recordLlm: async () => undefined, recordCaptcha: async () => undefined },
    llm: { anthropic: llm },
    prices: defaultPrices,
    fetcher: { fetch: async () => Promise.reject(new Error("research is in the checkpoint")) },
    preflight: { publisherHome: (domain) => `https://${domain}/` },
    qc: defaultQcSettings,
    clock: { now: () => new Date("2026-11-01T00:00:00Z") },
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    settings: {
      maxRescueRounds: 0,
      maxAttempts: 3,
      retry: { baseSeconds: 1, capSeconds: 60 },
      maxOutputTokens: 8000,
    },
  };
  const last = () => advances.at(-1);
  return { deps, advances, tasks, budgetReads, billed, last };
}

const run = (j: Job, f: ReturnType<typeof fakes>) =>
  runJob(j, "worker-a", f.deps, new AbortController().signal);

/** What the pipeline expects a task of this job to cost, priced from the prompt it sends. */
function expectedCost(task: Parameters<typeof writingPrompt>[1]): number {
  const brief = briefFrom(
    { publisherDomain: "worklife.example", targetUrl: TARGET, anchorText: "project tools" },
    research,
    defaultQcSettings,
    undefined,
  );
  const size = callSize(systemPromptFor(brief), writingPrompt(brief, task), task, defaultQcSettings, 8000);
  return costOfCall(defaultPrices, MODEL, size);
}

describe("a job's max_cost", () => {
  const outlineCost = expectedCost({ task: "outline" });
  const draftCost = expectedCost({ task: "draft", outline });

  it("stops the job before the call that would pass it, having made the calls that fit", async () => {
    // Room for the outline, not for the draft after it.
    const cap = outlineCost + draftCost / 2;
    const f = fakes();
    await run(job({ max_cost: cap }), f);
    expect(f.tasks).toEqual(["outline"]);
    const end = f.last();
    expect(end?.status).toBe("ERROR");
    expect(end?.completed).toBe(true);
    expect(end?.error?.code).toBe("COST_LIMIT_EXCEEDED");
    expect(end?.error?.message).toMatch(
      /job's max_cost of \$0\.0\d+: spent \$0\.0\d+, next call expected to cost \$0\.0\d+/,
    );
    // What the outline really cost is kept on the job.
    const spent = (f.advances ?? []).reduce((sum, a) => sum + (a.addCost?.llm ?? 0), 0);
    const outlineTokens = Math.ceil(outline.length / 4);
    expect(spent).toBeGreaterThan(costOfTokens(defaultPrices, MODEL, 0, outlineTokens));
    expect(spent).toBeLessThanOrEqual(cap);
  });

  it("makes no call at all when even the first would pass it", async () => {
    const f = fakes();
    await run(job({ max_cost: outlineCost / 2 }), f);
    expect(f.tasks).toEqual([]);
    expect(f.last()?.error?.code).toBe("COST_LIMIT_EXCEEDED");
  });

  it("counts what the job spent before it was resumed", async () => {
    const f = fakes();
    await run(job({ max_cost: 0.5, cost_llm: 0.5 - outlineCost / 2 }), f);
    expect(f.tasks).toEqual([]);
    expect(f.last()?.error?.code).toBe("COST_LIMIT_EXCEEDED");
  });

  it("lets a job under its cap run to the end", async () => {
    const f = fakes();
    await run(job({ max_cost: 1 }), f);
    expect(f.tasks).toEqual(["outline", "draft", "polish"]);
    // Whatever QC makes of the article, the cap did not stop the job.
    expect(f.advances.some((a) => a.error?.code === "COST_LIMIT_EXCEEDED")).toBe(false);
    expect(f.budgetReads).toEqual([]); // a job without a batch never reads a batch's budget
  });
});

describe("a batch's max_cost", () => {
  const inBatch = (estimated: number) => job({ batch_id: "batch_1", estimated_cost: estimated });

  it("does not start a job whose estimate the batch can no longer pay", async () => {
    // 0.90 spent + 0.05 reserved by running jobs + this job's 0.08 passes 1.00.
    const f = fakes({ max_cost: 1, spent: 0.9, reserved: 0.05 });
    await run(inBatch(0.08), f);
    expect(f.tasks).toEqual([]);
    expect(f.budgetReads[0]).toEqual(["batch_1", "job_1"]);
    const end = f.last();
    expect(end?.status).toBe("ERROR");
    expect(end?.error?.code).toBe("COST_LIMIT_EXCEEDED");
    expect(end?.error?.message).toContain("the batch's max_cost of $1");
    expect(end?.error?.message).toContain("other running jobs reserve $0.05");
  });

  it("runs a job the batch can pay, checking the batch before every call", async () => {
    const f = fakes({ max_cost: 1, spent: 0.5, reserved: 0.05 });
    await run(inBatch(0.08), f);
    expect(f.tasks).toEqual(["outline", "draft", "polish"]);
    expect(f.budgetReads).toHaveLength(3);
  });

  it("ignores a batch without a cap", async () => {
    const f = fakes({ max_cost: null, spent: 100, reserved: 100 });
    await run(inBatch(0.08), f);
    expect(f.tasks).toEqual(["outline", "draft", "polish"]);
  });
});

describe("a verbose model under a cap", () => {
  it("cannot pass the cap: each call's max_tokens is cut to what the remaining budget buys", async () => {
    const capped = expectedCost({ task: "outline" }) + expectedCost({ task: "draft", outline }) * 1.5;
    const f = fakes(undefined, { verbose: true });
    await run(job({ max_cost: capped }), f);
    const spent = f.billed.reduce((a, b) => a + b, 0);
    expect(f.billed.length).toBeGreaterThan(0);
    expect(spent).toBeLessThanOrEqual(capped);
    // Without the cut, one 8 000-token answer alone ($0.12) would pass this cap several times over.
    expect(costOfTokens(defaultPrices, MODEL, 0, 8000)).toBeGreaterThan(capped);
  });
});

describe("before any money is spent", () => {
  const unused = () => Promise.reject(new Error("nothing may be fetched or searched"));

  it("does not run a heavy preflight's SERP query that would pass the job's cap", async () => {
    const f = fakes();
    f.deps.research = {
      serp: { search: unused },
      cache: { get: unused, put: unused },
      ttlSeconds: 60,
      costPerQuery: 0.002,
    } as unknown as NonNullable<PipelineDeps["research"]>;
    await run(
      job({
        status: "RECEIVE",
        progress: 0,
        checkpoint: {},
        max_cost: 0.001,
        options: { llm_provider: "anthropic", strategy: "multi_stage", preflight_mode: "heavy" },
      }),
      f,
    );
    expect(f.tasks).toEqual([]);
    expect(f.last()).toMatchObject({ status: "ERROR", error: { code: "COST_LIMIT_EXCEEDED" } });
    expect(f.last()?.error?.message).toContain("before a SERP query");
  });

  it("does not start a batch job its batch can no longer pay for, not even its research", async () => {
    const f = fakes({ max_cost: 0.04, spent: 0.03, reserved: 0 });
    await run(
      job({
        status: "RECEIVE",
        progress: 0,
        checkpoint: {},
        batch_id: "batch_1",
        batch_position: 3,
        estimated_cost: 0.02,
      }),
      f,
    );
    expect(f.tasks).toEqual([]);
    expect(f.advances.some((a) => a.status === "PREFLIGHT")).toBe(false);
    expect(f.last()).toMatchObject({ status: "ERROR", error: { code: "COST_LIMIT_EXCEEDED" } });
    expect(f.last()?.error?.message).toContain("the batch's max_cost of $0.04");
  });
});
