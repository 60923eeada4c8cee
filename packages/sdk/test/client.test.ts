import { execFile } from "node:child_process";
import { getEventListeners } from "node:events";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalWorld } from "../../../apps/server/demo/local-world";
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BacowrClient,
  BadRequestError,
  type JobProgress,
  JobTimeoutError,
  NotFoundError,
  RateLimitError,
} from "../src";

let world: Awaited<ReturnType<typeof startLocalWorld>>;
beforeAll(async () => {
  world = await startLocalWorld({ writer: "clean", llmDelayMs: 30, env: { DATABASE_URL: "" } });
});
afterAll(() => world?.close());

const order = (anchor: string) => world.order(anchor);

/** A fetch that lets a test fail or delay chosen requests, passing the rest to the real server. */
function scriptedFetch(
  script: (
    url: string,
    init: RequestInit | undefined,
    n: number,
  ) => Response | undefined | Promise<Response | undefined>,
) {
  const seen: { url: string; init: RequestInit | undefined }[] = [];
  const impl = async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    seen.push({ url, init });
    return (await script(url, init, seen.length)) ?? fetch(input, init);
  };
  return { fetch: impl as typeof fetch, seen };
}

describe("the seed's JavaScript example", () => {
  it("runs against the server and prints the delivered article", async () => {
    const run = promisify(execFile);
    const example = fileURLToPath(new URL("../examples/seed-example.mjs", import.meta.url));
    // The seed's own import line: the package name `bacowr-js` must resolve, not a path into this repository.
    expect(readFileSync(example, "utf8")).toContain("\nimport { BacowrClient } from 'bacowr-js';\n");
    const wire = world.order("best project management tools");
    const { stdout } = await run(process.execPath, ["--import", "tsx", example], {
      env: {
        ...process.env,
        BACOWR_BASE_URL: world.platform.url,
        BACOWR_TOKEN: world.token,
        BACOWR_PUBLISHER: wire.publisherDomain,
        BACOWR_TARGET: wire.targetUrl,
      },
      timeout: 60_000,
    });
    expect(stdout).toMatch(/^Job created: job_[a-z0-9]+$/m);
    expect(stdout).toContain("Article: # Best project management tools");
  });
});

