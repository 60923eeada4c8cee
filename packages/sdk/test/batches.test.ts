import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalWorld } from "../../../apps/server/demo/local-world";
import {
  APIUserAbortError,
  BacowrClient,
  BadRequestError,
  type BatchProgress,
  type BatchSummary,
  BatchTimeoutError,
  NotFoundError,
} from "../src";

let world: Awaited<ReturnType<typeof startLocalWorld>>;
beforeAll(async () => {
  world = await startLocalWorld({ writer: "clean", llmDelayMs: 30, env: { DATABASE_URL: "" } });
});
afterAll(() => world?.close());

const client = (fetchImpl?: typeof fetch) =>
  new BacowrClient({
    baseUrl: world.platform.url,
    token: world.token,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });

/** Job orders the fixture world can research, one per anchor. */
const orders = (...anchors: string[]) => anchors.map((anchor) => world.order(anchor));

/** The counts of a batch's progress, which must always add up to its total. */
const counted = (batch: { progress?: BatchProgress | undefined }) => {
  const {
    completed = 0,
    inProgress = 0,
    pending = 0,
    failed = 0,
    blocked = 0,
    cancelled = 0,
  } = batch.progress ?? {};
  return completed + inProgress + pending + failed + blocked + cancelled;
};

/** A fetch that answers chosen requests itself and passes the rest to the real server. */
function scriptedFetch(
  script: (
    url: string,
    init: RequestInit | undefined,
    n: number,
  ) => Promise<Response | undefined> | Response | undefined,
) {
  const seen: { url: string; init: RequestInit | undefined }[] = [];
  const impl = async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    seen.push({ url, init });
    return (await script(url, init, seen.length)) ?? fetch(input, init);
  };
  return { fetch: impl as typeof fetch, seen };
}

