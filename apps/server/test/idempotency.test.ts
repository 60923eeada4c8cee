import { defaultDuties } from "@bacowr/runtime";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import { accessToken, type CallResult, client, newCustomer, startTestPlatform } from "./harness";

// Every creating POST honours `Idempotency-Key`: a retry answers what the first request created, once.
let platform: Platform;
let admin: ReturnType<typeof client>;
let alice: Awaited<ReturnType<typeof newCustomer>>;

beforeAll(async () => {
  platform = await startTestPlatform({ ANTHROPIC_API_KEY: "sk-ant-not-called", WORKER_IN_PROCESS: "false" });
  admin = client(platform.url, { authorization: `Bearer ${await accessToken("admin", "usr_idem_admin")}` });
  alice = await newCustomer(platform.url);
});
afterAll(() => platform?.close());

const unique = () => Math.random().toString(36).slice(2, 10);
const keyed = (key: string) => ({ "idempotency-key": key });

function expectReused(result: CallResult, details: Record<string, unknown>, field = "Idempotency-Key") {
  expect(result.status, JSON.stringify(result.body)).toBe(422);
  expect(result.body.error).toMatchObject({ code: "IDEMPOTENCY_KEY_REUSED", field, details });
}

const count = async (query: ReturnType<typeof sql<{ n: number }>>) =>
  Number((await query.execute(platform.database.db)).rows[0]?.n);

describe("POST /v1/jobs with an Idempotency-Key header", () => {
  const order = () => ({
    publisher_domain: "aftonbladet.se",
    target_url: "https://example.com/product",
    anchor_text: `anchor ${unique()}`,
  });

  it("replays with 200 and the same job, and refuses another body with 422", async () => {
    const key = `hdr-${unique()}`;
    const body = order();
    const first = await alice.call("POST", "/v1/jobs", body, keyed(key));
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const again = await alice.call("POST", "/v1/jobs", body, keyed(key));
    expect(again.status).toBe(200);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body.data).toEqual(first.body.data);
    expect(await count(sql`select count(*) as n from jobs where anchor_text = ${body.anchor_text}`)).toBe(1);
    const other = await alice.call(
      "POST",
      "/v1/jobs",
      { ...body, anchor_text: "another anchor" },
      keyed(key),
    );
    expectReused(other, { job_id: first.body.data.job_id });
  });

  it("uses the body's idempotency_key when both are sent (the body wins)", async () => {
    const bodyKey = `body-${unique()}`;
    const body = { ...order(), idempotency_key: bodyKey };
    const first = await alice.call("POST", "/v1/jobs", body, keyed(`hdr-${unique()}`));
    expect(first.status).toBe(201);
    // A client that makes up a new header per attempt still replays the body's key.
    const retried = await alice.call("POST", "/v1/jobs", body, keyed(`hdr-${unique()}`));
    expect(retried.status).toBe(200);
    expect(retried.body.data.job_id).toBe(first.body.data.job_id);
    const keyless = await alice.call(
      "POST",
      "/v1/jobs",
      { ...body, idempotency_key: undefined },
      keyed(bodyKey),
    );
    expect(keyless.status).toBe(200);
    expect(keyless.body.data.job_id).toBe(first.body.data.job_id);
  });

  it.each([["k".repeat(256)], ["tab\there"]])("refuses the header %j with 400", async (key) => {
    const refused = await alice.call("POST", "/v1/jobs", order(), keyed(key));
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: "VALIDATION_ERROR", field: "Idempotency-Key" });
  });
});

