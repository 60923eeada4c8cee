import { createHmac } from "node:crypto";
import { newWebhookSecret, signWebhook, unsignedBody } from "@bacowr/core";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { verifyWebhook, type WebhookPayload, WebhookVerificationError } from "../src";

/** A delivery exactly as the server's dispatcher signs it (core's signWebhook). */
function delivery(secrets: { current: string; previous?: string }, sentAt = new Date()) {
  return signWebhook(
    {
      eventId: "evt_0123456789abcdef",
      event: "job.completed",
      occurredAt: new Date("2026-11-23T20:49:39.123Z"),
      data: {
        job_id: "job_xyz789",
        status: "DELIVER",
        article_url: "https://api.bacowr.com/v1/jobs/job_xyz789/article.html",
        anchor_text: "bästa verktygen", // not ASCII: the signature is over UTF-8 bytes
      },
    },
    secrets,
    sentAt,
    "whd_0123456789abcdef",
  );
}

const without = (headers: Record<string, string>, ...names: string[]) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name)));
const seedOnly = (headers: Record<string, string>) =>
  without(headers, "webhook-id", "webhook-timestamp", "webhook-signature");
/** The seed's scheme is accepted only when asked for: it has no timestamp, so no replay protection. */
const seedAllowed = { allowSeedSignature: true } as const;

/** The reason verifyWebhook refused, or "accepted". */
async function outcome(...args: Parameters<typeof verifyWebhook>): Promise<string> {
  try {
    await verifyWebhook(...args);
    return "accepted";
  } catch (error) {
    if (error instanceof WebhookVerificationError) return error.reason;
    throw error;
  }
}

/** Whether the standardwebhooks library (the standard's reference implementation) accepts the request. */
function standardAccepts(body: string, headers: Record<string, string>, secret: string): boolean {
  try {
    new Webhook(secret).verify(body, headers);
    return true;
  } catch {
    return false;
  }
}

