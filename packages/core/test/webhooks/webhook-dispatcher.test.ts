import { describe, expect, it } from "vitest";
import { type FetchedPage, FetchRefusedError, type PageFetcher } from "../../src/net/page-fetcher";
import { retryDelay } from "../../src/retry-delay";
import { createSecretBox } from "../../src/secret-box";
import type {
  DueWebhookDelivery,
  WebhookRepository,
  WebhookSubscriptionChange,
} from "../../src/webhooks/ports";
import { createWebhookDispatcher, type WebhookAttemptOutcome } from "../../src/webhooks/webhook-dispatcher";
import type {
  WebhookAttemptRecord,
  WebhookDeliveryRecord,
  WebhookDeliveryStatus,
  WebhookSubscriptionRecord,
} from "../../src/webhooks/webhook-records";
import {
  PREVIOUS_SIGNATURE_HEADER,
  SIGNATURE_HEADER,
  seedSignature,
} from "../../src/webhooks/webhook-signing";

// The dispatcher's decisions with an in-memory repository and a scripted fetcher: what it records, when it
// retries, when it gives up, when it disables a subscription, which secrets sign and what the payload says.
const box = createSecretBox(new Uint8Array(32).fill(7));
const SECRET = "whsec_Y3VycmVudC1zZWNyZXQtY3VycmVudC1zZWNyZXQ=";
const OLD_SECRET = "whsec_b2xkLXNlY3JldC1vbGQtc2VjcmV0LW9sZC1zZWNy";
const NOW = new Date("2026-11-23T12:00:00.000Z");
const retry = { baseSeconds: 10, capSeconds: 1000, random: () => 0 };
const DAY = 86_400_000;

function subscriptionRecord(fields: Partial<WebhookSubscriptionRecord> = {}): WebhookSubscriptionRecord {
  return {
    id: "wh_1",
    user_id: "usr_1",
    url: "https://hooks.example.com/in",
    events: ["job.completed"],
    description: null,
    secret_encrypted: box.seal(SECRET),
    previous_secret_encrypted: null,
    previous_secret_expires_at: null,
    active: true,
    failing_since: null,
    disabled_at: null,
    disabled_reason: null,
    created_at: NOW,
    updated_at: NOW,
    ...fields,
  };
}

function deliveryRecord(fields: Partial<WebhookDeliveryRecord> = {}): WebhookDeliveryRecord {
  return {
    id: "whd_1",
    subscription_id: "wh_1",
    event_id: "evt_1",
    event: "job.completed",
    occurred_at: new Date(NOW.getTime() - 5000),
    data: { job_id: "job_1", status: "DELIVER", batch_id: null, qc_score: 91 },
    status: "pending",
    // As claimDue leaves it: the attempt under way is counted.
    attempts: 1,
    next_attempt_at: NOW,
    last_status_code: null,
    last_error: null,
    created_at: NOW,
    delivered_at: null,
    replayed_at: null,
    ...fields,
  };
}

/** The dispatcher's side of the repository, in memory; the rest is not its business. */
function fakeRepository(due: DueWebhookDelivery[]) {
  const subscriptions = new Map(due.map((d) => [d.subscription.id, { ...d.subscription }]));
  const finished: {
    deliveryId: string;
    record: WebhookAttemptRecord;
    next: { status: WebhookDeliveryStatus; next_attempt_at: Date };
  }[] = [];
  const healthy: string[] = [];
  const updates: { id: string; change: WebhookSubscriptionChange }[] = [];
  const unused = () => Promise.reject(new Error("not used by the dispatcher"));
  const repository: WebhookRepository = {
    create: unused,
    list: unused,
    findOwned: unused,
    delete: unused,
    enqueue: unused,
    deliveries: unused,
    attempts: unused,
    findOwnedDelivery: unused,
    replay: unused,
    async update(id, userId, change) {
      const current = subscriptions.get(id);
      if (!current || current.user_id !== userId) return undefined;
      updates.push({ id, change });
      Object.assign(current, change);
      return current;
    },
    async claimDue() {
      return due.splice(0);
    },
    async finishAttempt(deliveryId, _leaseId, record, next) {
      finished.push({ deliveryId, record, next });
    },
    async markFailing(subscriptionId, now) {
      const current = subscriptions.get(subscriptionId);
      if (!current) return now;
      current.failing_since ??= now;
      return current.failing_since;
    },
    async markHealthy(subscriptionId) {
      healthy.push(subscriptionId);
      const current = subscriptions.get(subscriptionId);
      if (current) current.failing_since = null;
    },
  };
  return { repository, finished, healthy, updates, subscriptions };
}

interface SentRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  redirect: string | undefined;
  readBytes: number | undefined;
}