describe("POST /v1/campaigns", () => {
  it("creates one campaign per key, replaying the original 201 and body", async () => {
    const key = `camp-${unique()}`;
    const name = `campaign ${unique()}`;
    const first = await admin("POST", "/v1/campaigns", { name, settings: { a: 1, b: [1, 2] } }, keyed(key));
    expect(first.status).toBe(201);
    // The same request with its members in another order is the same request.
    const again = await admin("POST", "/v1/campaigns", { settings: { b: [1, 2], a: 1 }, name }, keyed(key));
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body.data).toEqual(first.body.data);
    expect(await count(sql`select count(*) as n from campaigns where name = ${name}`)).toBe(1);
    expectReused(await admin("POST", "/v1/campaigns", { name: "renamed" }, keyed(key)), {
      campaign_id: first.body.data.id,
    });
  });

  it("creates exactly one campaign for concurrent duplicates", async () => {
    const key = `race-${unique()}`;
    const name = `race ${unique()}`;
    const results = await Promise.all(
      Array.from({ length: 8 }, () => admin("POST", "/v1/campaigns", { name }, keyed(key))),
    );
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
    expect(results.filter((r) => r.headers.get("idempotent-replayed") === "true")).toHaveLength(7);
    expect(new Set(results.map((r) => r.body.data.id)).size).toBe(1);
    expect(await count(sql`select count(*) as n from campaigns where name = ${name}`)).toBe(1);
  });

  it("keeps keys apart by user and by kind of request", async () => {
    const key = `shared-${unique()}`;
    const other = client(platform.url, {
      authorization: `Bearer ${await accessToken("admin", "usr_idem_other_admin")}`,
    });
    const mine = await admin("POST", "/v1/campaigns", { name: `mine ${key}` }, keyed(key));
    const theirs = await other("POST", "/v1/campaigns", { name: `theirs ${key}` }, keyed(key));
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.body.data.id).not.toBe(mine.body.data.id);
    const tasks = await admin(
      "POST",
      `/v1/campaigns/${mine.body.data.id}/tasks`,
      { tasks: [{ type: "comment" }] },
      keyed(key),
    );
    expect(tasks.status).toBe(201);
  });
});

describe("POST /v1/campaigns/{id}/tasks", () => {
  it("queues 1 000 tasks once, however often the request is retried", async () => {
    const campaign = (await admin("POST", "/v1/campaigns", { name: `tasks ${unique()}` })).body.data;
    const key = `tasks-${unique()}`;
    const tasks = Array.from({ length: 1_000 }, (_, i) => ({ type: "comment", payload: { n: i } }));
    const path = `/v1/campaigns/${campaign.id}/tasks`;
    const first = await admin("POST", path, { tasks }, keyed(key));
    expect(first.status).toBe(201);
    expect(first.body.data.count).toBe(1_000);
    const retries = await Promise.all([1, 2, 3].map(() => admin("POST", path, { tasks }, keyed(key))));
    for (const retry of retries) {
      expect(retry.status).toBe(201);
      expect(retry.headers.get("idempotent-replayed")).toBe("true");
      expect(retry.body.data).toEqual(first.body.data);
    }
    expect(await count(sql`select count(*) as n from worker_tasks where campaign_id = ${campaign.id}`)).toBe(
      1_000,
    );
    const changed = await admin("POST", path, { tasks: tasks.slice(1) }, keyed(key));
    expectReused(changed, { task_ids: first.body.data.task_ids });
  });

  it("treats the same tasks for another campaign as a different request", async () => {
    const [a, b] = await Promise.all(
      ["a", "b"].map(
        async (n) => (await admin("POST", "/v1/campaigns", { name: `${n} ${unique()}` })).body.data,
      ),
    );
    const key = `camp-tasks-${unique()}`;
    const tasks = [{ type: "comment" }];
    expect((await admin("POST", `/v1/campaigns/${a.id}/tasks`, { tasks }, keyed(key))).status).toBe(201);
    const refused = await admin("POST", `/v1/campaigns/${b.id}/tasks`, { tasks }, keyed(key));
    expect(refused.status).toBe(422);
    expect(await count(sql`select count(*) as n from worker_tasks where campaign_id = ${b.id}`)).toBe(0);
  });
});

describe("POST /v1/users", () => {
  it("creates the user once, and refuses the key with other details or another password", async () => {
    const key = `user-${unique()}`;
    const user = { email: `idem-${unique()}@example.com`, password: "a long enough password" };
    const first = await admin("POST", "/v1/users", user, keyed(key));
    expect(first.status).toBe(201);
    const again = await admin("POST", "/v1/users", { ...user, email: user.email.toUpperCase() }, keyed(key));
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body.data).toEqual(first.body.data);
    const details = { user_id: first.body.data.id };
    expectReused(await admin("POST", "/v1/users", { ...user, tier: "pro" }, keyed(key)), details);
    expectReused(
      await admin("POST", "/v1/users", { ...user, password: "another long password" }, keyed(key)),
      details,
    );
    // Without the key, the same email is a conflict, as before.
    expect((await admin("POST", "/v1/users", user)).status).toBe(409);
  });
});