describe("verifyWebhook", () => {
  const secret = newWebhookSecret();

  it("accepts a delivery by its Standard Webhooks headers, as the standardwebhooks library does, and returns its payload", async () => {
    const { body, headers } = delivery({ current: secret });
    const payload = await verifyWebhook(body, headers, secret);
    expect(payload).toEqual({
      event: "job.completed",
      timestamp: "2026-11-23T20:49:39Z",
      data: {
        job_id: "job_xyz789",
        status: "DELIVER",
        article_url: "https://api.bacowr.com/v1/jobs/job_xyz789/article.html",
        anchor_text: "bästa verktygen",
      },
      signature: expect.stringMatching(/^sha256=[0-9a-f]{64}$/),
    });
    expect(standardAccepts(body, headers, secret)).toBe(true);
    // The payload is typed by its event.
    const typed: WebhookPayload = payload;
    if (typed.event === "job.completed") expect(typed.data.article_url).toMatch(/article\.html$/);
  });

  it("accepts a request the standardwebhooks library signed (the other direction)", async () => {
    const body = '{"event":"ping","timestamp":"2026-11-23T20:49:39Z","data":{},"signature":"sha256=00"}';
    const now = new Date();
    const headers = {
      "webhook-id": "msg_1",
      "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
      "webhook-signature": new Webhook(secret).sign("msg_1", now, body),
    };
    await expect(verifyWebhook(body, headers, secret)).resolves.toMatchObject({ event: "ping" });
  });

  it("accepts the seed's X-Bacowr-Signature with allowSeedSignature when the Standard Webhooks headers are absent", async () => {
    const { body, headers } = delivery({ current: secret });
    // The seed's rule, computed independently: sha256= hex HMAC keyed by the secret's text, over the raw body.
    expect(headers["x-bacowr-signature"]).toBe(
      `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`,
    );
    await expect(verifyWebhook(body, seedOnly(headers), secret, seedAllowed)).resolves.toMatchObject({
      event: "job.completed",
    });
    // And the body's own `signature` member is the same rule over the body with that member cut.
    const payload = await verifyWebhook(body, seedOnly(headers), secret, seedAllowed);
    expect(payload.signature).toBe(
      `sha256=${createHmac("sha256", secret)
        .update(unsignedBody(body) ?? "")
        .digest("hex")}`,
    );
  });

  it("takes a Uint8Array body and headers as fetch Headers or Node's (any case, arrays)", async () => {
    const { body, headers } = delivery({ current: secret });
    const bytes = new TextEncoder().encode(body);
    await expect(verifyWebhook(bytes, new Headers(headers), secret)).resolves.toMatchObject({
      event: "job.completed",
    });
    const nodeStyle = Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [
        name.replace(/(^|-)[a-z]/g, (c) => c.toUpperCase()),
        name === "webhook-signature" ? [value] : value,
      ]),
    );
    expect(nodeStyle).toHaveProperty("Webhook-Signature");
    await expect(verifyWebhook(Buffer.from(body), nodeStyle, secret)).resolves.toMatchObject({
      event: "job.completed",
    });
  });

  it("refuses a tampered body by either scheme", async () => {
    const { body, headers } = delivery({ current: secret });
    const tampered = body.replace("DELIVER", "BLOCKED");
    expect(tampered).not.toBe(body);
    expect(await outcome(tampered, headers, secret)).toBe("signature_mismatch");
    expect(await outcome(tampered, seedOnly(headers), secret, seedAllowed)).toBe("signature_mismatch");
    expect(standardAccepts(tampered, headers, secret)).toBe(false);
    // Re-serialised JSON is a different body too: verify the raw bytes.
    expect(await outcome(JSON.stringify(JSON.parse(body), null, 1), headers, secret)).toBe(
      "signature_mismatch",
    );
    // A header changed: the id is signed with the body.
    expect(await outcome(body, { ...headers, "webhook-id": "evt_other" }, secret)).toBe("signature_mismatch");
  });

  it("refuses the wrong secret by either scheme", async () => {
    const { body, headers } = delivery({ current: secret });
    const other = newWebhookSecret();
    expect(await outcome(body, headers, other)).toBe("signature_mismatch");
    expect(await outcome(body, seedOnly(headers), other, seedAllowed)).toBe("signature_mismatch");
    expect(standardAccepts(body, headers, other)).toBe(false);
    await expect(verifyWebhook(body, headers, other)).rejects.toThrow(/No webhook-signature matches/);
  });

  it("refuses a webhook-timestamp outside the tolerance: a replayed request", async () => {
    const now = new Date();
    const old = delivery({ current: secret }, new Date(now.getTime() - 301_000));
    expect(await outcome(old.body, old.headers, secret, { now })).toBe("timestamp_out_of_tolerance");
    expect(standardAccepts(old.body, old.headers, secret)).toBe(false);
    await expect(verifyWebhook(old.body, old.headers, secret, { now })).rejects.toThrow(/possible replay/);
    // Just inside the default five minutes, or inside a wider tolerance.
    const recent = delivery({ current: secret }, new Date(now.getTime() - 299_000));
    expect(await outcome(recent.body, recent.headers, secret, { now })).toBe("accepted");
    expect(await outcome(old.body, old.headers, secret, { now, toleranceSeconds: 600 })).toBe("accepted");
    // From the future too (a clock far ahead is no better than one far behind).
    const future = delivery({ current: secret }, new Date(now.getTime() + 301_000));
    expect(await outcome(future.body, future.headers, secret, { now })).toBe("timestamp_out_of_tolerance");
    const garbled = { ...recent.headers, "webhook-timestamp": "yesterday" };
    expect(await outcome(recent.body, garbled, secret, { now })).toBe("invalid_timestamp");
  });

  it("accepts either secret while a rotation overlaps (two signatures in each scheme)", async () => {
    const previous = secret;
    const current = newWebhookSecret();
    const { body, headers } = delivery({ current, previous });
    expect(headers["webhook-signature"]?.split(" ")).toHaveLength(2);
    expect(headers["x-bacowr-signature-previous"]).toMatch(/^sha256=/);
    for (const key of [current, previous]) {
      expect(await outcome(body, headers, key)).toBe("accepted");
      expect(await outcome(body, seedOnly(headers), key, seedAllowed)).toBe("accepted");
      expect(standardAccepts(body, headers, key)).toBe(true);
    }
    expect(await outcome(body, headers, newWebhookSecret())).toBe("signature_mismatch");
    // The old secret only verifies through X-Bacowr-Signature-Previous.
    expect(
      await outcome(body, without(seedOnly(headers), "x-bacowr-signature-previous"), previous, seedAllowed),
    ).toBe("signature_mismatch");
  });

  it("refuses a request without signature headers, or with only some of the standard ones", async () => {
    const { body, headers } = delivery({ current: secret });
    expect(await outcome(body, { "content-type": "application/json" }, secret)).toBe("missing_headers");
    expect(await outcome(body, without(headers, "webhook-timestamp"), secret)).toBe("missing_headers");
    expect(await outcome(body, without(headers, "webhook-signature"), secret)).toBe("missing_headers");
    await expect(verifyWebhook(body, {}, secret)).rejects.toThrow(/No signature headers/);
  });

  it("refuses X-Bacowr-Signature alone unless allowSeedSignature: stripping webhook-* must not turn off replay protection", async () => {
    const now = new Date();
    // A request captured an hour ago: its standard headers are out of tolerance, so an attacker strips them.
    const captured = delivery({ current: secret }, new Date(now.getTime() - 3_600_000));
    expect(await outcome(captured.body, captured.headers, secret, { now })).toBe(
      "timestamp_out_of_tolerance",
    );
    const stripped = seedOnly(captured.headers);
    expect(stripped["x-bacowr-signature"]).toMatch(/^sha256=/);
    expect(await outcome(captured.body, stripped, secret, { now })).toBe("missing_headers");
    await expect(verifyWebhook(captured.body, stripped, secret, { now })).rejects.toThrow(
      /allowSeedSignature/,
    );
    expect(await outcome(captured.body, stripped, secret, { now, allowSeedSignature: false })).toBe(
      "missing_headers",
    );
    // Opting in accepts it (that is the documented cost); it never weakens the standard check.
    expect(await outcome(captured.body, stripped, secret, { now, ...seedAllowed })).toBe("accepted");
    expect(await outcome(captured.body, captured.headers, secret, { now, ...seedAllowed })).toBe(
      "timestamp_out_of_tolerance",
    );
    expect(
      await outcome(captured.body, without(captured.headers, "webhook-timestamp"), secret, {
        now,
        ...seedAllowed,
      }),
    ).toBe("missing_headers");
    expect(await outcome(captured.body, { "content-type": "application/json" }, secret, seedAllowed)).toBe(
      "missing_headers",
    );
  });

  it("refuses a correctly signed body that is not a webhook payload", async () => {
    const now = new Date();
    const sign = (body: string) => ({
      "webhook-id": "msg_1",
      "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
      "webhook-signature": new Webhook(secret).sign("msg_1", now, body),
    });
    expect(await outcome("not json", sign("not json"), secret)).toBe("invalid_payload");
    expect(await outcome('{"event":"x"}', sign('{"event":"x"}'), secret)).toBe("invalid_payload");
  });
});
