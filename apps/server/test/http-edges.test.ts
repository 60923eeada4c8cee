import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import { bridgeHeaders, client, newCustomer, startTestPlatform } from "./harness";

/**
 * What the HTTP layer answers outside the happy path: every spelling of a path and every way in
 * (`/api`, `/trpc`) under its procedure's limits, contract statuses on /trpc without stack traces,
 * errors the framework raises before routing in the face's shape, and path parameters decoded alike.
 */

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: test assertions read arbitrary JSON
  body: any;
}

/** A request sent byte for byte as written (fetch would resolve `./`, re-encode or refuse the path). */
function raw(
  base: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<RawAnswer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: url.hostname, port: url.port, method, path, headers, agent: false },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          text += chunk;
        });
        response.on("end", () => {
          const isJson = String(response.headers["content-type"] ?? "").startsWith("application/json");
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text,
            body: isJson && text ? JSON.parse(text) : undefined,
          });
        });
      },
    );
    request.on("error", reject);
    if (body !== undefined) request.write(body);
    request.end();
  });
}

const trpcInput = (input: unknown) => `input=${encodeURIComponent(JSON.stringify(input))}`;

function expectBridgeError(answer: RawAnswer, status: number) {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.headers["content-type"]).toMatch(/^application\/json/);
  expect(answer.body).toEqual({ error: expect.any(String) });
}

function expectV1Error(answer: RawAnswer, status: number, code: string) {
  expect(answer.status, answer.text).toBe(status);
  expect(answer.headers["content-type"]).toMatch(/^application\/json/);
  expect(answer.body).toMatchObject({
    success: false,
    error: { code, message: expect.any(String) },
    meta: { request_id: expect.any(String), version: "v1" },
  });
}

describe("the bridge's limits belong to the procedure, whatever the spelling or the way in", () => {
  let limited: Platform;
  beforeAll(async () => {
    limited = await startTestPlatform({
      BRIDGE_RATE_LIMIT_DEFAULT: "3",
      BRIDGE_RATE_LIMIT_TASKS: "4",
      BRIDGE_RATE_LIMIT_RELAY: "1",
      RATE_LIMIT_WINDOW_SECONDS: "3600",
    });
  });
  afterAll(() => limited?.close());

  it("counts every spelling of a task path, and /trpc, in the tasks bucket", async () => {
    const spellings = [
      raw(limited.url, "GET", "/api/TASKS/pending", bridgeHeaders),
      raw(limited.url, "GET", "/api/./tasks/pending", bridgeHeaders),
      raw(limited.url, "GET", "/api/tasks/pending/", bridgeHeaders),
      raw(limited.url, "GET", `/trpc/bridge.tasks.pending?${trpcInput({})}`, bridgeHeaders),
    ];
    const answers: RawAnswer[] = [];
    for (const answer of spellings) answers.push(await answer);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(answers.map((a) => a.headers["x-ratelimit-limit"])).toEqual(["4", "4", "4", "4"]);
    expect(answers.map((a) => a.headers["x-ratelimit-remaining"])).toEqual(["3", "2", "1", "0"]);

    // The bucket is spent for every way in.
    const rest = await raw(limited.url, "GET", "/api/tasks/pending", bridgeHeaders);
    expectBridgeError(rest, 429);
    expect(rest.body).toEqual({ error: "Too Many Requests" });
    expect(Number(rest.headers["retry-after"])).toBeGreaterThan(0);
    const trpc = await raw(limited.url, "GET", `/trpc/bridge.tasks.pending?${trpcInput({})}`, bridgeHeaders);
    expect(trpc.status).toBe(429);
    expect(trpc.body.error.data.code).toBe("TOO_MANY_REQUESTS");
    expect(Number(trpc.headers["retry-after"])).toBeGreaterThan(0);
    expect(trpc.headers["x-ratelimit-remaining"]).toBe("0");
    // The v1 alias (/api/v1) is not the bridge: it never spends the bridge's buckets.
    expect(
      (await raw(limited.url, "GET", "/api/v1/meta/version")).headers["x-ratelimit-limit"],
    ).toBeUndefined();
  });

  it("holds the paid relay limit on any spelling and on /trpc", async () => {
    const body = JSON.stringify({ prompt: "hello", model: "gpt-4o-mini" });
    const json = { ...bridgeHeaders, "content-type": "application/json" };
    const first = await raw(limited.url, "POST", "/api/LLM/generate", json, body);
    expect(first.headers["x-ratelimit-limit"]).toBe("1");
    expect(first.status).not.toBe(429);
    expectBridgeError(await raw(limited.url, "POST", "/api/./llm/generate", json, body), 429);
    const trpc = await raw(limited.url, "POST", "/trpc/bridge.llm.generate", json, body);
    expect(trpc.status).toBe(429);
    expect(trpc.headers["x-ratelimit-limit"]).toBe("1");
  });

  it("answers an unknown spelling of a face's prefix 404 in that face's shape, not a success", async () => {
    expectBridgeError(await raw(limited.url, "GET", "/API/tasks/pending", bridgeHeaders), 404);
    expectV1Error(await raw(limited.url, "GET", "/V1/meta/version"), 404, "NOT_FOUND");
  });
});

