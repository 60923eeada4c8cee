import { createParser } from "eventsource-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import { startFixtureSites } from "./fakes/fixture-sites";
import type { FakeServer } from "./fakes/http-fake";
import {
  FAKE_ANTHROPIC_KEY,
  FAKE_OPENAI_KEY,
  startFakeAnthropic,
  startFakeOpenAi,
} from "./fakes/llm-providers";
import { modeByAnchor } from "./fakes/scripted-writer";
import { FAKE_SERP_KEY, startFakeSerpApi } from "./fakes/serp-api";
import { newCustomer, startTestPlatform, waitForJob } from "./harness";

let TARGET = "";
let platform: Platform;
let sites: Awaited<ReturnType<typeof startFixtureSites>>;
let anthropic: FakeServer;
let openai: FakeServer;
let broken: FakeServer;
let serp: FakeServer;
let customer: Awaited<ReturnType<typeof newCustomer>>;

beforeAll(async () => {
  sites = await startFixtureSites();
  TARGET = `${sites.base}/product`;
  anthropic = await startFakeAnthropic({
    reply: modeByAnchor({ "thin project tools": "thin", "svenska projektverktyg": "wrong-language" }),
  });
  // Slow enough that a test can cancel a job while it writes.
  openai = await startFakeOpenAi({ reply: modeByAnchor({}), delayMs: 1_500 });
  broken = await startFakeOpenAi({ failWith: { status: 500, message: "The server had an error" } });
  serp = await startFakeSerpApi();
  platform = await startTestPlatform(
    {
      ...sites.env,
      ANTHROPIC_API_KEY: FAKE_ANTHROPIC_KEY,
      ANTHROPIC_BASE_URL: anthropic.url,
      OPENAI_API_KEY: FAKE_OPENAI_KEY,
      OPENAI_BASE_URL: `${openai.url}/v1`,
      // "google" goes to a provider that always fails, for the ERROR path.
      GOOGLE_API_KEY: FAKE_OPENAI_KEY,
      GOOGLE_BASE_URL: `${broken.url}/v1`,
      SERP_API_KEY: FAKE_SERP_KEY,
      SERP_API_URL: `${serp.url}/search`,
      SERP_COST_PER_QUERY: "0.002",
      LLM_MAX_RETRIES: "0",
      WORKER_IN_PROCESS: "true",
      WORKER_POLL_INTERVAL_MS: "100",
      WORKER_CONCURRENCY: "4",
      JOB_HEARTBEAT_SECONDS: "1",
      JOB_LEASE_SECONDS: "30",
      JOB_MAX_ATTEMPTS: "2",
      JOB_RETRY_BASE_SECONDS: "0",
    },
    { ownDatabase: true },
  );
  customer = await newCustomer(platform.url);
});
afterAll(async () => {
  await platform?.close();
  await Promise.all([sites?.close(), anthropic?.close(), openai?.close(), broken?.close(), serp?.close()]);
});

const order = (anchor: string, options: Record<string, unknown> = {}) => ({
  publisher_domain: "worklife.example",
  target_url: TARGET,
  anchor_text: anchor,
  options,
});

async function createJob(body: unknown, call = customer.call) {
  const created = await call("POST", "/v1/jobs", body);
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.data.job_id as string;
}

const states = (job: { state_history: { state: string }[] }) => job.state_history.map((s) => s.state);

