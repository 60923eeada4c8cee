import { webhookEventTypes } from "@bacowr/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyWebhook } from "../../../packages/sdk/src/webhook-verify";
import type { Platform } from "../src/platform";
import { startFixtureSites } from "./fakes/fixture-sites";
import type { FakeServer } from "./fakes/http-fake";
import { FAKE_ANTHROPIC_KEY, startFakeAnthropic } from "./fakes/llm-providers";
import { modeByAnchor } from "./fakes/scripted-writer";
import {
  closedPort,
  type ReceivedWebhook,
  startWebhookReceiver,
  type WebhookReceiver,
} from "./fakes/webhook-receiver";
import { newCustomer, startTestPlatform, waitForJob } from "./harness";
import {
  python,
  sdkVerify,
  seedVerify,
  standardVerify,
  unsignedPart,
  verificationFailures,
} from "./webhook-verify";

// Webhooks end to end over HTTP: the real platform (jobs run by its in-process worker on the fake LLM, the
// dispatcher sending to receivers on 127.0.0.1), every request checked with the seed's Python
// `verify_webhook`, with the standardwebhooks library and with the SDK's `verifyWebhook`.
const PUBLIC_URL = "https://api.bacowr.example";
const BLOCKED_ANCHOR = "svenska projektverktyg";

let platform: Platform;
let sites: Awaited<ReturnType<typeof startFixtureSites>>;
let anthropic: FakeServer;
const receivers: WebhookReceiver[] = [];

// Without python3 the seed's own verify_webhook is not run: a visible skip on a laptop, a failure in CI (where
// a missing python3 would otherwise let every seed check pass unchecked).
const inCI = Boolean(process.env.CI) && !/^(false|0)$/i.test(process.env.CI ?? "");
if (!python) {
  console.warn(
    "webhooks-delivery: no /usr/bin/python3 or python3 on PATH: the seed's verify_webhook is not run",
  );
  if (inCI) {
    it("runs the seed's verify_webhook (CI is set: python3 is required)", () => {
      throw new Error("CI is set but there is no /usr/bin/python3 or python3 on PATH: install python3");
    });
  } else {
    // A visible skip, not a silent pass: a machine without python3 cannot run the seed's verifier, and the
    // other verifiers below still check every request; CI installs python3 and takes the branch above.
    it.skip("the seed's verify_webhook: no python3 on PATH (a failure when CI is set)", () => {});
  }
}

beforeAll(async () => {
  sites = await startFixtureSites();
  anthropic = await startFakeAnthropic({ reply: modeByAnchor({ [BLOCKED_ANCHOR]: "wrong-language" }) });
  platform = await startTestPlatform(
    {
      ...sites.env,
      ANTHROPIC_API_KEY: FAKE_ANTHROPIC_KEY,
      ANTHROPIC_BASE_URL: anthropic.url,
      PUBLIC_URL,
      WORKER_IN_PROCESS: "true",
      WORKER_POLL_INTERVAL_MS: "100",
      WORKER_CONCURRENCY: "4",
      WEBHOOK_POLL_INTERVAL_MS: "100",
      WEBHOOK_RETRY_BASE_SECONDS: "0.2",
      WEBHOOK_RETRY_MAX_SECONDS: "1",
      // Enough that a receiver down for a few seconds never makes a delivery dead here.
      WEBHOOK_MAX_ATTEMPTS: "50",
    },
    { ownDatabase: true },
  );
});
afterAll(async () => {
  await platform?.close();
  await Promise.all([sites?.close(), anthropic?.close(), ...receivers.map((r) => r.close())]);
});

async function receiver(options: { port?: number; delayMs?: number } = {}) {
  const started = await startWebhookReceiver(options);
  receivers.push(started);
  return started;
}

type Customer = Awaited<ReturnType<typeof newCustomer>>;

async function subscribe(customer: Customer, url: string, events: readonly string[] = webhookEventTypes) {
  const created = await customer.call("POST", "/v1/webhooks", { url, events });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return { id: created.body.data.webhook_id as string, secret: created.body.data.secret as string };
}

const order = (anchor: string, i = 0) => ({
  publisher_domain: "worklife.example",
  target_url: `${sites.base}/product?item=${i}`,
  anchor_text: anchor,
  options: { preflight_mode: "light", strategy: "single_stage" },
});

async function createJob(customer: Customer, anchor: string) {
  const created = await customer.call("POST", "/v1/jobs", order(anchor));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body.data.job_id as string;
}