describe("/trpc answers the contract's status, without stack traces", () => {
  let platform: Platform;
  let customer: Awaited<ReturnType<typeof newCustomer>>;
  beforeAll(async () => {
    platform = await startTestPlatform({ NODE_ENV: "development" });
    customer = await newCustomer(platform.url);
  });
  afterAll(() => platform?.close());

  const expectTrpcError = (answer: RawAnswer, status: number, code: string) => {
    expect(answer.status, answer.text).toBe(status);
    expect(answer.body.error.data).toMatchObject({ code, httpStatus: status, app: { status } });
    expect(answer.text).not.toMatch(/stack|\.ts:\d+|node_modules/);
  };

  it("401 without credentials, on both faces' procedures", async () => {
    expectTrpcError(
      await raw(platform.url, "GET", `/trpc/v1.jobs.list?${trpcInput({})}`),
      401,
      "UNAUTHORIZED",
    );
    expectTrpcError(
      await raw(platform.url, "GET", `/trpc/bridge.tasks.pending?${trpcInput({})}`),
      401,
      "UNAUTHORIZED",
    );
  });

  it("403 for a customer calling an operator procedure, 404 for a job that is not there", async () => {
    const auth = { authorization: `Bearer ${customer.token}` };
    const forbidden = await raw(
      platform.url,
      "POST",
      "/trpc/v1.auth.createUser",
      { ...auth, "content-type": "application/json" },
      JSON.stringify({ email: "x@example.com", password: "long-enough-password" }),
    );
    expectTrpcError(forbidden, 403, "FORBIDDEN");
    expectTrpcError(
      await raw(platform.url, "GET", `/trpc/v1.jobs.get?${trpcInput({ job_id: "job_missing" })}`, auth),
      404,
      "NOT_FOUND",
    );
  });

  it("a batch whose calls fail alike answers their status; input errors are 400", async () => {
    const batch = await raw(
      platform.url,
      "GET",
      `/trpc/v1.jobs.list,v1.jobs.list?batch=1&${trpcInput({ 0: {}, 1: {} })}`,
    );
    expect(batch.status).toBe(401);
    expect(batch.text).not.toMatch(/stack/);
    const invalid = await raw(
      platform.url,
      "GET",
      `/trpc/bridge.tasks.pending?${trpcInput({ limit: 0 })}`,
      bridgeHeaders,
    );
    expectTrpcError(invalid, 400, "BAD_REQUEST");
    // The contract's message, not the thrown one (here tRPC's dump of zod's issues).
    expect(invalid.body.error.message).toBe(invalid.body.error.data.app.message);
    expect(invalid.body.error.message).toMatch(/^limit: /);
  });

  it("sends a stack trace only when EXPOSE_ERROR_STACKS asks for it", async () => {
    const debug = await startTestPlatform({ EXPOSE_ERROR_STACKS: "true" });
    try {
      const answer = await raw(debug.url, "GET", `/trpc/v1.jobs.list?${trpcInput({})}`);
      expect(answer.status).toBe(401);
      expect(answer.body.error.data.stack).toEqual(expect.any(String));
    } finally {
      await debug.close();
    }
  });
});

