import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalWorld } from "../../../apps/server/demo/local-world";
import {
  BacowrClient,
  BadRequestError,
  NotFoundError,
  verifyWebhook,
  type WebhookDelivery,
  WebhookVerificationError,
} from "../src";

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver on 127.0.0.1: records every request; paths in `failing` answer 500. */
async function startReceiver() {
  const received: Received[] = [];
  const failing = new Set<string>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const path = req.url ?? "/";
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      res.writeHead(failing.has(path) ? 500 : 200, { "content-type": "text/plain" });
      res.end(failing.has(path) ? "receiver down" : "ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    received,
    failing,
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    at: (path: string) => received.filter((r) => r.path === path),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let world: Awaited<ReturnType<typeof startLocalWorld>>;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  receiver = await startReceiver();
  world = await startLocalWorld({
    writer: "clean",
    llmDelayMs: 20,
    // Fast retries and two attempts, so a failing receiver's deliveries are dead within a second.
    env: {
      DATABASE_URL: "",
      WEBHOOK_RETRY_BASE_SECONDS: "0.1",
      WEBHOOK_RETRY_MAX_SECONDS: "1",
      WEBHOOK_MAX_ATTEMPTS: "2",
      WEBHOOK_POLL_INTERVAL_MS: "100",
    },
  });
});
afterAll(async () => {
  await world?.close();
  await receiver?.close();
});

const client = () => new BacowrClient({ baseUrl: world.platform.url, token: world.token });

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const settled = (deliveryId: string, status: WebhookDelivery["status"]) =>
  until(`${deliveryId} ${status}`, async () => {
    const delivery = await client().webhooks.delivery(deliveryId);
    return delivery.status === status ? delivery : undefined;
  });

