import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import { fetchChecked } from "./contract";
import { type CallResult, client, newCustomer, startTestPlatform } from "./harness";

// No worker here: jobs stay where the API put them, so the contract can be checked precisely.
let platform: Platform;
let alice: Awaited<ReturnType<typeof newCustomer>>;
let bob: Awaited<ReturnType<typeof newCustomer>>;

beforeAll(async () => {
  platform = await startTestPlatform({ ANTHROPIC_API_KEY: "sk-ant-not-called", WORKER_IN_PROCESS: "false" });
  [alice, bob] = await Promise.all([newCustomer(platform.url), newCustomer(platform.url, "free")]);
});
afterAll(() => platform?.close());

const unique = () => Math.random().toString(36).slice(2, 10);
const valid = () => ({
  publisher_domain: "aftonbladet.se",
  target_url: "https://example.com/product",
  anchor_text: "best project management tools",
});

function expectError(result: CallResult, status: number, code: string, field?: string) {
  expect(result.status, JSON.stringify(result.body)).toBe(status);
  expect(result.body.success).toBe(false);
  expect(result.body.error.code).toBe(code);
  expect(result.body.error.message).toEqual(expect.any(String));
  if (field) expect(result.body.error.field).toBe(field);
  expect(result.body.meta.request_id).toEqual(expect.any(String));
}

