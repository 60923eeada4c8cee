import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  newWebhookSecret,
  PREVIOUS_SIGNATURE_HEADER,
  SIGNATURE_HEADER,
  seedSignature,
  signWebhook,
  standardSignature,
  unsignedBody,
} from "../../src/webhooks/webhook-signing";

// Independent computations with node:crypto, written from the contract rather than from the module.
const hexHmac = (key: string, text: string) => createHmac("sha256", key).update(text, "utf8").digest("hex");
const b64Hmac = (key: Buffer, text: string) =>
  createHmac("sha256", key).update(text, "utf8").digest("base64");

const message = {
  eventId: "evt_0123456789abcdef0123456789abcdef",
  event: "job.completed",
  occurredAt: new Date("2026-11-23T20:49:39.512Z"),
  data: { job_id: "job_1", status: "DELIVER", note: 'quotes " and , "signature": inside', emoji: "åäö 🚀" },
};
const secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const sentAt = new Date("2026-11-23T21:00:00.900Z");
const sentSeconds = Math.floor(Date.parse("2026-11-23T21:00:00Z") / 1000);

describe("signWebhook", () => {
  it("writes {event, timestamp, data} and ends the body with the signature member", () => {
    const { body } = signWebhook(message, { current: secret }, sentAt, "whd_1");
    expect(body).toMatch(/,"signature":"sha256=[0-9a-f]{64}"}$/);
    const parsed = JSON.parse(body);
    expect(Object.keys(parsed)).toEqual(["event", "timestamp", "data", "signature"]);
    expect(parsed).toMatchObject({
      event: "job.completed",
      timestamp: "2026-11-23T20:49:39Z",
      data: message.data,
    });
  });

  it("signs the body without its signature member, which unsignedBody recovers byte for byte", () => {
    const { body } = signWebhook(message, { current: secret }, sentAt, "whd_1");
    const unsigned = unsignedBody(body);
    expect(unsigned).toBe(
      JSON.stringify({ event: message.event, timestamp: "2026-11-23T20:49:39Z", data: message.data }),
    );
    // The seed's Python: body[:body.rindex(',"signature":')] + "}"
    expect(unsigned).toBe(`${body.slice(0, body.lastIndexOf(',"signature":'))}}`);
    expect(JSON.parse(body).signature).toBe(`sha256=${hexHmac(secret, unsigned as string)}`);
    expect(unsignedBody('{"event":"x"}')).toBeUndefined();
  });

  it("signs the raw body in X-Bacowr-Signature with the secret's text as the key (the seed's verify_webhook)", () => {
    const { body, headers } = signWebhook(message, { current: secret }, sentAt, "whd_1");
    expect(headers[SIGNATURE_HEADER]).toBe(`sha256=${hexHmac(secret, body)}`);
    expect(seedSignature(secret, "payload")).toBe(`sha256=${hexHmac(secret, "payload")}`);
    expect(headers).toMatchObject({
      "content-type": "application/json",
      "x-bacowr-event": "job.completed",
      "x-bacowr-delivery": "whd_1",
      "webhook-id": message.eventId,
      "webhook-timestamp": String(sentSeconds),
    });
    expect(headers).not.toHaveProperty(PREVIOUS_SIGNATURE_HEADER);
  });

  it("sends the same body at every attempt; only the timestamp headers change", () => {
    const first = signWebhook(message, { current: secret }, sentAt, "whd_1");
    const later = signWebhook(message, { current: secret }, new Date(sentAt.getTime() + 3600_000), "whd_1");
    expect(later.body).toBe(first.body);
    expect(later.headers[SIGNATURE_HEADER]).toBe(first.headers[SIGNATURE_HEADER]);
    expect(later.headers["webhook-timestamp"]).toBe(String(sentSeconds + 3600));
    expect(later.headers["webhook-signature"]).not.toBe(first.headers["webhook-signature"]);
  });

  it("signs `id.timestamp.body` for Standard Webhooks, keyed by the base64 after whsec_", () => {
    const { body, headers } = signWebhook(message, { current: secret }, sentAt, "whd_1");
    const key = Buffer.from("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "base64");
    expect(headers["webhook-signature"]).toBe(
      `v1,${b64Hmac(key, `${message.eventId}.${sentSeconds}.${body}`)}`,
    );
  });

  it("matches the Standard Webhooks specification's published test vector", () => {
    expect(
      standardSignature(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, '{"test": 2432232314}'),
    ).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });

  it("signs with both secrets during a rotation: the previous header and two standard signatures", () => {
    const previous = newWebhookSecret();
    const { body, headers } = signWebhook(message, { current: secret, previous }, sentAt, "whd_1");
    expect(headers[SIGNATURE_HEADER]).toBe(`sha256=${hexHmac(secret, body)}`);
    expect(headers[PREVIOUS_SIGNATURE_HEADER]).toBe(`sha256=${hexHmac(previous, body)}`);
    // The body's member is signed by the current secret only.
    expect(JSON.parse(body).signature).toBe(`sha256=${hexHmac(secret, unsignedBody(body) as string)}`);
    const signatures = headers["webhook-signature"]?.split(" ");
    expect(signatures).toEqual([
      standardSignature(secret, message.eventId, sentSeconds, body),
      standardSignature(previous, message.eventId, sentSeconds, body),
    ]);
  });

  it("makes 32-byte secrets in the whsec_ form, each different", () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(a.slice(6), "base64")).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(a);
  });
});