describe("client.webhooks", () => {
  it("subscribes the seed's way and receives a finished job's event, signed so verifyWebhook accepts it", async () => {
    const sdk = client();
    const single = await sdk.webhooks.subscribe("job.completed", receiver.url("/seed-single"));
    expect(single).toMatchObject({ events: ["job.completed"], active: true, description: null });
    expect(single.webhookId).toMatch(/^wh_/);
    expect(single.secret).toMatch(/^whsec_/);
    await sdk.webhooks.delete(single.webhookId);

    const hook = await sdk.webhooks.subscribe(
      ["job.completed", "job.blocked", "job.failed"],
      receiver.url("/seed"),
      "CRM sync",
    );
    expect(hook).toMatchObject({ description: "CRM sync", disabledReason: null, failingSince: null });
    const job = await sdk.jobs.create(world.order("sdk webhook seed tools"));
    const done = await job.waitForCompletion({ timeout: 60_000 });
    const event = `job.${{ DELIVER: "completed", BLOCKED: "blocked", ERROR: "failed" }[done.status as string]}`;

    const request = await until("the job's event", async () =>
      receiver.at("/seed").find((r) => r.body.includes(job.jobId)),
    );
    const payload = await verifyWebhook(request.body, request.headers as Record<string, string>, hook.secret);
    expect(payload).toMatchObject({ event, data: { job_id: job.jobId, status: done.status } });
    if (payload.event === "job.completed") {
      // PUBLIC_URL + the article page (this world sets no PUBLIC_URL, so its host stands in).
      expect(payload.data.article_url).toMatch(
        new RegExp(`^http://[^/]+/v1/jobs/${job.jobId}/article\\.html$`),
      );
    }
    // Another secret is refused.
    await expect(
      verifyWebhook(request.body, request.headers as Record<string, string>, single.secret),
    ).rejects.toBeInstanceOf(WebhookVerificationError);

    // The delivery log has it, delivered on the first attempt; its data keeps the wire's names.
    const log = await sdk.webhooks.deliveries(hook.webhookId, { event });
    const logged = log.items.find((d) => d.data.job_id === job.jobId);
    expect(logged).toMatchObject({ webhookId: hook.webhookId, event, status: "delivered", attempts: 1 });
    expect(logged?.eventId).toBe(request.headers["webhook-id"]);
    expect(logged?.attemptLog).toEqual([
      expect.objectContaining({ attempt: 1, statusCode: 200, responseExcerpt: "ok", error: null }),
    ]);
    await sdk.webhooks.delete(hook.webhookId);
  });

  it("creates, gets, lists, updates and deletes a webhook; refuses a bad URL and unknown ids", async () => {
    const sdk = client();
    const created = await sdk.webhooks.create({
      url: receiver.url("/crud"),
      events: ["batch.completed"],
      description: "batches",
    });
    expect(created).toMatchObject({ url: receiver.url("/crud"), events: ["batch.completed"], active: true });
    const { secret: _, ...shown } = created;
    expect(await sdk.webhooks.get(created.webhookId)).toEqual(shown);

    const listed: string[] = [];
    for await (const hook of sdk.webhooks.list({ limit: 1 })) listed.push(hook.webhookId);
    expect(listed).toContain(created.webhookId);
    const first = await sdk.webhooks.list({ limit: 1 });
    expect(first.items).toHaveLength(1);
    expect(first.pagination).toMatchObject({ limit: 1, offset: 0 });

    const paused = await sdk.webhooks.update(created.webhookId, {
      events: ["batch.completed", "batch.cancelled"],
      description: null,
      active: false,
    });
    expect(paused).toMatchObject({
      events: ["batch.completed", "batch.cancelled"],
      description: null,
      active: false,
    });
    expect((await sdk.webhooks.update(created.webhookId, { active: true })).active).toBe(true);
    const moved = await sdk.webhooks.update(created.webhookId, { url: receiver.url("/crud-moved") });
    expect(moved.url).toBe(receiver.url("/crud-moved"));

    await expect(
      sdk.webhooks.update(created.webhookId, { url: "http://example.com/hook" }),
    ).rejects.toMatchObject({ status: 400, code: "INVALID_URL", field: "url" });
    const refused = await sdk.webhooks
      .create({ url: "ftp://example.com/hook", events: ["job.created"] })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BadRequestError);
    expect(refused).toMatchObject({ code: "INVALID_URL", field: "url" });

    expect(await sdk.webhooks.delete(created.webhookId)).toEqual({
      webhookId: created.webhookId,
      deleted: true,
    });
    const missing = await sdk.webhooks.get(created.webhookId).catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect(missing).toMatchObject({ code: "WEBHOOK_NOT_FOUND" });
    await expect(sdk.webhooks.delete(created.webhookId)).rejects.toMatchObject({ code: "WEBHOOK_NOT_FOUND" });
    await expect(sdk.webhooks.delivery("whd_missing")).rejects.toMatchObject({ code: "DELIVERY_NOT_FOUND" });
    await expect(sdk.webhooks.replayDelivery("whd_missing")).rejects.toMatchObject({
      code: "DELIVERY_NOT_FOUND",
    });
  });

  it("sends a test ping, then pings signed by both secrets after a rotation; pages the delivery log", async () => {
    const sdk = client();
    const hook = await sdk.webhooks.create({ url: receiver.url("/ping"), events: ["job.created"] });
    const ping = await sdk.webhooks.test(hook.webhookId);
    expect(ping).toMatchObject({
      webhookId: hook.webhookId,
      event: "ping",
      status: "pending",
      attemptLog: [],
      data: { webhook_id: hook.webhookId, message: expect.any(String) },
    });
    const delivered = await settled(ping.deliveryId, "delivered");
    expect(delivered.attemptLog).toHaveLength(1);
    expect(delivered.deliveredAt).toEqual(expect.any(String));
    const [first] = receiver.at("/ping");
    expect(first).toBeDefined();
    const headers = (first as Received).headers as Record<string, string>;
    expect(await verifyWebhook((first as Received).body, headers, hook.secret)).toMatchObject({
      event: "ping",
    });

    const rotated = await sdk.webhooks.rotateSecret(hook.webhookId);
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(hook.secret);
    const overlap = Date.parse(rotated.previousSecretExpiresAt ?? "") - Date.now();
    expect(overlap).toBeGreaterThan(23.9 * 3600_000);
    expect(overlap).toBeLessThanOrEqual(24 * 3600_000);
    const second = await sdk.webhooks.test(hook.webhookId);
    await settled(second.deliveryId, "delivered");
    const request = receiver.at("/ping")[1] as Received;
    const rotatedHeaders = request.headers as Record<string, string>;
    expect(rotatedHeaders["webhook-signature"]?.split(" ")).toHaveLength(2);
    expect(rotatedHeaders["x-bacowr-signature-previous"]).toMatch(/^sha256=/);
    for (const secret of [hook.secret, rotated.secret]) {
      await expect(verifyWebhook(request.body, rotatedHeaders, secret)).resolves.toMatchObject({
        event: "ping",
      });
    }

    const page = await sdk.webhooks.deliveries(hook.webhookId, { limit: 1 });
    expect(page.items.map((d) => d.deliveryId)).toEqual([second.deliveryId]);
    expect(page.pagination).toMatchObject({ total: 2, hasMore: true, nextOffset: 1 });
    const all: string[] = [];
    for await (const d of sdk.webhooks.deliveries(hook.webhookId, { limit: 1 })) all.push(d.deliveryId);
    expect(all).toEqual([second.deliveryId, ping.deliveryId]);
    const delivered2 = await sdk.webhooks.deliveries(hook.webhookId, { status: "delivered", event: "ping" });
    expect(delivered2.pagination.total).toBe(2);
    expect((await sdk.webhooks.deliveries(hook.webhookId, { status: "dead" })).items).toEqual([]);
    await expect(sdk.webhooks.deliveries("wh_missing")).rejects.toMatchObject({ code: "WEBHOOK_NOT_FOUND" });
    await sdk.webhooks.delete(hook.webhookId);
  });

  it("lets failed deliveries die, then replays one, and a range since a time", async () => {
    const sdk = client();
    const since = new Date();
    receiver.failing.add("/down");
    const hook = await sdk.webhooks.create({ url: receiver.url("/down"), events: ["job.created"] });
    const one = await sdk.webhooks.test(hook.webhookId);
    const two = await sdk.webhooks.test(hook.webhookId);
    const dead = await settled(one.deliveryId, "dead");
    await settled(two.deliveryId, "dead");
    expect(dead).toMatchObject({
      attempts: 2,
      lastStatusCode: 500,
      lastError: "HTTP 500",
      nextAttemptAt: null,
    });
    expect(dead.attemptLog.map((a) => [a.attempt, a.statusCode, a.responseExcerpt])).toEqual([
      [1, 500, "receiver down"],
      [2, 500, "receiver down"],
    ]);
    expect((await sdk.webhooks.deliveries(hook.webhookId, { status: "dead" })).pagination.total).toBe(2);
    expect((await sdk.webhooks.get(hook.webhookId)).failingSince).toEqual(expect.any(String));

    receiver.failing.delete("/down");
    const replayed = await sdk.webhooks.replayDelivery(one.deliveryId);
    // A fresh budget of attempts (the dispatcher, woken by the replay, may already be sending it).
    expect(replayed.deliveryId).toBe(one.deliveryId);
    expect(replayed.status).not.toBe("dead");
    expect(replayed.attempts).toBeLessThanOrEqual(1);
    expect(replayed.replayedAt).toEqual(expect.any(String));
    await settled(one.deliveryId, "delivered");
    // The same event: one webhook-id for every attempt and the replay.
    const ids = new Set(
      receiver
        .at("/down")
        .filter((r) => r.body.includes('"ping"'))
        .map((r) => r.headers["webhook-id"]),
    );
    expect(ids).toEqual(new Set([one.eventId, two.eventId]));

    expect(await sdk.webhooks.replay(hook.webhookId, { since })).toEqual({
      webhookId: hook.webhookId,
      replayed: 1,
    });
    await settled(two.deliveryId, "delivered");
    expect((await sdk.webhooks.replay(hook.webhookId, { since: since.toISOString() })).replayed).toBe(0);
    expect((await sdk.webhooks.replay(hook.webhookId, { since, status: "delivered" })).replayed).toBe(2);
    expect(
      (await sdk.webhooks.replay(hook.webhookId, { since: new Date(Date.now() + 60_000) })).replayed,
    ).toBe(0);
    await expect(sdk.webhooks.replay("wh_missing", { since })).rejects.toMatchObject({
      code: "WEBHOOK_NOT_FOUND",
    });
    await sdk.webhooks.delete(hook.webhookId);
  });
});