function scriptedFetcher(answer: (request: SentRequest) => FetchedPage | Error) {
  const sent: SentRequest[] = [];
  const fetcher: PageFetcher = {
    async fetch(url, init) {
      const request = {
        url,
        headers: init?.headers ?? {},
        body: init?.body ?? "",
        redirect: init?.redirect,
        readBytes: init?.readBytes,
      };
      sent.push(request);
      const result = answer(request);
      if (result instanceof Error) throw result;
      return result;
    },
  };
  return { fetcher, sent };
}

const page = (status: number, body = "") => ({ url: "", status, contentType: "text/plain", body });

async function dispatch(
  due: { delivery?: Partial<WebhookDeliveryRecord>; subscription?: Partial<WebhookSubscriptionRecord> },
  answer: (request: SentRequest) => FetchedPage | Error,
  settings: { maxAttempts?: number; disableAfterSeconds?: number; publicUrl?: string } = {},
) {
  const fake = fakeRepository([
    {
      delivery: deliveryRecord(due.delivery),
      subscription: subscriptionRecord(due.subscription),
      lease_id: "lease_1",
    },
  ]);
  const { fetcher, sent } = scriptedFetcher(answer);
  const outcomes: [WebhookAttemptOutcome, string][] = [];
  const disabled: [string, string][] = [];
  const dispatcher = createWebhookDispatcher({
    repository: fake.repository,
    box,
    fetcher,
    clock: { now: () => NOW },
    settings: {
      publicUrl: settings.publicUrl ?? "https://api.bacowr.example/",
      maxAttempts: settings.maxAttempts ?? 3,
      retry,
      leaseSeconds: 40,
      batchSize: 16,
      disableAfterSeconds: settings.disableAfterSeconds ?? 259_200,
    },
    observer: {
      attempt: (outcome, event) => outcomes.push([outcome, event]),
      subscriptionDisabled: (id, reason) => disabled.push([id, reason]),
    },
  });
  const count = await dispatcher.runOnce(new AbortController().signal);
  return { ...fake, sent, outcomes, disabled, count };
}