describe("client.batches", () => {
  it("creates a batch and waits for it over the event stream, reporting progress that adds up", async () => {
    const sdk = client();
    const batch = await sdk.batches.create({
      name: "sdk streamed batch",
      jobs: orders("sdk batch alpha tools", "sdk batch beta tools", "sdk batch gamma tools"),
      options: { preflightMode: "light", chunkSize: 2, parallelJobs: 2 },
    });
    expect(batch.batchId).toMatch(/^batch_/);
    expect(batch).toMatchObject({ name: "sdk streamed batch", totalJobs: 3, status: "RUNNING", notices: [] });
    expect(batch.options).toMatchObject({ chunkSize: 2, parallelJobs: 2, preflightMode: "light" });
    expect(batch.jobIds).toHaveLength(3);
    expect(batch.isFinished).toBe(false);

    const seen: BatchSummary[] = [];
    const done = await batch.waitForCompletion({ timeout: 60_000, onProgress: (b) => seen.push(b) });
    expect(done.status).toBe("COMPLETED");
    expect(done.isFinished).toBe(true);
    expect(done.jobIds).toEqual(batch.jobIds);
    // Every job final (whether QC delivered or blocked it: the fixture writer's articles for one target read alike),
    // and the summary agrees with the progress.
    expect(done.progress).toMatchObject({ inProgress: 0, pending: 0, cancelled: 0 });
    // `percentage` is the share delivered, as in the seed's example.
    expect(done.progress?.percentage).toBe(Math.floor(((done.progress?.completed ?? 0) / 3) * 1000) / 10);
    expect(counted(done)).toBe(3);
    expect(done.summary).toMatchObject({
      successfulJobs: done.progress?.completed,
      blockedJobs: done.progress?.blocked,
      failedJobs: done.progress?.failed,
      cancelledJobs: 0,
      currency: "USD",
    });
    expect(done.summary?.successfulJobs).toBeGreaterThan(0);
    expect(done.summary?.totalCost).toBeGreaterThan(0);
    expect(done.summary?.avgQcScore).toEqual(expect.any(Number));
    // The waited batch object itself is brought up to date, its notices kept.
    expect(batch).toMatchObject({ status: "COMPLETED", notices: [] });

    // Several distinct steps were reported, each adding up, the share final never going back.
    expect(seen.length).toBeGreaterThanOrEqual(3);
    for (const step of seen) expect(counted(step)).toBe(3);
    // One report per change: the stream's last event and the final fetch do not repeat a step.
    const steps = seen.map((b) => `${b.status} ${JSON.stringify(b.progress)}`);
    expect(new Set(steps).size).toBe(steps.length);
    const shares = seen.map((b) => b.progress.percentage);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(seen.at(-1)).toMatchObject({ batchId: batch.batchId, status: "COMPLETED" });
    // Chunks of two: the third job waited while the first two ran.
    expect(seen[0]?.progress).toMatchObject({ inProgress: 2, pending: 1 });

    const again = await sdk.batches.get(batch.batchId);
    expect(again.summary).toEqual(done.summary);
    const jobs = await batch.jobs();
    expect(jobs.items.map((j) => j.jobId).sort()).toEqual([...(batch.jobIds ?? [])].sort());
    expect(jobs.items.every((j) => j.batchId === batch.batchId && j.progress === 100)).toBe(true);
    const listed: string[] = [];
    for await (const b of sdk.batches.list({ status: "COMPLETED", limit: 1 })) listed.push(b.batchId);
    expect(listed).toContain(batch.batchId);
  });

  it("falls back to polling when the event stream is unavailable", async () => {
    const scripted = scriptedFetch((url) =>
      url.endsWith("/events") ? new Response("no streams here", { status: 503 }) : undefined,
    );
    const batch = await client(scripted.fetch).batches.create({
      name: "sdk polled batch",
      jobs: orders("sdk polled batch tools"),
      options: { preflightMode: "light" },
    });
    const seen: string[] = [];
    const done = await batch.waitForCompletion({
      pollInterval: 100,
      onProgress: (b) => seen.push(`${b.status} ${b.progress.percentage}`),
    });
    expect(done.status).toBe("COMPLETED");
    expect(seen.at(-1)).toBe("COMPLETED 100");
    expect(scripted.seen.some((r) => r.url.endsWith(`/v1/batches/${batch.batchId}/events`))).toBe(true);
    expect(
      scripted.seen.filter((r) => r.url.endsWith(`/v1/batches/${batch.batchId}`)).length,
    ).toBeGreaterThan(1);
  });

  it("times out saying the last progress, aborts, and cancels what is left", async () => {
    const sdk = client();
    const batch = await sdk.batches.create({
      name: "sdk impatient batch",
      // Six jobs one at a time take seconds.
      jobs: orders(...["one", "two", "three", "four", "five", "six"].map((n) => `sdk impatient ${n} tools`)),
      options: { chunkSize: 1 },
    });
    const timedOut = await batch.waitForCompletion({ timeout: 1000 }).catch((error: unknown) => error);
    expect(timedOut).toBeInstanceOf(BatchTimeoutError);
    const error = timedOut as BatchTimeoutError;
    expect(error.batchId).toBe(batch.batchId);
    expect(error.message).toMatch(
      new RegExp(
        `^Batch ${batch.batchId} did not finish within 1000 ms; last progress: [\\d.]+% final, \\d+ completed, ` +
          "\\d+ blocked, \\d+ failed, \\d+ cancelled, \\d+ in progress, \\d+ pending$",
      ),
    );
    expect(error.lastProgress?.pending).toBeGreaterThan(0);

    const controller = new AbortController();
    const waiting = batch.waitForCompletion({ signal: controller.signal });
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);

    const cancelled = await batch.cancel();
    expect(cancelled).toMatchObject({ batchId: batch.batchId, status: "CANCELLED", isFinished: true });
    expect(cancelled.summary?.cancelledJobs).toBeGreaterThan(0);
    expect(counted(cancelled)).toBe(6);
    // A cancelled batch is final: waiting for it answers at once.
    const waited = await batch.waitForCompletion({ timeout: 10_000 });
    expect(waited.status).toBe("CANCELLED");
    const cancelledList = await sdk.batches.list({ status: "CANCELLED" });
    expect(cancelledList.items.map((b) => b.batchId)).toContain(batch.batchId);
  });

  it("refuses an invalid job naming it by index, and answers 404 for an unknown batch", async () => {
    const sdk = client();
    const good = world.order("sdk refused batch tools");
    const refused = await sdk.batches
      .create({ name: "sdk refused batch", jobs: [good, { ...good, targetUrl: "not a url" }] })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BadRequestError);
    expect(refused).toMatchObject({ status: 400, code: "INVALID_URL", field: "jobs[1].target_url" });

    const missing = await sdk.batches.get("batch_missing").catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing).toMatchObject({ code: "BATCH_NOT_FOUND" });
    await expect(sdk.batches.cancel("batch_missing")).rejects.toMatchObject({ code: "BATCH_NOT_FOUND" });
    const events = sdk.batches.events("batch_missing");
    await expect(events.next()).rejects.toMatchObject({ status: 404, code: "BATCH_NOT_FOUND" });
  });

  it("retries a 503 with its generated idempotency key, so one batch is created", async () => {
    const scripted = scriptedFetch(async (url, init, n) => {
      if (n === 1 && init?.method === "POST") {
        await fetch(url, init); // the server creates the batch, then the answer is "lost"
        return new Response(
          JSON.stringify({ success: false, error: { code: "SERVICE_UNAVAILABLE", message: "busy" } }),
          { status: 503 },
        );
      }
      return undefined;
    });
    const sdk = client(scripted.fetch);
    const batch = await sdk.batches.create({
      name: "sdk retried batch",
      jobs: orders("sdk retried batch tools"),
    });
    const bodies = scripted.seen.map((r) => JSON.parse(String(r.init?.body)));
    expect(bodies).toHaveLength(2);
    expect(bodies[0].idempotency_key).toEqual(expect.any(String));
    expect(bodies[1].idempotency_key).toBe(bodies[0].idempotency_key);
    // Sent as the API spells it: snake_case all the way down.
    expect(bodies[0].jobs[0]).toHaveProperty("publisher_domain");
    const mine: string[] = [];
    for await (const b of client().batches.list({ limit: 100 }))
      if (b.name === "sdk retried batch") mine.push(b.batchId);
    expect(mine).toEqual([batch.batchId]);
    await batch.cancel().catch(() => undefined);
  });
});