describe("POST /v1/jobs", () => {
  it("creates a job: 201, RECEIVE, defaults resolved (heavy falls back to light without a SERP API)", async () => {
    const created = await alice.call("POST", "/v1/jobs", valid());
    expect(created.status).toBe(201);
    expect(created.headers.get("x-request-id")).toBeTruthy();
    const { job_id } = created.body.data;
    const got = await alice.call("GET", `/v1/jobs/${job_id}`);
    expect(got.status).toBe(200);
    expect(got.body.data).toMatchObject({
      job_id,
      status: "RECEIVE",
      progress: 0,
      publisher_domain: "aftonbladet.se",
      options: { llm_provider: "anthropic", strategy: "multi_stage", preflight_mode: "light" },
      cost: { llm: 0, serp: 0, total: 0, currency: "USD" },
      state_history: [{ state: "RECEIVE", timestamp: created.body.data.created_at }],
    });
    expect(got.body.data.article).toBeUndefined();
    expect(got.body.data.completed_at).toBeUndefined();
  });

  it("also accepts a legacy X-API-Key", async () => {
    const key = await alice.call("POST", "/v1/api-keys", { name: "legacy" });
    expect(key.status).toBe(201);
    const legacy = client(platform.url, { "x-api-key": key.body.data.key });
    const created = await legacy("POST", "/v1/jobs", valid());
    expect(created.status).toBe(201);
    expect((await alice.call("GET", `/v1/jobs/${created.body.data.job_id}`)).status).toBe(200);
  });

  it.each([
    [{ anchor_text: "ab" }, "VALIDATION_ERROR", "anchor_text"],
    [{ anchor_text: "  a  " }, "VALIDATION_ERROR", "anchor_text"],
    [{ anchor_text: "x".repeat(151) }, "ANCHOR_TOO_LONG", "anchor_text"],
    [{ anchor_text: "x".repeat(200_000) }, "ANCHOR_TOO_LONG", "anchor_text"],
    [{ anchor_text: 42 }, "VALIDATION_ERROR", "anchor_text"],
    [{ target_url: "not a url" }, "INVALID_URL", "target_url"],
    [{ target_url: "ftp://example.com/file" }, "INVALID_URL", "target_url"],
    [{ target_url: "http://127.0.0.1/admin" }, "INVALID_URL", "target_url"],
    [{ target_url: "http://10.0.0.8/" }, "INVALID_URL", "target_url"],
    [{ target_url: "http://169.254.169.254/latest/meta-data/" }, "INVALID_URL", "target_url"],
    [{ target_url: "http://[::1]:8080/" }, "INVALID_URL", "target_url"],
    [{ target_url: "http://localhost/" }, "INVALID_URL", "target_url"],
    [{ target_url: "https://user:pw@example.com/" }, "INVALID_URL", "target_url"],
    [{ target_url: `https://example.com/${"a".repeat(5_000)}` }, "VALIDATION_ERROR", "target_url"],
    [{ publisher_domain: "not a domain" }, "INVALID_PUBLISHER", "publisher_domain"],
    [{ publisher_domain: "192.168.1.1" }, "INVALID_PUBLISHER", "publisher_domain"],
    [{ publisher_domain: "intranet.local" }, "INVALID_PUBLISHER", "publisher_domain"],
    [{ publisher_domain: "https://aftonbladet.se/" }, "INVALID_PUBLISHER", "publisher_domain"],
    [{ publisher_domain: "" }, "VALIDATION_ERROR", "publisher_domain"],
    [{ idempotency_key: "k".repeat(256) }, "VALIDATION_ERROR", "idempotency_key"],
    [
      { options: { custom_instructions: "x".repeat(501) } },
      "VALIDATION_ERROR",
      "options.custom_instructions",
    ],
    [{ options: { llm_provider: "openai" } }, "VALIDATION_ERROR", "options.llm_provider"],
    [{ options: { llm_provider: "google" } }, "VALIDATION_ERROR", "options.llm_provider"],
    [{ options: { llm_provider: "skynet" } }, "VALIDATION_ERROR", "options.llm_provider"],
    [{ options: { strategy: "three_stage" } }, "VALIDATION_ERROR", "options.strategy"],
    [{ options: { preflight_mode: "heavy" } }, "VALIDATION_ERROR", "options.preflight_mode"],
    [{ options: "fast" }, "VALIDATION_ERROR", "options"],
  ])("refuses %j with %s", async (patch, code, field) => {
    expectError(await alice.call("POST", "/v1/jobs", { ...valid(), ...patch }), 400, code, field);
  });

  it.each([
    ["http://[::127.0.0.1]/", "private_address"],
    ["http://[::ffff:0:a00:8]/", "private_address"],
    ["http://[64:ff9b::169.254.169.254]/latest/meta-data/", "private_address"],
    ["http://[2002:c0a8:101::1]/", "private_address"],
    ["http://[2001:0:4136:e378:8000:63bf:f5ff:fffe]/", "private_address"],
    ["http://[2001:db8::1]/", "private_address"],
    ["https://user:pw@example.com/", "credentials_in_url"],
    ["https://user@example.com/", "credentials_in_url"],
  ])("refuses the target %s for the reason %s", async (target_url, reason) => {
    const result = await alice.call("POST", "/v1/jobs", { ...valid(), target_url });
    expectError(result, 400, "INVALID_URL", "target_url");
    expect(result.body.error.details).toEqual({ reason });
  });

  it("gives the contract's details for a short anchor", async () => {
    const result = await alice.call("POST", "/v1/jobs", { ...valid(), anchor_text: "ab" });
    expect(result.body.error).toEqual({
      code: "VALIDATION_ERROR",
      message: "Anchor text must be between 3 and 150 characters",
      field: "anchor_text",
      details: { provided_length: 2, min_length: 3, max_length: 150 },
    });
  });

  it("names the missing field, and refuses bodies that are not a JSON object", async () => {
    for (const field of ["publisher_domain", "target_url", "anchor_text"] as const) {
      const { [field]: _, ...rest } = valid();
      expectError(await alice.call("POST", "/v1/jobs", rest), 400, "VALIDATION_ERROR", field);
    }
    expectError(await alice.call("POST", "/v1/jobs", "[1,2]"), 400, "VALIDATION_ERROR");
    expectError(await alice.call("POST", "/v1/jobs", '{"publisher_domain": '), 400, "VALIDATION_ERROR");
    expectError(await alice.call("POST", "/v1/jobs", "null"), 400, "VALIDATION_ERROR");
    const polluted = await alice.call(
      "POST",
      "/v1/jobs",
      `{"__proto__": {"admin": true}, ${JSON.stringify(valid()).slice(1)}`,
    );
    expect([201, 400]).toContain(polluted.status);
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    const huge = await alice.call("POST", "/v1/jobs", {
      ...valid(),
      options: { custom_instructions: "x".repeat(2_000_000) },
    });
    expectError(huge, 413, "PAYLOAD_TOO_LARGE");
  });

  it("requires authentication", async () => {
    expectError(await client(platform.url)("POST", "/v1/jobs", valid()), 401, "UNAUTHORIZED");
    const forged = client(platform.url, { authorization: "Bearer eyJhbGciOiJub25lIn0.e30." });
    expectError(await forged("POST", "/v1/jobs", valid()), 401, "UNAUTHORIZED");
    const badKey = client(platform.url, { "x-api-key": "sk_live_nope" });
    expectError(await badKey("GET", "/v1/jobs"), 401, "UNAUTHORIZED");
  });
});