describe("errors raised before routing answer in the face's shape", () => {
  let platform: Platform;
  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(() => platform?.close());

  it.each(["/v1/%ff", "/v1/jobs/%ff", "/api/v1/jobs/%E0%A4%A"])(
    "a malformed escape in %s is a v1 400",
    async (path) => {
      expectV1Error(await raw(platform.url, "GET", path), 400, "BAD_REQUEST");
    },
  );

  it("a malformed escape under /api is a bridge 400", async () => {
    expectBridgeError(await raw(platform.url, "GET", "/api/tasks/%ff/lock", bridgeHeaders), 400);
  });

  it("a URL over the header limit is a 431 in the face's shape", async () => {
    const long = "a".repeat(17_000);
    expectV1Error(await raw(platform.url, "GET", `/v1/jobs?x=${long}`), 431, "HEADERS_TOO_LARGE");
    expectBridgeError(await raw(platform.url, "GET", `/api/tasks/pending?x=${long}`), 431);
  });

  it("HEAD is GET without a body: the same procedure, auth and status", async () => {
    expect((await raw(platform.url, "HEAD", "/api/tasks/pending", bridgeHeaders)).status).toBe(200);
    expect((await raw(platform.url, "HEAD", "/api/tasks/pending")).status).toBe(401);
    expect((await raw(platform.url, "HEAD", "/api/no-such-thing", bridgeHeaders)).status).toBe(404);
    expect((await raw(platform.url, "HEAD", "/v1/jobs")).status).toBe(401);
  });

  it.each(["OPTIONS", "TRACE", "PROPFIND"])("%s answers in the face's shape", async (method) => {
    expectV1Error(await raw(platform.url, method, "/v1/jobs"), 404, "NOT_FOUND");
    expectBridgeError(await raw(platform.url, method, "/api/tasks/pending", bridgeHeaders), 404);
  });
});

describe("path parameters are percent-decoded once, by every route", () => {
  let platform: Platform;
  beforeAll(async () => {
    platform = await startTestPlatform({
      ANTHROPIC_API_KEY: "sk-ant-not-called",
      WORKER_IN_PROCESS: "false",
    });
  });
  afterAll(() => platform?.close());

  it("finds a job by an escaped id as article.html does", async () => {
    const alice = await newCustomer(platform.url);
    const created = await alice.call("POST", "/v1/jobs", {
      publisher_domain: "aftonbladet.se",
      target_url: "https://example.com/product",
      anchor_text: "best project management tools",
    });
    expect(created.status).toBe(201);
    const jobId: string = created.body.data.job_id;
    const escaped = jobId.replace("_", "%5F");
    expect(escaped).not.toBe(jobId);
    const auth = { authorization: `Bearer ${alice.token}` };
    const got = await raw(platform.url, "GET", `/v1/jobs/${escaped}`, auth);
    expect(got.status, got.text).toBe(200);
    expect(got.body.data.job_id).toBe(jobId);
    const html = await raw(platform.url, "GET", `/v1/jobs/${escaped}/article.html`, auth);
    expect(html.body?.error?.code).not.toBe("JOB_NOT_FOUND");
    // An escape that decodes to a separator is a value, never a path: not found, never another route.
    expectV1Error(
      await raw(platform.url, "GET", `/v1/jobs/${jobId}%2Farticle.html`, auth),
      404,
      "JOB_NOT_FOUND",
    );
  });

  it("decodes an escaped face prefix before cutting the alias's prefix", async () => {
    const alice = await newCustomer(platform.url);
    const auth = { authorization: `Bearer ${alice.token}` };
    for (const path of ["/%61pi/v1/meta/version", "/ap%69/v1/meta/version", "/%61%70%69/v1/jobs"]) {
      const answer = await raw(platform.url, "GET", path, auth);
      expect(answer.status, `${path}: ${answer.text}`).toBeLessThan(500);
      expect([200, 404]).toContain(answer.status);
      if (answer.status === 200) expect(answer.body.success).toBe(true);
    }
  });

  it("decodes bridge ids too", async () => {
    const worker = client(platform.url, bridgeHeaders);
    const answer = await raw(platform.url, "POST", "/api/tasks/%39%39%39%39%39/unlock", bridgeHeaders);
    expect(answer.status, answer.text).toBe(404);
    expect(answer.body).toEqual({ error: expect.stringMatching(/not found/i) });
    expect((await worker("POST", "/api/tasks/99999/unlock")).body).toEqual(answer.body);
  });
});