describe("BacowrClient", () => {
  it("creates a job and waits for it over the event stream, reporting progress", async () => {
    const client = new BacowrClient({ baseUrl: world.platform.url, token: world.token });
    const job = await client.jobs.create(order("sdk streamed tools"));
    expect(job.jobId).toMatch(/^job_/);
    expect(job.status).toBe("RECEIVE");
    const progress: JobProgress[] = [];
    const result = await job.waitForCompletion({ timeout: 30_000, onProgress: (p) => progress.push(p) });
    expect(result.status).toBe("DELIVER");
    expect(result.article?.content).toContain("[sdk streamed tools]");
    expect(result.article?.wordCount).toBeGreaterThan(900);
    expect(result.qcReport?.status).toBe("PASS");
    expect(result.qcReport?.issues).toEqual(expect.any(Array));
    expect(result.stateHistory?.map((s) => s.state)).toContain("WRITE");
    expect(result.cost?.currency).toBe("USD");
    expect(progress.at(-1)).toMatchObject({ jobId: job.jobId, status: "DELIVER", progress: 100 });
    expect(progress.map((p) => p.status)).toContain("WRITE");
    const html = await client.jobs.articleHtml(job.jobId);
    expect(html).toContain("<h1>");
  });

  it("falls back to polling when the event stream is unavailable", async () => {
    const scripted = scriptedFetch((url) =>
      url.endsWith("/events") ? new Response("no streams here", { status: 503 }) : undefined,
    );
    const client = new BacowrClient({
      baseUrl: world.platform.url,
      token: world.token,
      fetch: scripted.fetch,
    });
    const job = await client.jobs.create(order("sdk polled tools"));
    const seen: string[] = [];
    const result = await job.waitForCompletion({ pollInterval: 100, onProgress: (p) => seen.push(p.status) });
    expect(result.status).toBe("DELIVER");
    expect(seen.at(-1)).toBe("DELIVER");
    expect(scripted.seen.some((r) => r.url.endsWith("/events"))).toBe(true);
    expect(
      scripted.seen.filter((r) => r.url.includes(`/v1/jobs/${job.jobId}`) && !r.url.endsWith("/events"))
        .length,
    ).toBeGreaterThan(0);
  });

  it("rejects waitForCompletion with JobTimeoutError, and with APIUserAbortError when aborted", async () => {
    const client = new BacowrClient({ baseUrl: world.platform.url, token: world.token });
    const job = await client.jobs.create(order("sdk impatient tools"));
    await expect(job.waitForCompletion({ timeout: 1 })).rejects.toBeInstanceOf(JobTimeoutError);
    const controller = new AbortController();
    const waiting = job.waitForCompletion({ signal: controller.signal });
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it("retries a 503 and reuses its generated idempotency key, so one job is created", async () => {
    const scripted = scriptedFetch(async (url, init, n) => {
      if (n === 1 && init?.method === "POST") {
        await fetch(url, init); // the server does create the job, then the answer is "lost"
        return new Response(
          JSON.stringify({ success: false, error: { code: "SERVICE_UNAVAILABLE", message: "busy" } }),
          {
            status: 503,
          },
        );
      }
      return undefined;
    });
    const client = new BacowrClient({
      baseUrl: world.platform.url,
      token: world.token,
      fetch: scripted.fetch,
    });
    const job = await client.jobs.create(order("sdk retried tools"));
    const bodies = scripted.seen.map((r) => JSON.parse(String(r.init?.body)));
    expect(bodies).toHaveLength(2);
    expect(bodies[0].idempotency_key).toEqual(expect.any(String));
    expect(bodies[1].idempotency_key).toBe(bodies[0].idempotency_key);
    const mine = [];
    for await (const summary of client.jobs.list({ limit: 100 }))
      if (summary.anchorText === "sdk retried tools") mine.push(summary);
    expect(mine.map((s) => s.jobId)).toEqual([job.jobId]);
  });

  it("honours Retry-After on 429, and gives up with RateLimitError after maxRetries", async () => {
    const scripted = scriptedFetch((_url, _init, n) =>
      n === 1
        ? new Response(
            JSON.stringify({
              success: false,
              error: { code: "RATE_LIMIT_EXCEEDED", message: "slow down", retry_after: 1 },
            }),
            {
              status: 429,
              headers: { "retry-after": "1" },
            },
          )
        : undefined,
    );
    const client = new BacowrClient({
      baseUrl: world.platform.url,
      token: world.token,
      fetch: scripted.fetch,
    });
    const started = Date.now();
    await client.jobs.list({ limit: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(scripted.seen).toHaveLength(2);

    const always = scriptedFetch(
      () =>
        new Response(
          JSON.stringify({
            success: false,
            error: { code: "RATE_LIMIT_EXCEEDED", message: "slow down", retry_after: 0 },
          }),
          {
            status: 429,
            headers: { "retry-after": "0", "x-request-id": "req_limited" },
          },
        ),
    );
    const limited = new BacowrClient({
      baseUrl: world.platform.url,
      token: world.token,
      fetch: always.fetch,
      maxRetries: 1,
    });
    const error = await limited.jobs.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({
      status: 429,
      code: "RATE_LIMIT_EXCEEDED",
      requestId: "req_limited",
      retryAfter: 0,
    });
    expect(always.seen).toHaveLength(2);
  });

  it("times out slow requests and stops on abort", async () => {
    const slow = scriptedFetch(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")));
        }),
    );
    const client = new BacowrClient({ baseUrl: world.platform.url, token: world.token, fetch: slow.fetch });
    await expect(client.jobs.list({}, { timeout: 50, maxRetries: 1 })).rejects.toBeInstanceOf(
      APITimeoutError,
    );
    expect(slow.seen).toHaveLength(2);
    const controller = new AbortController();
    const pending = client.jobs.get("job_x", { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it("pages through lists with for await", async () => {
    const customer = new BacowrClient({ baseUrl: world.platform.url, token: world.token });
    const created = await Promise.all(
      [1, 2, 3, 4, 5].map((i) =>
        customer.jobs.create({ ...order(`paged tools ${i}`), options: { preflightMode: "light" } }),
      ),
    );
    const first = await customer.jobs.list({ limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.pagination).toMatchObject({ limit: 2, offset: 0, hasMore: true, nextOffset: 2 });
    const seen = new Set<string>();
    for await (const job of customer.jobs.list({ limit: 2 })) seen.add(job.jobId);
    for (const job of created) expect(seen.has(job.jobId)).toBe(true);
    expect(seen.size).toBe(first.pagination.total);
  });

  it("takes base URLs written the contract's way, with their /v1 (the /api/v1 alias included)", async () => {
    for (const baseUrl of [`${world.platform.url}/v1`, `${world.platform.url}/api/v1/`]) {
      const client = new BacowrClient({ baseUrl, token: world.token });
      const page = await client.jobs.list({ limit: 1 });
      expect(page.pagination.limit).toBe(1);
    }
  });

  it("throws typed errors carrying status, code, field, details and the request id", async () => {
    const client = new BacowrClient({ baseUrl: world.platform.url, token: world.token });
    const missing = await client.jobs.get("job_nope").catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing).toMatchObject({
      status: 404,
      code: "JOB_NOT_FOUND",
      requestId: expect.stringMatching(/^req_/),
    });

    const invalid = await client.jobs.create({ ...order("ab"), anchorText: "ab" }).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(BadRequestError);
    expect(invalid).toMatchObject({
      code: "VALIDATION_ERROR",
      field: "anchor_text",
      details: { provided_length: 2, min_length: 3, max_length: 150 },
    });

    const stranger = new BacowrClient({ baseUrl: world.platform.url, token: "not-a-token" });
    await expect(stranger.jobs.list()).rejects.toBeInstanceOf(AuthenticationError);

    const nowhere = new BacowrClient({ baseUrl: "http://127.0.0.1:9", token: world.token, maxRetries: 0 });
    await expect(nowhere.jobs.list()).rejects.toBeInstanceOf(APIConnectionError);
  });

  it("logs in and renews a rejected access token with the refresh token", async () => {
    const tokens: string[] = [];
    const login = new BacowrClient({
      baseUrl: world.platform.url,
      onTokens: (t) => tokens.push(t.accessToken),
    });
    const session = await login.auth.login(world.admin);
    expect(session).toMatchObject({ tokenType: "Bearer", expiresIn: 86_400 });
    await login.jobs.list({ limit: 1 });

    const stale = new BacowrClient({
      baseUrl: world.platform.url,
      token: "expired-or-revoked",
      refreshToken: session.refreshToken,
      onTokens: (t) => tokens.push(t.accessToken),
    });
    const page = await stale.jobs.list({ limit: 1 });
    expect(page.items.length).toBeLessThanOrEqual(1);
    expect(tokens).toHaveLength(2);
  });
});

describe("more resources", () => {
  it("checks an article written elsewhere, and manages campaigns and tasks as an operator", async () => {
    const client = new BacowrClient({ baseUrl: world.platform.url, token: world.token });
    const job = await client.jobs.create(order("sdk checked tools"));
    const done = await job.waitForCompletion({ timeout: 30_000 });
    const checked = await client.jobs.checkQc({
      ...order("sdk checked tools"),
      article: done.article?.content ?? "",
    });
    expect(checked.qcReport.status).toBe("PASS");
    expect(checked.language).toBe("en");

    const campaign = await client.campaigns.create({
      name: "sdk campaign",
      settings: { content_tone: "warm" },
    });
    expect(campaign.settings).toEqual({ content_tone: "warm" });
    const added = await client.campaigns.addTasks(campaign.id, [
      { type: "comment", payload: { site_url: "https://blog.example/post", keep_this_key: 1 } },
      { type: "comment", payload: {}, maxRetries: 5 },
      { type: "comment" },
    ]);
    expect(added.count).toBe(3);
    const tasks = [];
    for await (const task of client.tasks.list({ campaignId: campaign.id, limit: 2 })) tasks.push(task);
    expect(tasks.map((t) => t.id).sort()).toEqual([...added.taskIds].sort());
    expect(tasks.find((t) => t.id === added.taskIds[0])?.payload).toEqual({
      site_url: "https://blog.example/post",
      keep_this_key: 1,
      // The server adds the campaign for the workers; the caller's own keys stay snake_case.
      campaign_id: campaign.id,
    });
    expect(tasks.find((t) => t.id === added.taskIds[1])?.maxRetries).toBe(5);
    const campaigns = await client.campaigns.list({ limit: 100 });
    expect(campaigns.items.map((c) => c.id)).toContain(campaign.id);
  });
});

describe("retries that cannot create twice", () => {
  const headerOf = (init: RequestInit | undefined) =>
    (init?.headers as Record<string, string> | undefined)?.["idempotency-key"];

  it("sends one Idempotency-Key per call, the same on every retry, so a lost answer creates one campaign and one set of tasks", async () => {
    const name = `sdk retried campaign ${Math.random().toString(36).slice(2)}`;
    let lostCampaign = false;
    let lostTasks = false;
    const scripted = scriptedFetch(async (url, init) => {
      if (init?.method !== "POST") return undefined;
      if (url.endsWith("/v1/campaigns") && !lostCampaign) {
        lostCampaign = true;
        await fetch(url, init); // created, then the answer is lost to a 503
        return new Response(
          JSON.stringify({ success: false, error: { code: "SERVICE_UNAVAILABLE", message: "busy" } }),
          { status: 503 },
        );
      }
      if (url.endsWith("/tasks") && !lostTasks) {
        lostTasks = true;
        await fetch(url, init); // queued, then the connection drops
        throw new TypeError("fetch failed");
      }
      return undefined;
    });
    const client = new BacowrClient({
      baseUrl: world.platform.url,
      token: world.token,
      fetch: scripted.fetch,
    });

    const campaign = await client.campaigns.create({ name });
    const tasks = Array.from({ length: 1_000 }, (_, i) => ({ type: "comment" as const, payload: { n: i } }));
    const added = await client.campaigns.addTasks(campaign.id, tasks);
    expect(added.count).toBe(1_000);

    const posts = scripted.seen.filter((r) => r.init?.method === "POST");
    expect(posts).toHaveLength(4);
    const [campaignKey, campaignRetryKey, tasksKey, tasksRetryKey] = posts.map((r) => headerOf(r.init));
    expect(campaignKey).toEqual(expect.any(String));
    expect(campaignRetryKey).toBe(campaignKey);
    expect(tasksKey).toEqual(expect.any(String));
    expect(tasksRetryKey).toBe(tasksKey);
    expect(tasksKey).not.toBe(campaignKey);

    const named = [];
    for await (const c of client.campaigns.list({ limit: 100 })) if (c.name === name) named.push(c);
    expect(named.map((c) => c.id)).toEqual([campaign.id]);
    const queued = await client.tasks.list({ campaignId: campaign.id, limit: 1 });
    expect(queued.pagination.total).toBe(1_000);
    // Reads carry no key; a new call gets a new one.
    expect(scripted.seen.filter((r) => r.init?.method === "GET").every((r) => !headerOf(r.init))).toBe(true);
    await client.campaigns.create({ name });
    expect(headerOf(scripted.seen.at(-1)?.init)).not.toBe(campaignKey);
  });

  it("sends a job's body key as its header too", async () => {
    const scripted = scriptedFetch(() => undefined);
    const client = new BacowrClient({
      baseUrl: world.platform.url,
      token: world.token,
      fetch: scripted.fetch,
    });
    await client.jobs.create({ ...order("sdk keyed tools"), idempotencyKey: "my-own-key-1" });
    const [post] = scripted.seen;
    expect(JSON.parse(String(post?.init?.body)).idempotency_key).toBe("my-own-key-1");
    expect(headerOf(post?.init)).toBe("my-own-key-1");
  });
});

describe("waitForCompletion's polling", () => {
  it("polls 100 times without gathering abort listeners", async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on("warning", onWarning);
    // The leak was on signals the SDK makes for itself, out of a test's reach: count the abort listeners every
    // signal holds, through AbortSignal's own methods, while the wait runs.
    const held = new Map<EventTarget, Set<unknown>>();
    const { addEventListener, removeEventListener } = AbortSignal.prototype;
    let mostListeners = 0;
    AbortSignal.prototype.addEventListener = function (
      this: AbortSignal,
      ...args: Parameters<typeof addEventListener>
    ) {
      if (args[0] === "abort") {
        const listeners = held.get(this) ?? new Set();
        listeners.add(args[1]);
        held.set(this, listeners);
        mostListeners = Math.max(mostListeners, listeners.size);
      }
      return addEventListener.apply(this, args);
    };
    AbortSignal.prototype.removeEventListener = function (
      this: AbortSignal,
      ...args: Parameters<typeof removeEventListener>
    ) {
      if (args[0] === "abort") held.get(this)?.delete(args[1]);
      return removeEventListener.apply(this, args);
    };
    const controller = new AbortController();
    let polls = 0;
    const scripted = scriptedFetch(async (url, init) => {
      if (url.endsWith("/events")) return new Response("no streams here", { status: 503 });
      const polled = /\/v1\/jobs\/(job_[^/]+)$/.exec(url);
      if (init?.method !== "GET" || !polled) return undefined;
      polls++;
      // Running for 99 polls, delivered on the 100th.
      const status = polls < 100 ? "WRITE" : "DELIVER";
      const data = { job_id: polled[1], status, progress: polls < 100 ? 50 : 100 };
      return new Response(JSON.stringify({ success: true, data }), {
        headers: { "content-type": "application/json" },
      });
    });
    try {
      const client = new BacowrClient({
        baseUrl: world.platform.url,
        token: world.token,
        fetch: scripted.fetch,
      });
      const job = await client.jobs.create(order("sdk patient tools"));
      const result = await job.waitForCompletion({
        stream: false,
        pollInterval: 1,
        timeout: 60_000,
        signal: controller.signal,
      });
      expect(result.status).toBe("DELIVER");
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off("warning", onWarning);
      AbortSignal.prototype.addEventListener = addEventListener;
      AbortSignal.prototype.removeEventListener = removeEventListener;
    }
    expect(polls).toBe(100);
    expect(warnings.filter((w) => w.name === "MaxListenersExceededWarning")).toEqual([]);
    // A few at a time (the caller's signal, the wait's own, one request's), never one per poll.
    expect(mostListeners).toBeGreaterThan(0);
    expect(mostListeners).toBeLessThanOrEqual(3);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });
});

describe("the tRPC v11 subscription", () => {
  it("pushes the same progress to a typed tRPC client", async () => {
    const { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } = await import("@trpc/client");
    const { EventSource } = await import("eventsource");
    const authorization = `Bearer ${world.token}`;
    const trpc = createTRPCClient<import("@bacowr/api").AppRouter>({
      links: [
        splitLink({
          condition: (op) => op.type === "subscription",
          true: httpSubscriptionLink({
            url: `${world.platform.url}/trpc`,
            EventSource,
            eventSourceOptions: {
              fetch: (input: string | URL | Request, init?: RequestInit) =>
                fetch(input, {
                  ...init,
                  headers: { ...(init?.headers as Record<string, string>), authorization },
                }),
            },
          }),
          false: httpBatchLink({ url: `${world.platform.url}/trpc`, headers: { authorization } }),
        }),
      ],
    });
    const client = new BacowrClient({ baseUrl: world.platform.url, token: world.token });
    const job = await client.jobs.create(order("trpc subscribed tools"));
    const statuses = await new Promise<string[]>((resolve, reject) => {
      const seen: string[] = [];
      const subscription = trpc.v1.jobs.events.subscribe(
        { job_id: job.jobId },
        {
          onData: (progress) => {
            seen.push(progress.status);
            if (["DELIVER", "BLOCKED", "ERROR", "CANCELLED"].includes(progress.status)) {
              subscription.unsubscribe();
              resolve(seen);
            }
          },
          onError: reject,
        },
      );
    });
    expect(statuses.at(-1)).toBe("DELIVER");
    expect(statuses).toContain("WRITE");
  });
});