describe("idempotency", () => {
  it("returns the existing job with 200 for the same key and body, 422 for another body", async () => {
    const key = `key-${unique()}`;
    const first = await alice.call("POST", "/v1/jobs", { ...valid(), idempotency_key: key });
    expect(first.status).toBe(201);
    const again = await alice.call("POST", "/v1/jobs", { ...valid(), idempotency_key: key });
    expect(again.status).toBe(200);
    expect(again.body.data).toEqual(first.body.data);

    const changed = await alice.call("POST", "/v1/jobs", {
      ...valid(),
      anchor_text: "other anchor",
      idempotency_key: key,
    });
    expectError(changed, 422, "IDEMPOTENCY_KEY_REUSED", "idempotency_key");
    expect(changed.body.error.details).toEqual({ job_id: first.body.data.job_id });

    // Keys are per user: Bob's identical key is a different job.
    const bobs = await bob.call("POST", "/v1/jobs", { ...valid(), idempotency_key: key });
    expect(bobs.status).toBe(201);
    expect(bobs.body.data.job_id).not.toBe(first.body.data.job_id);
  });

  it("creates one job for concurrent duplicates", async () => {
    const key = `race-${unique()}`;
    const results = await Promise.all(
      Array.from({ length: 12 }, () => alice.call("POST", "/v1/jobs", { ...valid(), idempotency_key: key })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 200)).toHaveLength(11);
    expect(new Set(results.map((r) => r.body.data.job_id)).size).toBe(1);
  });

  it("lets a key name a new job once 24 hours have passed", async () => {
    const key = `old-${unique()}`;
    const first = await alice.call("POST", "/v1/jobs", { ...valid(), idempotency_key: key });
    await sql`update idempotency_keys set first_used_at = now() - interval '25 hours'
              where idempotency_key = ${key}`.execute(platform.database.db);
    const later = await alice.call("POST", "/v1/jobs", { ...valid(), idempotency_key: key });
    expect(later.status).toBe(201);
    expect(later.body.data.job_id).not.toBe(first.body.data.job_id);
  });
});