describe("the webhook dispatcher", () => {
  it("records a 2xx as delivered, with the attempt, and marks the subscription healthy", async () => {
    const run = await dispatch({ subscription: { failing_since: new Date(NOW.getTime() - DAY) } }, () =>
      page(204, "thanks"),
    );
    expect(run.count).toBe(1);
    expect(run.sent).toHaveLength(1);
    expect(run.sent[0]).toMatchObject({ url: "https://hooks.example.com/in", redirect: "manual" });
    expect(run.finished).toEqual([
      {
        deliveryId: "whd_1",
        record: {
          attempt: 1,
          at: NOW,
          duration_ms: expect.any(Number),
          status_code: 204,
          response_excerpt: "thanks",
          error: null,
        },
        next: { status: "delivered", next_attempt_at: NOW },
      },
    ]);
    expect(run.healthy).toEqual(["wh_1"]);
    expect(run.subscriptions.get("wh_1")?.failing_since).toBeNull();
    expect(run.outcomes).toEqual([["delivered", "job.completed"]]);
  });

  it("keeps a receiver's NUL bytes out of the log (PostgreSQL's text refuses them) and asks for 1 KB only", async () => {
    const run = await dispatch({}, () => page(200, "ok\u0000done"));
    expect(run.finished[0]?.record.response_excerpt).toBe("okdone");
    expect(run.sent[0]).toMatchObject({ readBytes: 1024 });
  });

  it("does not tell the owner which address a refused host resolved to", async () => {
    const run = await dispatch(
      {},
      () =>
        new FetchRefusedError(
          "private_address",
          "hooks.example.com resolves to a non-public address (10.1.2.3)",
        ),
    );
    const error = run.finished[0]?.record.error ?? "";
    expect(error).toMatch(/^private_address: /);
    expect(error).not.toContain("10.1.2.3");
  });

  it("keeps at most 1 KB of the receiver's answer", async () => {
    const run = await dispatch({}, () => page(200, "x".repeat(5000)));
    expect(run.finished[0]?.record.response_excerpt).toHaveLength(1024);
  });

  it.each([
    ["a 500", () => page(500, "boom"), 500, "HTTP 500"],
    ["a redirect (not followed)", () => page(302), 302, "HTTP 302"],
    ["a 410", () => page(410), 410, "HTTP 410"],
  ] as const)(
    "retries after %s at now + retryDelay, and notes the failure",
    async (_, answer, code, error) => {
      const run = await dispatch({ delivery: { attempts: 2 } }, answer);
      expect(run.finished[0]?.record).toMatchObject({ attempt: 2, status_code: code, error });
      expect(run.finished[0]?.next).toEqual({
        status: "pending",
        next_attempt_at: new Date(NOW.getTime() + retryDelay(2, retry) * 1000),
      });
      expect((run.finished[0]?.next.next_attempt_at.getTime() ?? 0) - NOW.getTime()).toBe(20_000);
      expect(run.healthy).toEqual([]);
      expect(run.subscriptions.get("wh_1")?.failing_since).toEqual(NOW);
      expect(run.outcomes).toEqual([["retry", "job.completed"]]);
    },
  );

  it("retries when the fetcher refuses (a private address at send time, a timeout), saying why", async () => {
    for (const reason of ["private_address", "timeout", "network"] as const) {
      const run = await dispatch({}, () => new FetchRefusedError(reason, `refused: ${reason}`));
      expect(run.finished[0]?.record).toMatchObject({ status_code: null, response_excerpt: null });
      expect(run.finished[0]?.record.error).toContain(reason);
      expect(run.finished[0]?.next).toEqual({
        status: "pending",
        next_attempt_at: new Date(NOW.getTime() + retryDelay(1, retry) * 1000),
      });
    }
  });

  it("gives up (dead) on the attempt that reaches maxAttempts, not before", async () => {
    const before = await dispatch({ delivery: { attempts: 2 } }, () => page(500), { maxAttempts: 3 });
    expect(before.finished[0]?.next.status).toBe("pending");
    const last = await dispatch({ delivery: { attempts: 3 } }, () => page(500), { maxAttempts: 3 });
    expect(last.finished[0]?.next.status).toBe("dead");
    expect(last.outcomes).toEqual([["dead", "job.completed"]]);
    // A success on the last attempt is still a delivery.
    const saved = await dispatch({ delivery: { attempts: 3 } }, () => page(200), { maxAttempts: 3 });
    expect(saved.finished[0]?.next.status).toBe("delivered");
  });

  it("disables a subscription failing for disableAfterSeconds, with a reason that says why and how to resume", async () => {
    const since = new Date(NOW.getTime() - 3 * DAY);
    const run = await dispatch({ subscription: { failing_since: since } }, () => page(503));
    expect(run.updates).toEqual([
      {
        id: "wh_1",
        change: { active: false, disabled_at: NOW, disabled_reason: expect.any(String) },
      },
    ]);
    const reason = run.updates[0]?.change.disabled_reason ?? "";
    expect(reason).toContain(since.toISOString());
    expect(reason).toContain("HTTP 503");
    expect(reason).toContain("active: true");
    expect(run.disabled).toEqual([["wh_1", reason]]);
    // The attempt itself is still recorded and retried later: the delivery waits for the subscription.
    expect(run.finished[0]?.next.status).toBe("pending");
  });

  it("disables a subscription once when several of its deliveries fail in one run", async () => {
    const subscription = subscriptionRecord({ failing_since: new Date(NOW.getTime() - 4 * DAY) });
    const fake = fakeRepository(
      [1, 2, 3].map((n) => ({
        delivery: deliveryRecord({ id: `whd_${n}` }),
        subscription: { ...subscription },
        lease_id: `lease_${n}`,
      })),
    );
    const disabled: string[] = [];
    const dispatcher = createWebhookDispatcher({
      repository: fake.repository,
      box,
      fetcher: scriptedFetcher(() => page(503)).fetcher,
      clock: { now: () => NOW },
      settings: {
        publicUrl: "https://api.bacowr.example",
        maxAttempts: 3,
        retry,
        leaseSeconds: 40,
        batchSize: 16,
        disableAfterSeconds: 259_200,
      },
      observer: { subscriptionDisabled: (id) => disabled.push(id) },
    });
    expect(await dispatcher.runOnce(new AbortController().signal)).toBe(3);
    expect(fake.finished).toHaveLength(3);
    expect(fake.updates).toHaveLength(1);
    expect(disabled).toEqual(["wh_1"]);
  });

  it("does not disable a subscription failing for less than that, or one that just succeeded", async () => {
    const young = await dispatch(
      { subscription: { failing_since: new Date(NOW.getTime() - 3 * DAY + 1000) } },
      () => page(503),
    );
    expect(young.updates).toEqual([]);
    const fine = await dispatch({ subscription: { failing_since: new Date(NOW.getTime() - 10 * DAY) } }, () =>
      page(200),
    );
    expect(fine.updates).toEqual([]);
    expect(fine.subscriptions.get("wh_1")?.failing_since).toBeNull();
  });

  it("signs with the previous secret too, but only until it expires", async () => {
    const rotated = {
      previous_secret_encrypted: box.seal(OLD_SECRET),
      previous_secret_expires_at: new Date(NOW.getTime() + 1000),
    };
    const during = await dispatch({ subscription: rotated }, () => page(200));
    const request = during.sent[0] as SentRequest;
    expect(request.headers[SIGNATURE_HEADER]).toBe(seedSignature(SECRET, request.body));
    expect(request.headers[PREVIOUS_SIGNATURE_HEADER]).toBe(seedSignature(OLD_SECRET, request.body));
    expect(request.headers["webhook-signature"]?.split(" ")).toHaveLength(2);

    const after = await dispatch({ subscription: { ...rotated, previous_secret_expires_at: NOW } }, () =>
      page(200),
    );
    const late = after.sent[0] as SentRequest;
    expect(late.headers[SIGNATURE_HEADER]).toBe(seedSignature(SECRET, late.body));
    expect(late.headers).not.toHaveProperty(PREVIOUS_SIGNATURE_HEADER);
    expect(late.headers["webhook-signature"]?.split(" ")).toHaveLength(1);
  });

  it("puts article_url on a delivered job only, built from the public URL", async () => {
    const delivered = await dispatch({}, () => page(200), { publicUrl: "https://api.bacowr.example//" });
    expect(JSON.parse((delivered.sent[0] as SentRequest).body).data).toEqual({
      job_id: "job_1",
      status: "DELIVER",
      article_url: "https://api.bacowr.example/v1/jobs/job_1/article.html",
      batch_id: null,
      qc_score: 91,
    });
    for (const [event, status] of [
      ["job.blocked", "BLOCKED"],
      ["job.failed", "ERROR"],
      ["job.cancelled", "CANCELLED"],
      ["job.created", "RECEIVE"],
    ]) {
      const other = await dispatch({ delivery: { event, data: { job_id: "job_2", status } } }, () =>
        page(200),
      );
      expect(JSON.parse((other.sent[0] as SentRequest).body).data).toEqual({
        job_id: "job_2",
        status,
        article_url: null,
      });
    }
    const batch = await dispatch(
      { delivery: { event: "batch.completed", data: { batch_id: "batch_1", status: "COMPLETED" } } },
      () => page(200),
    );
    expect(JSON.parse((batch.sent[0] as SentRequest).body).data).toEqual({
      batch_id: "batch_1",
      status: "COMPLETED",
    });
    const ping = await dispatch(
      { delivery: { event: "ping", data: { webhook_id: "wh_1", message: "hi" } } },
      () => page(200),
    );
    expect(JSON.parse((ping.sent[0] as SentRequest).body).data).toEqual({
      webhook_id: "wh_1",
      message: "hi",
    });
  });

  it("returns from a run only once every send of it has finished, even when one failed to be recorded", async () => {
    const fake = fakeRepository(
      [1, 2].map((n) => ({
        delivery: deliveryRecord({ id: `whd_${n}` }),
        subscription: subscriptionRecord(),
        lease_id: `lease_${n}`,
      })),
    );
    const finish = fake.repository.finishAttempt;
    fake.repository.finishAttempt = async (deliveryId, leaseId, record, next) => {
      if (deliveryId === "whd_1") throw new Error("database went away");
      await finish(deliveryId, leaseId, record, next);
    };
    let release: () => void = () => undefined;
    const slow = new Promise<void>((resolve) => {
      release = resolve;
    });
    const fetcher: PageFetcher = {
      async fetch(_url, init) {
        if (init?.headers?.["x-bacowr-delivery"] === "whd_2") await slow;
        return page(200);
      },
    };
    const dispatcher = createWebhookDispatcher({
      repository: fake.repository,
      box,
      fetcher,
      clock: { now: () => NOW },
      settings: {
        publicUrl: "https://api.bacowr.example",
        maxAttempts: 3,
        retry,
        leaseSeconds: 40,
        batchSize: 16,
        disableAfterSeconds: 100,
      },
    });
    let settled = false;
    const run = dispatcher.runOnce(new AbortController().signal).finally(() => {
      settled = true;
    });
    run.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The failed record must not end the run while whd_2 is still being sent (a stop would not wait for it).
    expect(settled).toBe(false);
    release();
    await expect(run).rejects.toThrow("database went away");
    expect(fake.finished.map((f) => f.deliveryId)).toEqual(["whd_2"]);
  });

  it("answers 0 and sends nothing when nothing is due", async () => {
    const fake = fakeRepository([]);
    const { fetcher, sent } = scriptedFetcher(() => page(200));
    const dispatcher = createWebhookDispatcher({
      repository: fake.repository,
      box,
      fetcher,
      clock: { now: () => NOW },
      settings: {
        publicUrl: "https://api.bacowr.example",
        maxAttempts: 3,
        retry,
        leaseSeconds: 40,
        batchSize: 16,
        disableAfterSeconds: 100,
      },
    });
    expect(await dispatcher.runOnce(new AbortController().signal)).toBe(0);
    expect(sent).toEqual([]);
  });
});