interface Delivery {
  delivery_id: string;
  event_id: string;
  event: string;
  status: string;
  occurred_at: string;
  attempts: number;
  attempt_log: { attempt: number; status_code: number | null; error: string | null }[];
}

async function deliveryLog(customer: Customer, webhookId: string): Promise<Delivery[]> {
  const log = await customer.call("GET", `/v1/webhooks/${webhookId}/deliveries?limit=100`);
  expect(log.status).toBe(200);
  return log.body.data.deliveries;
}

async function until<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeoutMs = 30_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`${what}: not after ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// biome-ignore lint/suspicious/noExplicitAny: payloads are JSON read by assertions
const payloadOf = (request: ReceivedWebhook): any => JSON.parse(request.body);
const idOf = (request: ReceivedWebhook) => String(request.headers["webhook-id"]);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const RANK: Record<string, number> = { "job.created": 0, "batch.completed": 2, "batch.cancelled": 2 };
/**
 * The events in the order they happened: by the delivery log's `occurred_at` (milliseconds), events of one
 * statement (equal times) in the order a reader expects (created, then final job events, then the batch's).
 */
function happened(requests: ReceivedWebhook[], log: Delivery[]) {
  const at = new Map(log.map((d) => [d.event_id, Date.parse(d.occurred_at)]));
  const rank = (r: ReceivedWebhook) => RANK[payloadOf(r).event] ?? 1;
  return [...requests].sort((a, b) => (at.get(idOf(a)) ?? 0) - (at.get(idOf(b)) ?? 0) || rank(a) - rank(b));
}

describe("webhook deliveries over HTTP", () => {
  it("a receiver subscribed to everything gets exactly the events of a delivered job, a blocked job and a batch", async () => {
    const customer = await newCustomer(platform.url);
    const hook = await receiver();
    const { id, secret } = await subscribe(customer, hook.url);

    const delivered = await createJob(customer, "best project management tools");
    const blocked = await createJob(customer, BLOCKED_ANCHOR);
    const batch = await customer.call("POST", "/v1/batches", {
      name: "webhook batch",
      jobs: [order("project planning software", 1), order("team task boards", 2), order(BLOCKED_ANCHOR, 3)],
    });
    expect(batch.status, JSON.stringify(batch.body)).toBe(201);
    const batchId = batch.body.data.batch_id as string;

    expect((await waitForJob(customer.call, delivered)).status).toBe("DELIVER");
    expect((await waitForJob(customer.call, blocked)).status).toBe("BLOCKED");
    await until(
      () => customer.call("GET", `/v1/batches/${batchId}`).then((r) => r.body.data.status as string),
      (status) => status === "COMPLETED",
      "the batch completes",
    );
    // Two events per single job; the batch's three created, three final and its own completion.
    const expected = 2 + 2 + 3 + 3 + 1;
    await hook.waitForDelivered(expected);
    // Several dispatcher polls later, nothing more came: exactly these events, each once.
    await pause(600);
    expect(hook.received).toHaveLength(expected);
    expect(new Set(hook.received.map(idOf)).size).toBe(expected);

    const log = await until(
      () => deliveryLog(customer, id),
      (l) => l.length === expected && l.every((d) => d.status === "delivered"),
      "the delivery log shows every delivery delivered",
    );
    expect(log.every((d) => d.attempts === 1 && d.attempt_log[0]?.status_code === 200)).toBe(true);
    const byEvent = new Map(log.map((d) => [d.event_id, d]));

    for (const request of hook.received) {
      const payload = payloadOf(request);
      const entry = byEvent.get(idOf(request));
      expect(entry, idOf(request)).toBeDefined();
      expect(Object.keys(payload)).toEqual(["event", "timestamp", "data", "signature"]);
      expect(request.headers["x-bacowr-event"]).toBe(payload.event);
      expect(request.headers["x-bacowr-delivery"]).toBe(entry?.delivery_id);
      expect(request.headers["x-bacowr-signature-previous"]).toBeUndefined();
      expect(request.headers["webhook-id"]).toMatch(/^evt_[0-9a-f]{32}$/);
      expect(payload.event).toBe(entry?.event);
      expect(payload.timestamp).toBe(`${entry?.occurred_at.slice(0, 19)}Z`);
    }

    const sequence = (jobId: string) =>
      happened(
        hook.received.filter((r) => payloadOf(r).data.job_id === jobId),
        log,
      ).map(payloadOf);
    const articleUrl = (jobId: string) => `${PUBLIC_URL}/v1/jobs/${jobId}/article.html`;
    const [created, completed] = sequence(delivered);
    expect(sequence(delivered).map((p) => p.event)).toEqual(["job.created", "job.completed"]);
    expect(created.data).toMatchObject({ job_id: delivered, status: "RECEIVE", article_url: null });
    expect(completed.data).toMatchObject({
      job_id: delivered,
      status: "DELIVER",
      article_url: articleUrl(delivered),
      batch_id: null,
      anchor_text: "best project management tools",
      error: null,
    });
    expect(completed.data.qc_score).toBeGreaterThanOrEqual(80);
    expect(sequence(blocked).map((p) => [p.event, p.data.status, p.data.article_url])).toEqual([
      ["job.created", "RECEIVE", null],
      ["job.blocked", "BLOCKED", null],
    ]);

    const batchEvents = happened(
      hook.received.filter((r) => {
        const data = payloadOf(r).data;
        return data.batch_id === batchId;
      }),
      log,
    ).map(payloadOf);
    expect(batchEvents.map((p) => p.event)).toEqual([
      "job.created",
      "job.created",
      "job.created",
      ...batchEvents.slice(3, 6).map((p) => (p.data.status === "DELIVER" ? "job.completed" : "job.blocked")),
      "batch.completed",
    ]);
    const finals = batchEvents.slice(3, 6);
    expect(finals.map((p) => p.data.status).sort()).toEqual(["BLOCKED", "DELIVER", "DELIVER"]);
    for (const final of finals) {
      expect(final.data.article_url).toBe(
        final.data.status === "DELIVER" ? articleUrl(final.data.job_id) : null,
      );
    }
    expect(new Set(batchEvents.slice(0, 3).map((p) => p.data.job_id))).toEqual(
      new Set(finals.map((p) => p.data.job_id)),
    );
    expect(batchEvents[6]?.data).toEqual({
      batch_id: batchId,
      status: "COMPLETED",
      name: "webhook batch",
      total_jobs: 3,
      completed: 2,
      blocked: 1,
      failed: 0,
      cancelled: 0,
    });

    expect(await verificationFailures(hook.received, secret)).toEqual([]);
    // The same checks refuse a request changed on the way, or signed with another secret.
    const [first] = hook.received;
    if (!first) throw new Error("nothing received");
    const tampered = { ...first, body: first.body.replace('"job_id":"job_', '"job_id":"jab_') };
    expect(await verificationFailures([tampered], secret)).toEqual([
      `${idOf(first)}: ${python ? "verify_webhook(body, X-Bacowr-Signature), verify_webhook(unsigned body, body.signature), " : ""}standardwebhooks, sdk verifyWebhook (Standard Webhooks), sdk verifyWebhook (X-Bacowr-Signature)`,
    ]);
    const otherSecret = (await subscribe(customer, hook.url, ["job.failed"])).secret;
    expect(await verificationFailures([first], otherSecret)).toHaveLength(1);
  }, 90_000);

  it("a receiver that refuses connections for a while, then comes back, gets every event signed, and the log shows the attempts", async () => {
    const customer = await newCustomer(platform.url);
    const port = await closedPort();
    const { id, secret } = await subscribe(customer, `http://127.0.0.1:${port}/hooks`);

    const jobId = await createJob(customer, "remote team planning tools");
    const ping = await customer.call("POST", `/v1/webhooks/${id}/test`);
    expect(ping.status).toBe(202);
    expect((await waitForJob(customer.call, jobId)).status).toBe("DELIVER");

    // Down: every delivery (job.created, job.completed, ping) has failed at least twice, with the reason.
    const failing = await until(
      () => deliveryLog(customer, id),
      (log) => log.length === 3 && log.every((d) => d.attempt_log.length >= 2),
      "failed attempts in the delivery log",
    );
    for (const delivery of failing) {
      expect(delivery.status).toBe("pending");
      for (const attempt of delivery.attempt_log) {
        expect(attempt.status_code).toBeNull();
        expect(attempt.error).toEqual(expect.stringMatching(/\S/));
      }
    }

    // Back, at the same address.
    const hook = await receiver({ port });
    await hook.waitForDelivered(3);
    const log = await until(
      () => deliveryLog(customer, id),
      (l) => l.every((d) => d.status === "delivered"),
      "every delivery delivered",
    );
    expect(new Set(hook.received.map(idOf))).toEqual(new Set(log.map((d) => d.event_id)));
    expect(hook.received).toHaveLength(3);
    expect(new Set(hook.received.map((r) => payloadOf(r).event))).toEqual(
      new Set(["job.created", "job.completed", "ping"]),
    );
    expect(await verificationFailures(hook.received, secret)).toEqual([]);
    for (const delivery of log) {
      const attempts = delivery.attempt_log;
      expect(attempts.length).toBeGreaterThanOrEqual(3);
      expect(delivery.attempts).toBe(attempts.length);
      expect(attempts.map((a) => a.attempt)).toEqual(attempts.map((_, i) => i + 1));
      const last = attempts[attempts.length - 1];
      expect(last).toMatchObject({ status_code: 200, error: null });
      expect(attempts.slice(0, -1).every((a) => a.status_code === null && a.error)).toBe(true);
    }
    const webhook = await customer.call("GET", `/v1/webhooks/${id}`);
    expect(webhook.body.data).toMatchObject({ active: true, failing_since: null });
  }, 90_000);

  it("a change in a transaction that rolls back sends nothing; the same change committed sends its event", async () => {
    const customer = await newCustomer(platform.url);
    const hook = await receiver();
    const { id } = await subscribe(customer, hook.url, ["job.cancelled"]);
    const jobId = await createJob(customer, "shared calendar tools");
    expect((await waitForJob(customer.call, jobId)).status).toBe("DELIVER");
    const db = platform.database.db;
    const cancel = (trx: typeof db) =>
      trx
        .updateTable("jobs")
        .set({ status: "CANCELLED", updated_at: new Date() })
        .where("id", "=", jobId)
        .execute();
    const queued = (trx: typeof db) =>
      trx.selectFrom("webhook_deliveries").select("event_id").where("subscription_id", "=", id).execute();

    let inside: unknown[] = [];
    await expect(
      db.transaction().execute(async (trx) => {
        await cancel(trx);
        // The trigger wrote the event with the change, in the same transaction…
        inside = await queued(trx);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(inside).toHaveLength(1);
    // …so it went with the rollback.
    expect(await queued(db)).toEqual([]);
    await pause(600);
    expect(hook.received).toEqual([]);

    await db.transaction().execute(cancel);
    await hook.waitForDelivered(1);
    expect(payloadOf(hook.received[0] as ReceivedWebhook)).toMatchObject({
      event: "job.cancelled",
      data: { job_id: jobId, status: "CANCELLED", article_url: null },
    });
  }, 60_000);

  it("after a rotation, both secrets sign: the new one everywhere, the old one beside it", async () => {
    const customer = await newCustomer(platform.url);
    const hook = await receiver();
    const { id, secret: oldSecret } = await subscribe(customer, hook.url);
    await customer.call("POST", `/v1/webhooks/${id}/test`);
    await hook.waitForDelivered(1);
    const before = hook.received[0] as ReceivedWebhook;
    expect(before.headers["x-bacowr-signature-previous"]).toBeUndefined();
    expect(String(before.headers["webhook-signature"]).split(" ")).toHaveLength(1);

    const rotated = await customer.call("POST", `/v1/webhooks/${id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    const newSecret = rotated.body.data.secret as string;
    expect(newSecret).not.toBe(oldSecret);
    expect(Date.parse(rotated.body.data.previous_secret_expires_at) - Date.now()).toBeGreaterThan(
      23 * 3600 * 1000,
    );
    await customer.call("POST", `/v1/webhooks/${id}/test`);
    await hook.waitForDelivered(2);
    const after = hook.received[1] as ReceivedWebhook;

    expect(String(after.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    expect(await verificationFailures([after], newSecret)).toEqual([]);
    // A receiver still on the old secret keeps verifying during the overlap: Standard Webhooks (either
    // signature may match) and the seed's check over X-Bacowr-Signature-Previous.
    expect(standardVerify(after, oldSecret)).toBe(true);
    expect(await sdkVerify(after, oldSecret, "standard")).toBe(true);
    // The SDK's seed scheme tries X-Bacowr-Signature-Previous too; the current header alone is the new secret's.
    const seedHeaders = {
      "x-bacowr-signature": String(after.headers["x-bacowr-signature"]),
      "x-bacowr-signature-previous": String(after.headers["x-bacowr-signature-previous"]),
    };
    // Only when asked for: the seed's scheme carries no time, so by default the SDK refuses it.
    await expect(verifyWebhook(after.body, seedHeaders, oldSecret)).rejects.toMatchObject({
      reason: "missing_headers",
    });
    await expect(
      verifyWebhook(after.body, seedHeaders, oldSecret, { allowSeedSignature: true }),
    ).resolves.toEqual(JSON.parse(after.body));
    expect(await sdkVerify(after, oldSecret, "seed")).toBe(false);
    if (python) {
      expect(
        seedVerify([
          {
            payload: after.body,
            signature: String(after.headers["x-bacowr-signature-previous"]),
            secret: oldSecret,
          },
          { payload: after.body, signature: String(after.headers["x-bacowr-signature"]), secret: oldSecret },
        ]),
      ).toEqual([true, false]);
    }
    // The body's own signature member is the new secret's.
    expect(await verificationFailures([before], newSecret)).toHaveLength(1);
    expect(unsignedPart(after.body)).not.toContain('"signature"');
  }, 60_000);
});

describe("dead deliveries and replays", () => {
  let small: Platform;
  beforeAll(async () => {
    small = await startTestPlatform(
      {
        FETCH_ALLOW_PRIVATE_HOSTS: "127.0.0.1",
        WORKER_IN_PROCESS: "true",
        WEBHOOK_POLL_INTERVAL_MS: "100",
        WEBHOOK_RETRY_BASE_SECONDS: "0.2",
        WEBHOOK_MAX_ATTEMPTS: "2",
      },
      { ownDatabase: true },
    );
  });
  afterAll(async () => {
    await small?.close();
  });

  it("a delivery that failed every attempt is dead; replayed, alone or by range, it arrives with its event id", async () => {
    const customer = await newCustomer(small.url);
    const hook = await receiver();
    hook.answerWith(500);
    const { id, secret } = await subscribe(customer, hook.url);
    const since = new Date(Date.now() - 1000).toISOString();
    const first = (await customer.call("POST", `/v1/webhooks/${id}/test`)).body.data.delivery_id as string;
    const second = (await customer.call("POST", `/v1/webhooks/${id}/test`)).body.data.delivery_id as string;
    const delivery = async (deliveryId: string): Promise<Delivery> =>
      (await customer.call("GET", `/v1/webhooks/deliveries/${deliveryId}`)).body.data;

    for (const deliveryId of [first, second]) {
      const dead = await until(
        () => delivery(deliveryId),
        (d) => d.status === "dead",
        "dead",
      );
      expect(dead.attempts).toBe(2);
      expect(dead.attempt_log).toEqual([
        expect.objectContaining({ attempt: 1, status_code: 500, error: "HTTP 500" }),
        expect.objectContaining({ attempt: 2, status_code: 500, error: "HTTP 500" }),
      ]);
    }
    expect(hook.received).toHaveLength(4);
    // Refused, yet signed like any other attempt.
    expect(await verificationFailures(hook.received, secret)).toEqual([]);
    const eventOf = async (deliveryId: string) => (await delivery(deliveryId)).event_id;
    const [firstEvent, secondEvent] = [await eventOf(first), await eventOf(second)];
    const bodyOf = (eventId: string) => hook.received.find((r) => idOf(r) === eventId)?.body;

    hook.answerWith(200);
    const replayed = await customer.call("POST", `/v1/webhooks/deliveries/${first}/replay`);
    expect(replayed.status).toBe(202);
    // Woken by the replay, the dispatcher may already have claimed it by the time the answer is read.
    expect(replayed.body.data).toMatchObject({ delivery_id: first, event_id: firstEvent });
    expect(replayed.body.data.status).not.toBe("dead");
    expect(replayed.body.data.replayed_at).toEqual(expect.any(String));
    await hook.waitForDelivered(1);
    const again = hook.received[4] as ReceivedWebhook;
    expect(idOf(again)).toBe(firstEvent);
    expect(again.body).toBe(bodyOf(firstEvent));
    expect((await delivery(first)).attempt_log.map((a) => [a.attempt, a.status_code])).toEqual([
      [1, 500],
      [2, 500],
      [1, 200],
    ]);
    expect((await delivery(second)).status).toBe("dead");

    const range = await customer.call("POST", `/v1/webhooks/${id}/replay`, { since, status: "dead" });
    expect(range.status).toBe(202);
    expect(range.body.data).toEqual({ webhook_id: id, replayed: 1 });
    await hook.waitForDelivered(2);
    const secondAgain = hook.received[5] as ReceivedWebhook;
    expect(idOf(secondAgain)).toBe(secondEvent);
    expect(secondAgain.body).toBe(bodyOf(secondEvent));
    expect(
      await until(
        () => delivery(second),
        (d) => d.status === "delivered",
        "delivered",
      ),
    ).toMatchObject({
      attempts: 1,
    });
    await pause(400);
    expect(hook.received).toHaveLength(6);
    expect(await verificationFailures(hook.received.slice(4), secret)).toEqual([]);
  }, 60_000);
});