describe("ownership", () => {
  it("answers 404 JOB_NOT_FOUND for another user's job on every endpoint", async () => {
    const { job_id } = (await alice.call("POST", "/v1/jobs", valid())).body.data;
    expectError(await bob.call("GET", `/v1/jobs/${job_id}`), 404, "JOB_NOT_FOUND");
    expectError(await bob.call("DELETE", `/v1/jobs/${job_id}`), 404, "JOB_NOT_FOUND");
    const html = await fetch(`${platform.url}/v1/jobs/${job_id}/article.html`, {
      headers: { authorization: `Bearer ${bob.token}` },
    });
    expect(html.status).toBe(404);
    expect(((await html.json()) as { error: { code: string } }).error.code).toBe("JOB_NOT_FOUND");
    const listed = await bob.call("GET", "/v1/jobs?limit=100");
    expect(listed.body.data.jobs.map((j: { job_id: string }) => j.job_id)).not.toContain(job_id);
    // Still Alice's, untouched.
    expect((await alice.call("GET", `/v1/jobs/${job_id}`)).body.data.status).toBe("RECEIVE");
  });

  it("answers 404 for ids that do not exist, however odd", async () => {
    for (const id of ["job_doesnotexist", "%27%20OR%201%3D1--", "..%2F..%2Fetc%2Fpasswd", "x".repeat(100)]) {
      expectError(await alice.call("GET", `/v1/jobs/${id}`), 404, "JOB_NOT_FOUND");
    }
    expectError(await alice.call("GET", `/v1/jobs/${"x".repeat(101)}`), 400, "VALIDATION_ERROR");
  });
});

describe("DELETE /v1/jobs/{job_id} and article.html before delivery", () => {
  it("cancels a queued job at once", async () => {
    const { job_id } = (await alice.call("POST", "/v1/jobs", valid())).body.data;
    const cancelled = await alice.call("DELETE", `/v1/jobs/${job_id}`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data).toEqual({ job_id, status: "CANCELLED", cancelled_at: expect.any(String) });
    const job = (await alice.call("GET", `/v1/jobs/${job_id}`)).body.data;
    expect(job.status).toBe("CANCELLED");
    expect(job.state_history.map((s: { state: string }) => s.state)).toEqual(["RECEIVE", "CANCELLED"]);
    // DELETE is idempotent: cancelling again answers the same cancellation, and logs nothing new.
    const again = await alice.call("DELETE", `/v1/jobs/${job_id}`);
    expect(again.status).toBe(200);
    expect(again.body.data).toEqual(cancelled.body.data);
    const after = (await alice.call("GET", `/v1/jobs/${job_id}`)).body.data;
    expect(after.state_history).toHaveLength(2);
  });

  it.each(["DELIVER", "BLOCKED", "ERROR"])("refuses to cancel a %s job with job_status", async (status) => {
    const { job_id } = (await alice.call("POST", "/v1/jobs", valid())).body.data;
    await sql`update jobs set status = ${status}, completed_at = now() where id = ${job_id}`.execute(
      platform.database.db,
    );
    const refused = await alice.call("DELETE", `/v1/jobs/${job_id}`);
    expectError(refused, 400, "CANNOT_CANCEL_COMPLETED_JOB");
    expect(refused.body.error.job_status).toBe(status);
    expect((await alice.call("GET", `/v1/jobs/${job_id}`)).body.data.status).toBe(status);
  });

  it("answers 409 ARTICLE_NOT_READY for a job without an article", async () => {
    const { job_id } = (await alice.call("POST", "/v1/jobs", valid())).body.data;
    const html = await fetch(`${platform.url}/v1/jobs/${job_id}/article.html`, {
      headers: { authorization: `Bearer ${alice.token}` },
    });
    expect(html.status).toBe(409);
    expect(await html.json()).toMatchObject({
      success: false,
      error: { code: "ARTICLE_NOT_READY", job_status: "RECEIVE" },
    });
    const anonymous = await fetch(`${platform.url}/v1/jobs/${job_id}/article.html`);
    expect(anonymous.status).toBe(401);
  });
});