describe("a job end to end", () => {
  it("researches, writes (multi-stage), passes QC and delivers, with cost and state history", async () => {
    const created = await customer.call("POST", "/v1/jobs", order("best project management tools"));
    expect(created.status).toBe(201);
    expect(created.body.success).toBe(true);
    expect(created.body.data).toEqual({
      job_id: expect.stringMatching(/^job_[a-z0-9]{24}$/),
      status: "RECEIVE",
      created_at: expect.any(String),
      estimated_completion: expect.any(String),
    });
    expect(Date.parse(created.body.data.estimated_completion)).toBeGreaterThan(
      Date.parse(created.body.data.created_at),
    );

    const job = await waitForJob(customer.call, created.body.data.job_id);
    expect(job.status, JSON.stringify(job.qc_report?.issues)).toBe("DELIVER");
    expect(job.progress).toBe(100);
    expect(states(job)).toEqual(["RECEIVE", "PREFLIGHT", "WRITE", "QC", "DELIVER"]);
    expect(job.options).toEqual({
      llm_provider: "anthropic",
      strategy: "multi_stage",
      preflight_mode: "heavy",
    });
    expect(job.duration_seconds).toBeGreaterThanOrEqual(0);
    expect(job.completed_at).toEqual(expect.any(String));
    expect(job.article).toMatchObject({
      title: expect.stringContaining("Best project management tools"),
      content: expect.stringContaining(`[best project management tools](${TARGET})`),
      backlink: { anchor_text: "best project management tools", target_url: TARGET },
    });
    expect(job.article.word_count).toBeGreaterThanOrEqual(900);
    expect(job.article.content.slice(job.article.backlink.position)).toMatch(
      /^\[best project management tools\]/,
    );
    expect(job.qc_report).toMatchObject({ status: "PASS", rescue: [] });
    expect(job.qc_report.score).toBeGreaterThanOrEqual(80);
    expect(job.qc_report.checks.word_count).toMatchObject({ passed: true, required: 900 });
    expect(job.qc_report.checks.trust_sources).toMatchObject({ passed: true, required: 1 });
    expect(job.qc_report.checks.intent_alignment.confidence).toBeGreaterThanOrEqual(0.8);
    // Three Anthropic calls (outline, draft, polish) were priced; one SERP query at 0.002.
    expect(job.cost.llm).toBeGreaterThan(0);
    expect(job.cost.serp).toBe(0.002);
    expect(job.cost.total).toBeCloseTo(job.cost.llm + job.cost.serp, 6);
    expect(job.cost.currency).toBe("USD");
    // The prompt carries the research: publisher, target, SERP intent and a real trust source.
    const draft = anthropic.requests.find((r) => JSON.stringify(r.body).includes("<task>draft</task>"));
    const prompt = JSON.stringify(draft?.body);
    for (const fact of ["worklife.example", "search_intent", "commercial", "bls.gov", "bridge_strategy"]) {
      expect(prompt).toContain(fact);
    }

    const html = await fetch(`${platform.url}/v1/jobs/${job.job_id}/article.html`, {
      headers: { authorization: `Bearer ${customer.token}` },
    });
    expect(html.status).toBe(200);
    expect(html.headers.get("content-type")).toMatch(/^text\/html/);
    const page = await html.text();
    expect(page).toContain(`<a href="${TARGET}">best project management tools</a>`);
    expect(page).toContain("<h1>");
  });

  it("single_stage writes with one LLM call", async () => {
    const before = anthropic.requests.length;
    const id = await createJob(
      order("project planning software", { strategy: "single_stage", preflight_mode: "light" }),
    );
    const job = await waitForJob(customer.call, id);
    expect(job.status).toBe("DELIVER");
    expect(job.cost.serp).toBe(0);
    expect(anthropic.requests.length - before).toBe(1);
  });

  it("rescues a thin article without sources from FAIL to DELIVER, recording what it did", async () => {
    const id = await createJob(order("thin project tools"));
    const job = await waitForJob(customer.call, id);
    expect(job.status, JSON.stringify(job.qc_report)).toBe("DELIVER");
    expect(states(job)).toEqual(["RECEIVE", "PREFLIGHT", "WRITE", "QC", "RESCUE", "QC", "DELIVER"]);
    expect(job.state_history[3].note).toMatch(/FAIL/);
    const actions = job.qc_report.rescue.map((r: { action: string }) => r.action);
    expect(actions).toContain("expand_section");
    expect(actions).toContain("cite_source");
    for (const entry of job.qc_report.rescue) {
      expect(entry).toMatchObject({ round: 1, issue: expect.any(String), after: expect.any(String) });
    }
    expect(job.qc_report.status).toBe("PASS");
    expect(job.article.word_count).toBeGreaterThanOrEqual(900);
  });

  it("blocks an article in the wrong language with the exact issue and no rescue", async () => {
    const id = await createJob(order("svenska projektverktyg"));
    const job = await waitForJob(customer.call, id);
    expect(job.status).toBe("BLOCKED");
    expect(job.blocked_at).toEqual(expect.any(String));
    expect(states(job)).toEqual(["RECEIVE", "PREFLIGHT", "WRITE", "QC", "BLOCKED"]);
    expect(job.qc_report.status).toBe("FAIL");
    expect(job.qc_report.checks.language).toMatchObject({ passed: false, detected: "sv" });
    expect(job.qc_report.issues).toContainEqual({
      code: "language_mismatch",
      severity: "critical",
      category: "language",
      message: "The article is in sv; the publisher writes in en",
      auto_fixable: false,
      action: expect.any(String),
    });
  });

  it("records ERROR with LLM_API_ERROR after bounded retries", async () => {
    const id = await createJob(
      order("project tools compared", { llm_provider: "google", preflight_mode: "light" }),
    );
    const job = await waitForJob(customer.call, id);
    expect(job.status).toBe("ERROR");
    expect(job.error.code).toBe("LLM_API_ERROR");
    expect(job.error.message).toMatch(/500/);
    // The first failure released the job for a retry; the second (JOB_MAX_ATTEMPTS=2) ended it.
    expect(job.state_history.some((s: { note?: string }) => /retry 1 of 1/.test(s.note ?? ""))).toBe(true);
    expect(broken.requests.length).toBeGreaterThanOrEqual(2);
  });

  it("cancels a running job; the worker stops and the job stays CANCELLED", async () => {
    const id = await createJob(
      order("team planning apps", { llm_provider: "openai", preflight_mode: "light" }),
    );
    await waitForJob(customer.call, id, (job) => job.status === "WRITE");
    const cancelled = await customer.call("DELETE", `/v1/jobs/${id}`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data).toEqual({
      job_id: id,
      status: "CANCELLED",
      cancelled_at: expect.any(String),
    });
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const job = await waitForJob(customer.call, id);
    expect(job.status).toBe("CANCELLED");
    expect(job.cancelled_at).toEqual(expect.any(String));
    expect(states(job)).toEqual(["RECEIVE", "PREFLIGHT", "WRITE", "CANCELLED"]);
    expect(job.article).toBeUndefined();

    // DELETE is idempotent: a second one answers the same cancellation.
    const again = await customer.call("DELETE", `/v1/jobs/${id}`);
    expect(again.status).toBe(200);
    expect(again.body.data).toEqual(cancelled.body.data);
  });

  it("refuses to cancel a delivered job", async () => {
    const id = await createJob(
      order("simple task boards", { strategy: "single_stage", preflight_mode: "light" }),
    );
    await waitForJob(customer.call, id);
    const refused = await customer.call("DELETE", `/v1/jobs/${id}`);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      success: false,
      error: {
        code: "CANNOT_CANCEL_COMPLETED_JOB",
        message: "Job has already completed and cannot be cancelled",
        job_status: "DELIVER",
      },
    });
  });

  it("streams progress as server-sent events until the job is final", async () => {
    const id = await createJob(order("streamed planning tools", { preflight_mode: "light" }));
    const response = await fetch(`${platform.url}/v1/jobs/${id}/events`, {
      headers: { authorization: `Bearer ${customer.token}`, accept: "text/event-stream" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(response.headers.get("x-request-id")).toBeTruthy();
    const events: { status: string; progress: number }[] = [];
    const parser = createParser({
      onEvent: (event) => {
        if (event.event === "progress") events.push(JSON.parse(event.data));
      },
    });
    const decoder = new TextDecoder();
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      parser.feed(decoder.decode(chunk, { stream: true }));
    }
    // The stream ends by itself after the final state.
    expect(events.at(-1)).toEqual({ job_id: id, status: "DELIVER", progress: 100 });
    expect(events.map((e) => e.status)).toContain("WRITE");
    const progress = events.map((e) => e.progress);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);

    const other = await newCustomer(platform.url);
    const refused = await fetch(`${platform.url}/v1/jobs/${id}/events`, {
      headers: { authorization: `Bearer ${other.token}` },
    });
    expect(refused.status).toBe(404);
    expect(await refused.json()).toMatchObject({ success: false, error: { code: "JOB_NOT_FOUND" } });
    expect((await fetch(`${platform.url}/v1/jobs/${id}/events`)).status).toBe(401);
  });
});