describe("client.estimate", () => {
  it("prices a job body and a batch body without creating anything", async () => {
    const sdk = client();
    const before = (await sdk.batches.list()).pagination.total;
    const one = world.order("sdk estimated one tools");
    const two = world.order("sdk estimated two tools");
    const job = await sdk.estimate({ ...one, options: { strategy: "multi_stage" } });
    expect(job).toMatchObject({ currency: "USD", jobs: 1 });
    expect(job.total).toBeCloseTo(job.llm + job.serp, 6);
    expect(job.total).toBeGreaterThan(0);
    expect(job.durationSeconds).toBeGreaterThan(0);
    expect(job.perJob).toBeUndefined();

    const batch = await sdk.estimate({
      name: "sdk estimated batch",
      jobs: [one, two],
      options: { strategy: "multi_stage" },
    });
    expect(batch).toMatchObject({ currency: "USD", jobs: 2 });
    expect(batch.perJob?.total).toBeGreaterThan(0);
    expect(batch.total).toBeCloseTo((batch.perJob?.total ?? 0) * 2, 4);
    expect((await sdk.batches.list()).pagination.total).toBe(before);

    await expect(sdk.estimate({ ...one, targetUrl: "not a url" })).rejects.toMatchObject({
      code: "INVALID_URL",
      field: "target_url",
    });
  });
});