describe("GET /v1/jobs", () => {
  it("filters, sorts and paginates your jobs", async () => {
    const carol = await newCustomer(platform.url);
    const ids: string[] = [];
    for (const [i, publisher] of [
      "a.example.com",
      "b.example.com",
      "a.example.com",
      "c.example.com",
    ].entries()) {
      const created = await carol.call("POST", "/v1/jobs", {
        ...valid(),
        publisher_domain: publisher,
        anchor_text: `anchor number ${i}`,
      });
      ids.push(created.body.data.job_id);
    }
    await carol.call("DELETE", `/v1/jobs/${ids[3]}`);

    const all = await carol.call("GET", "/v1/jobs");
    expect(all.status).toBe(200);
    expect(all.body.data.jobs.map((j: { job_id: string }) => j.job_id)).toEqual([...ids].reverse());
    expect(all.body.data.pagination).toEqual({
      total: 4,
      limit: 20,
      offset: 0,
      has_more: false,
      next_offset: null,
    });
    expect(all.body.data.jobs[0]).toEqual({
      job_id: ids[3],
      status: "CANCELLED",
      progress: 100 === all.body.data.jobs[0].progress ? 100 : 0,
      publisher_domain: "c.example.com",
      target_url: "https://example.com/product",
      anchor_text: "anchor number 3",
      created_at: expect.any(String),
      completed_at: expect.any(String),
    });

    const oldest = await carol.call("GET", "/v1/jobs?sort=created_at&limit=2&offset=1");
    expect(oldest.body.data.jobs.map((j: { job_id: string }) => j.job_id)).toEqual([ids[1], ids[2]]);
    expect(oldest.body.data.pagination).toEqual({
      total: 4,
      limit: 2,
      offset: 1,
      has_more: true,
      next_offset: 3,
    });

    const byPublisher = await carol.call("GET", "/v1/jobs?publisher_domain=A.example.com");
    expect(byPublisher.body.data.jobs.map((j: { job_id: string }) => j.job_id)).toEqual([ids[2], ids[0]]);
    const byStatus = await carol.call("GET", "/v1/jobs?status=CANCELLED");
    expect(byStatus.body.data.jobs.map((j: { job_id: string }) => j.job_id)).toEqual([ids[3]]);
    const byState = await carol.call("GET", "/v1/jobs?sort=status");
    expect(byState.body.data.jobs[0].status).toBe("CANCELLED");

    const future = new Date(Date.now() + 3_600_000).toISOString();
    const past = new Date(Date.now() - 3_600_000).toISOString();
    expect((await carol.call("GET", `/v1/jobs?date_from=${future}`)).body.data.jobs).toEqual([]);
    expect(
      (await carol.call("GET", `/v1/jobs?date_from=${past}&date_to=${future}`)).body.data.pagination.total,
    ).toBe(4);
    expect((await carol.call("GET", `/v1/jobs?date_to=${past}`)).body.data.pagination.total).toBe(0);
  });

  it.each([
    ["limit=101", "limit"],
    ["limit=0", "limit"],
    ["limit=ten", "limit"],
    ["offset=-1", "offset"],
    ["sort=updated_at", "sort"],
    ["sort=-status", "sort"],
    ["status=DONE", "status"],
    ["date_from=yesterday", "date_from"],
    ["date_to=2025-13-45T00:00:00Z", "date_to"],
  ])("refuses ?%s", async (query, field) => {
    expectError(await alice.call("GET", `/v1/jobs?${query}`), 400, "VALIDATION_ERROR", field);
  });
});

