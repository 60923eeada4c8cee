import { createWebhookService, systemClock, webhookEventTypes } from "@bacowr/core";
import { createWebhookRepository } from "@bacowr/db";
import { createUrlVetter } from "@bacowr/providers";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import { type CallResult, newCustomer, startTestPlatform } from "./harness";

// The webhook API over HTTP, without a dispatcher (deliveries stay pending): every endpoint's answer, who may
// see what, and every input a client could get wrong or forge. The harness checks each answer against
// openapi.json. Offline, public names do not resolve, so public receivers are IP literals.
const MAX_PER_USER = 4;
const ALLOWED_PRIVATE = "127.0.0.2";
const PUBLIC = "https://93.184.216.34/hooks/in";

let platform: Platform;
type Customer = Awaited<ReturnType<typeof newCustomer>>;
let owner: Customer;
let stranger: Customer;

beforeAll(async () => {
  platform = await startTestPlatform({
    FETCH_ALLOW_PRIVATE_HOSTS: ALLOWED_PRIVATE,
    WEBHOOK_MAX_PER_USER: String(MAX_PER_USER),
  });
  owner = await newCustomer(platform.url);
  stranger = await newCustomer(platform.url);
});
afterAll(() => platform?.close());

function expectError(answer: CallResult, status: number, code: string, field?: string) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(answer.body.success).toBe(false);
  expect(answer.body.error.code).toBe(code);
  expect(answer.body.error.message).toEqual(expect.any(String));
  if (field) expect(answer.body.error.field).toBe(field);
}

/** Any 4xx in the v1 envelope: hostile input is refused, never a 5xx. */
function expectRefused(answer: CallResult, what: string) {
  expect(answer.status, `${what}: ${JSON.stringify(answer.body)}`).toBeGreaterThanOrEqual(400);
  expect(answer.status, `${what}: ${JSON.stringify(answer.body)}`).toBeLessThan(500);
  expect(answer.body?.success, what).toBe(false);
  expect(answer.body.error.code, what).toEqual(expect.any(String));
}

