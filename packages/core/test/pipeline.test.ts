import { describe, expect, it } from "vitest";
import {
  defaultPrices,
  defaultQcSettings,
  type JobAdvance,
  type JobCheckpoint,
  type JobRecord,
  type JobResearch,
  type LlmClient,
  type PipelineDeps,
  runJob,
} from "../src";
import { jobRepositoryWith } from "./fixtures/job-repository";

const TARGET = "https://example.com/product";

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
    trustCandidates: [],
  },
  qcContext: {
    publisherDomain: "worklife.example",
    targetUrl: TARGET,
    anchorText: "project tools",
    language: "en",
  },
};

const draft = `# Project tools\n\nA short article about [project tools](${TARGET}) for a team.\n`;

function job(checkpoint: JobCheckpoint): JobRecord & { checkpoint: JobCheckpoint } {
  const now = new Date("2026-11-01T00:00:00Z");
  return {
    id: "job_1",
    user_id: "user_1",
    batch_id: null,
    batch_position: null,
    publisher_domain: "worklife.example",
    target_url: TARGET,
    anchor_text: "project tools",
    options: { llm_provider: "anthropic", strategy: "single_stage", preflight_mode: "light" },
    status: "PREFLIGHT",
    progress: 5,
    article: null,
    qc_report: null,
    cost_llm: 0,
    cost_serp: 0,
    max_cost: null,
    estimated_cost: 0,
    error_code: null,
    error_message: null,
    attempts: 2,
    locked_by: "worker-b",
    locked_until: now,
    run_after: now,
    cancel_requested_at: null,
    estimated_completion: null,
    created_at: now,
    updated_at: now,
    completed_at: null,
    checkpoint,
  };
}

/** Fakes that record what the pipeline does; `refuse` makes the job "cancelled" when it enters that state. */
function fakes(refuse?: JobAdvance["status"]) {
  const advances: JobAdvance[] = [];
  const released: string[] = [];
  const prompts: string[] = [];
  const fetched: string[] = [];
  const jobs = jobRepositoryWith({
    heartbeat: () => Promise.resolve(true),
    advance: async (_id, _worker, change) => {
      if (refuse && change.status === refuse) return false;
      advances.push(change);
      return true;
    },
    release: async (id) => {
      released.push(id);
      return true;
    },
  });
  const llm: LlmClient = {
    provider: "anthropic",
    defaultModel: "claude-test",
    complete: async (request) => {
      prompts.push(request.prompt);
      return { content: draft, model: "claude-test", inputTokens: 10, outputTokens: 10 };
    },
  };
  const deps: PipelineDeps = {
    jobs,
    usage: { recordLlm: async () => undefined, recordCaptcha: async () => undefined },
    llm: { anthropic: llm },
    prices: defaultPrices,
    fetcher: {
      fetch: async (url) => {
        fetched.push(url);
        throw new Error("a resumed job must not fetch again");
      },
    },
    preflight: { publisherHome: (domain) => `https://${domain}/` },
    qc: defaultQcSettings,
    clock: { now: () => new Date("2026-11-01T00:00:00Z") },
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    settings: {
      maxRescueRounds: 0,
      maxAttempts: 3,
      retry: { baseSeconds: 1, capSeconds: 60 },
      maxOutputTokens: 1000,
    },
  };
  const states = () => advances.flatMap((a) => (a.status ? [a.status] : []));
  return { deps, advances, released, prompts, fetched, states };
}

const run = (checkpoint: JobCheckpoint, f: ReturnType<typeof fakes>) =>
  runJob(job(checkpoint), "worker-b", f.deps, new AbortController().signal);

describe("the pipeline's stages", () => {
  it("resumes after WRITE without fetching or writing again", async () => {
    const f = fakes();
    await run({ research, draft }, f);
    expect(f.fetched).toEqual([]);
    expect(f.prompts).toEqual([]);
    expect(f.states()).toEqual(["QC", "BLOCKED"]);
    expect(f.advances.at(-1)?.article?.content).toBe(draft);
  });

  it("resumes after PREFLIGHT by writing, without fetching again", async () => {
    const f = fakes();
    await run({ research }, f);
    expect(f.fetched).toEqual([]);
    expect(f.prompts).toHaveLength(1);
    expect(f.states()).toEqual(["WRITE", "QC", "BLOCKED"]);
    expect(f.advances.find((a) => a.checkpoint?.draft)?.checkpoint?.draft).toBe(draft);
  });

  it("stops at the stage boundary when the job was cancelled, without calling the model", async () => {
    const f = fakes("WRITE");
    await run({ research }, f);
    expect(f.prompts).toEqual([]);
    expect(f.states()).toEqual([]);
    expect(f.released).toEqual([]);
  });

  it("stops before the next stage once the worker is told to stop", async () => {
    const f = fakes();
    const controller = new AbortController();
    controller.abort("shutdown");
    await runJob(job({ research, draft }), "worker-b", f.deps, controller.signal);
    expect(f.states()).toEqual([]);
    // Shutdown hands the job back to be resumed elsewhere.
    expect(f.released).toEqual(["job_1"]);
  });
});