describe("date_from and date_to", () => {
  it("take every ISO 8601 form: a plain date covers its whole day (UTC), offsets shift it", async () => {
    const dave = await newCustomer(platform.url);
    const { job_id } = (await dave.call("POST", "/v1/jobs", valid())).body.data;
    const { created_at } = (await dave.call("GET", `/v1/jobs/${job_id}`)).body.data;
    const created = new Date(created_at);
    const day = created.toISOString().slice(0, 10);
    const pad = (n: number) => String(n).padStart(2, "0");
    const next = new Date(created.getTime() + 86_400_000).toISOString().slice(0, 10);
    const previous = new Date(created.getTime() - 86_400_000).toISOString().slice(0, 10);
    const minute = created.toISOString().slice(0, 16);
    const compact = `${day.replaceAll("-", "")}T${pad(created.getUTCHours())}${pad(created.getUTCMinutes())}Z`;
    const found = async (query: string) => {
      const answer = await dave.call("GET", `/v1/jobs?${query}`);
      expect(answer.status, `${query}: ${JSON.stringify(answer.body)}`).toBe(200);
      return answer.body.data.pagination.total as number;
    };
    // The day itself, as a lower and as an upper bound: start and end of that day.
    expect(await found(`date_from=${day}`)).toBe(1);
    expect(await found(`date_to=${day}`)).toBe(1);
    expect(await found(`date_from=${day}&date_to=${day}`)).toBe(1);
    expect(await found(`date_from=${next}`)).toBe(0);
    expect(await found(`date_to=${previous}`)).toBe(0);
    // A minute, a basic-format time, Python's str(datetime), and offsets.
    expect(await found(`date_from=${minute}&date_to=${minute}`)).toBe(1);
    expect(await found(`date_from=${compact}&date_to=${compact}`)).toBe(1);
    expect(await found(`date_to=${encodeURIComponent(`${day} 23:59:59.999999`)}`)).toBe(1);
    const shifted = new Date(created.getTime() + 2 * 3_600_000).toISOString().slice(0, 19);
    expect(await found(`date_to=${encodeURIComponent(`${shifted}+02:00`)}`)).toBe(1);
    const secondLater = new Date(created.getTime() + 2 * 3_600_000 + 1000).toISOString().slice(0, 19);
    expect(await found(`date_from=${encodeURIComponent(`${secondLater}+02:00`)}`)).toBe(0);
    expect(await found(`date_from=${encodeURIComponent(`${shifted.slice(0, 16)}+0200`)}`)).toBe(1);
  });

  it.each(["2026-02-30", "2026-11-01T25:00", "2026-11-01T10:15+15:00", "11/01/2026", "2026-11-01T"])(
    "refuses %s with the field named",
    async (value) => {
      expectError(
        await alice.call("GET", `/v1/jobs?date_from=${encodeURIComponent(value)}`),
        400,
        "VALIDATION_ERROR",
        "date_from",
      );
    },
  );
});

describe("rate-limit headers on job errors, and the /api/v1 alias", () => {
  it("come with 409 and 422 answers too", async () => {
    const { job_id } = (await alice.call("POST", "/v1/jobs", valid())).body.data;
    const notReady = await fetchChecked(platform.url, `/v1/jobs/${job_id}/article.html`, {
      headers: { authorization: `Bearer ${alice.token}` },
    });
    expect(notReady.status).toBe(409);
    const key = `hdr-${unique()}`;
    await alice.call("POST", "/v1/jobs", { ...valid(), idempotency_key: key });
    const reused = await alice.call("POST", "/v1/jobs", {
      ...valid(),
      anchor_text: "another",
      idempotency_key: key,
    });
    expect(reused.status).toBe(422);
    for (const answer of [notReady, reused]) {
      expect(answer.headers.get("x-ratelimit-limit"), String(answer.status)).toBe("100000");
      expect(answer.headers.get("x-ratelimit-remaining"), String(answer.status)).toMatch(/^\d+$/);
      expect(answer.headers.get("x-ratelimit-reset"), String(answer.status)).toMatch(/^\d+$/);
    }
  });

  it("serves the jobs API under /api/v1 as under /v1", async () => {
    const created = await alice.call("POST", "/api/v1/jobs", valid());
    expect(created.status).toBe(201);
    const { job_id } = created.body.data;
    expect((await alice.call("GET", `/v1/jobs/${job_id}`)).body.data.job_id).toBe(job_id);
    expect((await alice.call("GET", `/api/v1/jobs/${job_id}`)).body.data.job_id).toBe(job_id);
    expectError(
      await alice.call("POST", "/api/v1/jobs", { ...valid(), anchor_text: "ab" }),
      400,
      "VALIDATION_ERROR",
    );
    expect((await alice.call("DELETE", `/api/v1/jobs/${job_id}`)).body.data.status).toBe("CANCELLED");
  });
});