async function subscribe(customer: Customer, body: Record<string, unknown> = {}) {
  const created = await customer.call("POST", "/v1/webhooks", {
    url: PUBLIC,
    events: ["job.completed"],
    ...body,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.data;
}

async function deleteAll(customer: Customer) {
  const listed = await customer.call("GET", "/v1/webhooks?limit=100");
  for (const webhook of listed.body.data.webhooks) {
    expect((await customer.call("DELETE", `/v1/webhooks/${webhook.webhook_id}`)).status).toBe(200);
  }
}

describe("the webhook endpoints' answers", () => {
  // Each test starts with no webhook, so the cap (MAX_PER_USER) never gets in the way.
  beforeEach(() => deleteAll(owner));

  it("creates (201) with a whsec_ secret shown once; GET, list and PATCH never show it", async () => {
    await deleteAll(owner);
    const created = await owner.call("POST", "/v1/webhooks", {
      url: PUBLIC,
      events: ["job.completed", "job.failed", "job.completed"],
      description: "  orders  ",
    });
    expect(created.status).toBe(201);
    expect(created.body.success).toBe(true);
    const webhook = created.body.data;
    expect(webhook).toMatchObject({
      webhook_id: expect.stringMatching(/^wh_/),
      url: PUBLIC,
      events: ["job.completed", "job.failed"],
      description: "orders",
      active: true,
      disabled_reason: null,
      disabled_at: null,
      failing_since: null,
      previous_secret_expires_at: null,
    });
    expect(webhook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(webhook.secret.slice(6), "base64")).toHaveLength(32);

    const got = await owner.call("GET", `/v1/webhooks/${webhook.webhook_id}`);
    expect(got.status).toBe(200);
    expect(got.body.data).not.toHaveProperty("secret");
    const { secret: _, ...shown } = webhook;
    expect(got.body.data).toEqual(shown);
    expect(JSON.stringify(got.body)).not.toContain(webhook.secret.slice(6));

    const listed = await owner.call("GET", "/v1/webhooks");
    expect(listed.status).toBe(200);
    expect(listed.body.data.webhooks).toEqual([shown]);
    expect(listed.body.data.pagination).toMatchObject({ total: 1, limit: 20, offset: 0 });
    expect(JSON.stringify(listed.body)).not.toContain(webhook.secret.slice(6));

    const patched = await owner.call("PATCH", `/v1/webhooks/${webhook.webhook_id}`, {
      events: webhookEventTypes,
      description: null,
      active: false,
    });
    expect(patched.status).toBe(200);
    expect(patched.body.data).toMatchObject({
      webhook_id: webhook.webhook_id,
      events: [...webhookEventTypes],
      description: null,
      active: false,
    });
    expect(patched.body.data).not.toHaveProperty("secret");

    // The secret in the database is sealed, never the text the customer got.
    const row = await platform.database.db
      .selectFrom("webhook_subscriptions")
      .select("secret_encrypted")
      .where("id", "=", webhook.webhook_id)
      .executeTakeFirstOrThrow();
    expect(row.secret_encrypted).not.toContain(webhook.secret.slice(6));
  });

  it("pages the list, newest first", async () => {
    await deleteAll(owner);
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await subscribe(owner, { description: `n${i}` })).webhook_id);
    const first = await owner.call("GET", "/v1/webhooks?limit=2&offset=0");
    const second = await owner.call("GET", "/v1/webhooks?limit=2&offset=2");
    expect(first.body.data.pagination).toMatchObject({ total: 3, limit: 2, offset: 0 });
    expect(second.body.data.pagination).toMatchObject({ total: 3, limit: 2, offset: 2 });
    const seen = [...first.body.data.webhooks, ...second.body.data.webhooks].map((w) => w.webhook_id);
    expect(new Set(seen)).toEqual(new Set(ids));
    expect(seen).toHaveLength(3);
  });

  it("rotates the secret: a new one, and the previous one signs for 24 hours more", async () => {
    const webhook = await subscribe(owner);
    const before = Date.now();
    const rotated = await owner.call("POST", `/v1/webhooks/${webhook.webhook_id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.data.secret).toMatch(/^whsec_/);
    expect(rotated.body.data.secret).not.toBe(webhook.secret);
    const expires = Date.parse(rotated.body.data.previous_secret_expires_at);
    expect(expires).toBeGreaterThanOrEqual(before + 86_400_000 - 1000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 86_400_000 + 1000);
    const got = await owner.call("GET", `/v1/webhooks/${webhook.webhook_id}`);
    expect(got.body.data.previous_secret_expires_at).toBe(rotated.body.data.previous_secret_expires_at);
    expect(got.body.data).not.toHaveProperty("secret");
  });

  it("queues a ping (202), lists and shows its delivery, replays it and a range (202)", async () => {
    const webhook = await subscribe(owner);
    const ping = await owner.call("POST", `/v1/webhooks/${webhook.webhook_id}/test`);
    expect(ping.status).toBe(202);
    expect(ping.body.data).toMatchObject({
      delivery_id: expect.stringMatching(/^whd_/),
      webhook_id: webhook.webhook_id,
      event_id: expect.stringMatching(/^evt_/),
      event: "ping",
      status: "pending",
      attempts: 0,
      next_attempt_at: expect.any(String),
      data: { webhook_id: webhook.webhook_id, message: expect.any(String) },
      attempt_log: [],
    });
    const deliveryId = ping.body.data.delivery_id;

    const listed = await owner.call("GET", `/v1/webhooks/${webhook.webhook_id}/deliveries`);
    expect(listed.status).toBe(200);
    expect(listed.body.data.deliveries.map((d: { delivery_id: string }) => d.delivery_id)).toEqual([
      deliveryId,
    ]);
    expect(listed.body.data.pagination).toMatchObject({ total: 1 });
    const filtered = await owner.call(
      "GET",
      `/v1/webhooks/${webhook.webhook_id}/deliveries?status=delivered&event=ping`,
    );
    expect(filtered.body.data.deliveries).toEqual([]);
    const byEvent = await owner.call("GET", `/v1/webhooks/${webhook.webhook_id}/deliveries?event=ping`);
    expect(byEvent.body.data.pagination.total).toBe(1);

    const got = await owner.call("GET", `/v1/webhooks/deliveries/${deliveryId}`);
    expect(got.status).toBe(200);
    expect(got.body.data).toEqual(ping.body.data);

    // A dead delivery comes back pending, with a fresh budget, keeping its event id.
    await platform.database.db
      .updateTable("webhook_deliveries")
      .set({ status: "dead", attempts: 10, last_error: "HTTP 500" })
      .where("id", "=", deliveryId)
      .execute();
    const replayed = await owner.call("POST", `/v1/webhooks/deliveries/${deliveryId}/replay`);
    expect(replayed.status).toBe(202);
    expect(replayed.body.data).toMatchObject({
      delivery_id: deliveryId,
      event_id: ping.body.data.event_id,
      status: "pending",
      attempts: 0,
      replayed_at: expect.any(String),
    });

    await platform.database.db
      .updateTable("webhook_deliveries")
      .set({ status: "dead" })
      .where("id", "=", deliveryId)
      .execute();
    const since = new Date(Date.now() - 3_600_000).toISOString();
    const range = await owner.call("POST", `/v1/webhooks/${webhook.webhook_id}/replay`, { since });
    expect(range.status).toBe(202);
    expect(range.body.data).toEqual({ webhook_id: webhook.webhook_id, replayed: 1 });
    const none = await owner.call("POST", `/v1/webhooks/${webhook.webhook_id}/replay`, {
      since,
      status: "delivered",
    });
    expect(none.body.data.replayed).toBe(0);
    const future = await owner.call("POST", `/v1/webhooks/${webhook.webhook_id}/replay`, {
      since: new Date(Date.now() + 3_600_000).toISOString(),
      status: "dead",
    });
    expect(future.body.data.replayed).toBe(0);
  });

  it("deletes (200) a webhook with its deliveries", async () => {
    const webhook = await subscribe(owner);
    const ping = await owner.call("POST", `/v1/webhooks/${webhook.webhook_id}/test`);
    const deleted = await owner.call("DELETE", `/v1/webhooks/${webhook.webhook_id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.data).toEqual({ webhook_id: webhook.webhook_id, deleted: true });
    expectError(await owner.call("GET", `/v1/webhooks/${webhook.webhook_id}`), 404, "WEBHOOK_NOT_FOUND");
    expectError(
      await owner.call("GET", `/v1/webhooks/deliveries/${ping.body.data.delivery_id}`),
      404,
      "DELIVERY_NOT_FOUND",
    );
    expectError(await owner.call("DELETE", `/v1/webhooks/${webhook.webhook_id}`), 404, "WEBHOOK_NOT_FOUND");
    const rows = await platform.database.db
      .selectFrom("webhook_deliveries")
      .select("id")
      .where("subscription_id", "=", webhook.webhook_id)
      .execute();
    expect(rows).toEqual([]);
  });

  it("PATCH active: true re-enables a webhook disabled for failing and forgets the failures", async () => {
    const webhook = await subscribe(owner);
    await platform.database.db
      .updateTable("webhook_subscriptions")
      .set({
        active: false,
        failing_since: new Date(Date.now() - 4 * 86_400_000),
        disabled_at: new Date(),
        disabled_reason: "Disabled: every delivery failed",
      })
      .where("id", "=", webhook.webhook_id)
      .execute();
    const disabled = await owner.call("GET", `/v1/webhooks/${webhook.webhook_id}`);
    expect(disabled.body.data).toMatchObject({ active: false, disabled_reason: expect.any(String) });
    const resumed = await owner.call("PATCH", `/v1/webhooks/${webhook.webhook_id}`, { active: true });
    expect(resumed.status).toBe(200);
    expect(resumed.body.data).toMatchObject({
      active: true,
      disabled_reason: null,
      disabled_at: null,
      failing_since: null,
    });
  });

  it("PATCH changes the url, and refuses a private one without changing anything", async () => {
    const webhook = await subscribe(owner);
    const moved = await owner.call("PATCH", `/v1/webhooks/${webhook.webhook_id}`, {
      url: "https://93.184.216.35/other",
    });
    expect(moved.status).toBe(200);
    expect(moved.body.data.url).toBe("https://93.184.216.35/other");
    for (const url of [
      "https://127.0.0.1/in",
      "https://10.1.2.3/in",
      "https://localhost/in",
      "http://93.184.216.34/",
    ]) {
      expectError(
        await owner.call("PATCH", `/v1/webhooks/${webhook.webhook_id}`, { url, active: false }),
        400,
        "INVALID_URL",
        "url",
      );
    }
    const got = await owner.call("GET", `/v1/webhooks/${webhook.webhook_id}`);
    expect(got.body.data).toMatchObject({ url: "https://93.184.216.35/other", active: true });
  });

  it(`refuses a subscription past WEBHOOK_MAX_PER_USER (${MAX_PER_USER}), and takes one once another is deleted`, async () => {
    await deleteAll(owner);
    const made = [];
    for (let i = 0; i < MAX_PER_USER; i++) made.push(await subscribe(owner));
    const refused = await owner.call("POST", "/v1/webhooks", { url: PUBLIC, events: ["job.created"] });
    expectError(refused, 400, "VALIDATION_ERROR");
    expect(refused.body.error.message).toContain(String(MAX_PER_USER));
    // The cap is per account: another customer still subscribes.
    const theirs = await subscribe(stranger);
    await stranger.call("DELETE", `/v1/webhooks/${theirs.webhook_id}`);
    await owner.call("DELETE", `/v1/webhooks/${made[0].webhook_id}`);
    await subscribe(owner);
    await deleteAll(owner);
  });
});

describe("the subscription cap under concurrent requests", () => {
  it(`never lets simultaneous subscriptions pass WEBHOOK_MAX_PER_USER (${MAX_PER_USER})`, async () => {
    const customer = await newCustomer(platform.url);
    const answers = await Promise.all(
      Array.from({ length: 30 }, () =>
        customer.call("POST", "/v1/webhooks", { url: PUBLIC, events: ["job.created"] }),
      ),
    );
    expect(answers.filter((a) => a.status === 201)).toHaveLength(MAX_PER_USER);
    for (const refused of answers.filter((a) => a.status !== 201))
      expectError(refused, 400, "VALIDATION_ERROR");
    const listed = await customer.call("GET", "/v1/webhooks?limit=100");
    expect(listed.body.data.pagination.total).toBe(MAX_PER_USER);
  });
});

describe("owner scoping", () => {
  it("answers another customer 404 on every id-taking endpoint and lists only their own", async () => {
    await deleteAll(owner);
    const webhook = await subscribe(owner);
    const ping = await owner.call("POST", `/v1/webhooks/${webhook.webhook_id}/test`);
    const deliveryId = ping.body.data.delivery_id;
    const id = webhook.webhook_id;
    const since = { since: "2020-01-01" };
    for (const [method, path, body] of [
      ["GET", `/v1/webhooks/${id}`],
      ["PATCH", `/v1/webhooks/${id}`, { active: false }],
      ["DELETE", `/v1/webhooks/${id}`],
      ["POST", `/v1/webhooks/${id}/rotate-secret`],
      ["POST", `/v1/webhooks/${id}/test`],
      ["GET", `/v1/webhooks/${id}/deliveries`],
      ["POST", `/v1/webhooks/${id}/replay`, since],
    ] as const) {
      expectError(await stranger.call(method, path, body), 404, "WEBHOOK_NOT_FOUND");
    }
    expectError(
      await stranger.call("GET", `/v1/webhooks/deliveries/${deliveryId}`),
      404,
      "DELIVERY_NOT_FOUND",
    );
    expectError(
      await stranger.call("POST", `/v1/webhooks/deliveries/${deliveryId}/replay`),
      404,
      "DELIVERY_NOT_FOUND",
    );
    const theirs = await stranger.call("GET", "/v1/webhooks");
    expect(theirs.status).toBe(200);
    expect(theirs.body.data.webhooks).toEqual([]);
    expect(theirs.body.data.pagination.total).toBe(0);
    // Nothing the stranger tried changed the owner's webhook or its delivery.
    const got = await owner.call("GET", `/v1/webhooks/${id}`);
    expect(got.body.data).toMatchObject({ active: true, previous_secret_expires_at: null });
    const delivery = await owner.call("GET", `/v1/webhooks/deliveries/${deliveryId}`);
    expect(delivery.body.data.replayed_at).toBeNull();
    const deliveries = await owner.call("GET", `/v1/webhooks/${id}/deliveries`);
    expect(deliveries.body.data.pagination.total).toBe(1);
  });

  it("refuses every endpoint without a token (401)", async () => {
    const anonymous = (await import("./harness")).client(platform.url);
    for (const [method, path] of [
      ["POST", "/v1/webhooks"],
      ["GET", "/v1/webhooks"],
      ["GET", "/v1/webhooks/wh_x"],
      ["GET", "/v1/webhooks/deliveries/whd_x"],
    ] as const) {
      const answer = await anonymous(method, path, method === "POST" ? {} : undefined);
      expect(answer.status, path).toBe(401);
      expect(answer.body.success).toBe(false);
    }
  });
});

describe("hostile input", () => {
  const createRefusals: [string, unknown, string, string?][] = [
    ["no body fields", {}, "VALIDATION_ERROR"],
    ["url missing", { events: ["job.created"] }, "VALIDATION_ERROR"],
    ["events missing", { url: PUBLIC }, "VALIDATION_ERROR"],
    ["events empty", { url: PUBLIC, events: [] }, "VALIDATION_ERROR"],
    ["unknown event", { url: PUBLIC, events: ["job.exploded"] }, "VALIDATION_ERROR"],
    ["ping is not subscribable", { url: PUBLIC, events: ["ping"] }, "VALIDATION_ERROR"],
    ["events a string", { url: PUBLIC, events: "job.created" }, "VALIDATION_ERROR"],
    ["events an object", { url: PUBLIC, events: { 0: "job.created" } }, "VALIDATION_ERROR"],
    ["events of numbers", { url: PUBLIC, events: [1] }, "VALIDATION_ERROR"],
    ["url a number", { url: 42, events: ["job.created"] }, "VALIDATION_ERROR"],
    ["url empty", { url: "", events: ["job.created"] }, "VALIDATION_ERROR"],
    ["url blank", { url: "   ", events: ["job.created"] }, "VALIDATION_ERROR"],
    ["not a URL", { url: "hooks example com", events: ["job.created"] }, "INVALID_URL", "url"],
    ["relative URL", { url: "/hooks/in", events: ["job.created"] }, "INVALID_URL", "url"],
    ["ftp", { url: "ftp://93.184.216.34/in", events: ["job.created"] }, "INVALID_URL", "url"],
    ["javascript", { url: "javascript:alert(1)", events: ["job.created"] }, "INVALID_URL", "url"],
    ["file", { url: "file:///etc/passwd", events: ["job.created"] }, "INVALID_URL", "url"],
    [
      "http to a public host",
      { url: "http://93.184.216.34/in", events: ["job.created"] },
      "INVALID_URL",
      "url",
    ],
    ["127.0.0.1", { url: "https://127.0.0.1/in", events: ["job.created"] }, "INVALID_URL", "url"],
    [
      "127.0.0.1 with a port",
      { url: "https://127.0.0.1:8443/in", events: ["job.created"] },
      "INVALID_URL",
      "url",
    ],
    ["127.1 (short form)", { url: "https://127.1/in", events: ["job.created"] }, "INVALID_URL", "url"],
    ["2130706433 (decimal)", { url: "https://2130706433/in", events: ["job.created"] }, "INVALID_URL", "url"],
    ["0x7f000001 (hex)", { url: "https://0x7f000001/in", events: ["job.created"] }, "INVALID_URL", "url"],
    ["0.0.0.0", { url: "https://0.0.0.0/in", events: ["job.created"] }, "INVALID_URL", "url"],
    ["10.x", { url: "https://10.0.0.5/in", events: ["job.created"] }, "INVALID_URL", "url"],
    ["192.168.x", { url: "https://192.168.1.1/in", events: ["job.created"] }, "INVALID_URL", "url"],
    ["172.16.x", { url: "https://172.16.0.1/in", events: ["job.created"] }, "INVALID_URL", "url"],
    [
      "cloud metadata",
      { url: "https://169.254.169.254/latest/meta-data", events: ["job.created"] },
      "INVALID_URL",
      "url",
    ],
    ["[::1]", { url: "https://[::1]/in", events: ["job.created"] }, "INVALID_URL", "url"],
    [
      "[::ffff:127.0.0.1]",
      { url: "https://[::ffff:127.0.0.1]/in", events: ["job.created"] },
      "INVALID_URL",
      "url",
    ],
    ["[fd00::1]", { url: "https://[fd00::1]/in", events: ["job.created"] }, "INVALID_URL", "url"],
    ["[fe80::1]", { url: "https://[fe80::1]/in", events: ["job.created"] }, "INVALID_URL", "url"],
    ["localhost", { url: "https://localhost/in", events: ["job.created"] }, "INVALID_URL", "url"],
    ["LOCALHOST.", { url: "https://LOCALHOST./in", events: ["job.created"] }, "INVALID_URL", "url"],
    ["a .localhost name", { url: "https://api.localhost/in", events: ["job.created"] }, "INVALID_URL", "url"],
    [
      "an .internal name",
      { url: "https://metadata.google.internal/in", events: ["job.created"] },
      "INVALID_URL",
      "url",
    ],
    // /etc/hosts names without a dot (runsc, vm) resolve to 127.0.0.1 here: refused as private names.
    ["a single-label name", { url: "https://vm/in", events: ["job.created"] }, "INVALID_URL", "url"],
    [
      "a name that does not resolve",
      { url: "https://hooks.invalid/in", events: ["job.created"] },
      "INVALID_URL",
      "url",
    ],
    [
      "user and password",
      { url: "https://user:pass@93.184.216.34/in", events: ["job.created"] },
      "INVALID_URL",
      "url",
    ],
    ["user only", { url: "https://user@93.184.216.34/in", events: ["job.created"] }, "INVALID_URL", "url"],
    [
      "oversized url",
      { url: `https://93.184.216.34/${"a".repeat(2100)}`, events: ["job.created"] },
      "VALIDATION_ERROR",
    ],
    [
      "oversized description",
      { url: PUBLIC, events: ["job.created"], description: "d".repeat(501) },
      "VALIDATION_ERROR",
    ],
    ["description a number", { url: PUBLIC, events: ["job.created"], description: 5 }, "VALIDATION_ERROR"],
    ["too many events", { url: PUBLIC, events: Array(100).fill("job.created") }, "VALIDATION_ERROR"],
  ];

  it.each(createRefusals)("POST /v1/webhooks refuses %s", async (_, body, code, field) => {
    await deleteAll(owner);
    expectError(await owner.call("POST", "/v1/webhooks", body), 400, code, field);
    expect((await owner.call("GET", "/v1/webhooks")).body.data.pagination.total).toBe(0);
  });

  it("POST /v1/webhooks refuses NUL bytes, a body that is not JSON or not an object", async () => {
    await deleteAll(owner);
    const raw = (text: string) => owner.call("POST", "/v1/webhooks", text);
    for (const [what, text] of [
      ["NUL in the description", `{"url":"${PUBLIC}","events":["job.created"],"description":"a\\u0000b"}`],
      ["NUL in the url", `{"url":"https://93.184.216.34/a\\u0000b","events":["job.created"]}`],
      ["NUL in the host", `{"url":"https://93.184.216.34\\u0000.evil/","events":["job.created"]}`],
      ["NUL in an event", `{"url":"${PUBLIC}","events":["job.created\\u0000"]}`],
      ["a lone surrogate", `{"url":"${PUBLIC}","events":["job.created"],"description":"\\ud800"}`],
      ["not JSON", "{url: nope"],
      ["an array", "[]"],
      ["null", "null"],
      ["a string", '"https://93.184.216.34/"'],
      [
        "a 2 MB body",
        `{"url":"${PUBLIC}","events":["job.created"],"description":"${"d".repeat(2_000_000)}"}`,
      ],
      ["a port out of range", `{"url":"https://93.184.216.34:99999/","events":["job.created"]}`],
      ["an IDN name that does not resolve", `{"url":"https://bücher.invalid/","events":["job.created"]}`],
    ] as const) {
      expectRefused(await raw(text), what);
    }
    expect((await owner.call("GET", "/v1/webhooks")).body.data.pagination.total).toBe(0);
  });

  it("accepts an allow-listed private host (FETCH_ALLOW_PRIVATE_HOSTS), over https or plain http", async () => {
    await deleteAll(owner);
    for (const url of [`https://${ALLOWED_PRIVATE}:9443/in`, `http://${ALLOWED_PRIVATE}:9080/in`]) {
      const created = await owner.call("POST", "/v1/webhooks", { url, events: ["job.created"] });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect(created.body.data.url).toBe(url);
    }
    // Only that host: its neighbour is still refused.
    expectError(
      await owner.call("POST", "/v1/webhooks", { url: "https://127.0.0.3/in", events: ["job.created"] }),
      400,
      "INVALID_URL",
      "url",
    );
    await deleteAll(owner);
  });

  it("PATCH refuses bad fields and changes nothing", async () => {
    const webhook = await subscribe(owner, { description: "kept" });
    const path = `/v1/webhooks/${webhook.webhook_id}`;
    for (const [what, body] of [
      ["events empty", { events: [] }],
      ["unknown event", { events: ["job.unknown"] }],
      ["events not an array", { events: "job.created" }],
      ["active a string", { active: "yes" }],
      ['active "false"', { active: "false" }],
      ["active a number", { active: 1 }],
      ["active null", { active: null }],
      ["url null", { url: null }],
      ["url empty", { url: "" }],
      ["url not a URL", { url: "not a url" }],
      ["url with credentials", { url: "https://a:b@93.184.216.34/" }],
      ["url metadata", { url: "https://169.254.169.254/" }],
      ["url [::1]", { url: "https://[::1]/" }],
      ["oversized url", { url: `https://93.184.216.34/${"a".repeat(2100)}` }],
      ["oversized description", { description: "d".repeat(501) }],
    ] as const) {
      expectRefused(await owner.call("PATCH", path, body), what);
    }
    expectRefused(await owner.call("PATCH", path, '{"description":"a\\u0000b"}'), "NUL in description");
    const got = await owner.call("GET", path);
    expect(got.body.data).toMatchObject({
      url: PUBLIC,
      events: ["job.completed"],
      description: "kept",
      active: true,
    });
  });

  it("refuses bad list, deliveries and replay parameters", async () => {
    const webhook = await subscribe(owner);
    const id = webhook.webhook_id;
    for (const query of [
      "limit=0",
      "limit=101",
      "limit=-1",
      "limit=abc",
      "limit=1.5",
      "offset=-1",
      "offset=x",
    ]) {
      expectError(await owner.call("GET", `/v1/webhooks?${query}`), 400, "VALIDATION_ERROR");
      expectError(await owner.call("GET", `/v1/webhooks/${id}/deliveries?${query}`), 400, "VALIDATION_ERROR");
    }
    for (const query of ["status=bogus", "status=PENDING", `event=${"e".repeat(51)}`, "event=%00"]) {
      expectRefused(await owner.call("GET", `/v1/webhooks/${id}/deliveries?${query}`), query);
    }
    for (const [what, body] of [
      ["since missing", {}],
      ["since not a date", { since: "yesterday" }],
      ["since a number", { since: 1700000000 }],
      ["since out of range", { since: "2026-13-45" }],
      ["since with NUL", { since: "2026-01-01\u0000" }],
      ["status pending", { since: "2026-01-01", status: "pending" }],
      ["status bogus", { since: "2026-01-01", status: "everything" }],
    ] as const) {
      expectRefused(await owner.call("POST", `/v1/webhooks/${id}/replay`, body), what);
    }
  });

  const oddIds = [
    "wh_doesnotexist",
    "whd_doesnotexist",
    "x",
    "wh_' or '1'='1",
    "wh_%25",
    "..%2F..%2Fv1%2Fjobs",
    "%E2%98%83",
    "wh_%00",
    `wh_${"a".repeat(300)}`,
    "%20%20",
  ];

  it.each(oddIds)("answers an unknown webhook id %s with a 4xx, never a 5xx", async (raw) => {
    const id = raw;
    for (const [method, path, body] of [
      ["GET", `/v1/webhooks/${id}`],
      ["PATCH", `/v1/webhooks/${id}`, { active: true }],
      ["DELETE", `/v1/webhooks/${id}`],
      ["POST", `/v1/webhooks/${id}/rotate-secret`],
      ["POST", `/v1/webhooks/${id}/test`],
      ["GET", `/v1/webhooks/${id}/deliveries`],
      ["POST", `/v1/webhooks/${id}/replay`, { since: "2026-01-01" }],
      ["GET", `/v1/webhooks/deliveries/${id}`],
      ["POST", `/v1/webhooks/deliveries/${id}/replay`],
    ] as const) {
      const answer = await owner.call(method, path, body);
      expectRefused(answer, `${method} ${path}`);
      if (!raw.includes("%") && raw.length < 100) {
        expect(answer.status, `${method} ${path}`).toBe(404);
        expect(answer.body.error.code).toBe(
          path.includes("deliveries/") ? "DELIVERY_NOT_FOUND" : "WEBHOOK_NOT_FOUND",
        );
      }
    }
  });
});

describe("a name that resolves to a private address", () => {
  // Offline there is no DNS name with a dot that resolves to loopback, so this drives the server's own URL vetter
  // with a resolver that answers as a rebinding attacker's DNS would.
  const service = (answer: string) =>
    createWebhookService(
      createWebhookRepository(platform.database.db),
      { seal: (text) => text, open: (text) => text },
      systemClock,
      {
        allowPrivateHosts: [],
        vetUrl: createUrlVetter({ allowList: [], resolve: async () => [{ address: answer, family: 4 }] }).url,
        secretOverlapSeconds: 86_400,
        maxSubscriptionsPerUser: 20,
      },
    );

  it.each(["127.0.0.1", "10.0.0.1", "169.254.169.254", "0.0.0.0"])(
    "refuses a public-looking name resolving to %s",
    async (address) => {
      await expect(
        service(address).subscribe(owner.id, {
          url: "https://hooks.customer.example/in",
          events: ["job.created"],
        }),
      ).rejects.toMatchObject({ code: "INVALID_URL" });
      // And the same service takes the name when it resolves to a public address.
      const { subscription } = await service("93.184.216.34").subscribe(owner.id, {
        url: "https://hooks.customer.example/in",
        events: ["job.created"],
      });
      await owner.call("DELETE", `/v1/webhooks/${subscription.id}`);
    },
  );
});