describe("POST /v1/api-keys", () => {
  it("shows the same key again on a retry, and creates one", async () => {
    const key = `apikey-${unique()}`;
    const first = await alice.call("POST", "/v1/api-keys", { name: "ci" }, keyed(key));
    expect(first.status).toBe(201);
    const again = await alice.call("POST", "/v1/api-keys", { name: "ci" }, keyed(key));
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body.data).toMatchObject({ id: first.body.data.id, key: first.body.data.key });
    const listed = await alice.call("GET", "/v1/api-keys");
    expect(listed.body.data.api_keys.filter((k: { id: string }) => k.id === first.body.data.id)).toHaveLength(
      1,
    );
    expect(listed.body.data.api_keys).toHaveLength(1);
    // The replayed key works.
    const legacy = client(platform.url, { "x-api-key": again.body.data.key });
    expect((await legacy("GET", "/v1/jobs")).status).toBe(200);
    expectReused(await alice.call("POST", "/v1/api-keys", { name: "other" }, keyed(key)), {
      api_key_id: first.body.data.id,
    });
    // The secret is kept sealed, never as it was shown.
    const stored = await sql<{ replay_secret: string }>`
      select replay_secret from idempotency_keys where idempotency_key = ${key}`.execute(
      platform.database.db,
    );
    expect(stored.rows[0]?.replay_secret).toEqual(expect.any(String));
    expect(stored.rows[0]?.replay_secret).not.toContain(first.body.data.key);
  });

  it("never shows a revoked key again: a retry after revocation answers 409, and the sealed copy is gone", async () => {
    const key = `revoked-${unique()}`;
    const first = await alice.call("POST", "/v1/api-keys", { name: "short-lived" }, keyed(key));
    expect(first.status).toBe(201);
    expect((await alice.call("DELETE", `/v1/api-keys/${first.body.data.id}`)).status).toBe(200);
    const retried = await alice.call("POST", "/v1/api-keys", { name: "short-lived" }, keyed(key));
    expect(retried.status).toBe(409);
    expect(retried.body.error).toMatchObject({
      code: "CONFLICT",
      details: { api_key_id: first.body.data.id },
    });
    expect(JSON.stringify(retried.body)).not.toContain(first.body.data.key);
    const stored = await sql<{ replay_secret: string | null }>`
      select replay_secret from idempotency_keys where idempotency_key = ${key}`.execute(
      platform.database.db,
    );
    expect(stored.rows[0]?.replay_secret).toBeNull();
  });
});

describe("keys every creating POST checks", () => {
  it.each([[""], ["k".repeat(256)]])(
    "refuses the header %j on campaigns, tasks, users and API keys",
    async (key) => {
      const campaign = await admin("POST", "/v1/campaigns", { name: `checked ${unique()}` });
      const attempts = [
        await admin("POST", "/v1/campaigns", { name: `c ${unique()}` }, keyed(key)),
        await admin(
          "POST",
          `/v1/campaigns/${campaign.body.data.id}/tasks`,
          { tasks: [{ type: "comment", payload: {} }] },
          keyed(key),
        ),
        await admin(
          "POST",
          "/v1/users",
          { email: `u-${unique()}@example.com`, password: "a long enough password" },
          keyed(key),
        ),
        await alice.call("POST", "/v1/api-keys", { name: "checked" }, keyed(key)),
      ];
      for (const refused of attempts) {
        expect(refused.status, JSON.stringify(refused.body)).toBe(400);
        expect(refused.body.error).toMatchObject({ code: "VALIDATION_ERROR", field: "Idempotency-Key" });
      }
    },
  );
});

describe("spent keys", () => {
  it("are purged by the worker's duties once 24 hours have passed, sealed secrets with them", async () => {
    const [spent, live] = [`spent-${unique()}`, `live-${unique()}`];
    await alice.call("POST", "/v1/api-keys", { name: "old" }, keyed(spent));
    await alice.call("POST", "/v1/api-keys", { name: "new" }, keyed(live));
    await sql`update idempotency_keys set first_used_at = now() - interval '25 hours'
              where idempotency_key = ${spent}`.execute(platform.database.db);
    const purge = defaultDuties(platform.database, platform.services).find(
      (d) => d.name === "idempotency-purge",
    );
    expect(await purge?.run(new AbortController().signal)).toBeGreaterThanOrEqual(1);
    const left = await sql<{ idempotency_key: string }>`
      select idempotency_key from idempotency_keys where idempotency_key in (${spent}, ${live})`.execute(
      platform.database.db,
    );
    expect(left.rows.map((r) => r.idempotency_key)).toEqual([live]);
  });
});
