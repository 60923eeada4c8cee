import { createHmac, randomBytes } from "node:crypto";

/**
 * How a webhook is signed. Two schemes, so receivers can use either:
 *
 * - The seed's: `"sha256=" + hex(HMAC-SHA256(secret, payload))`, the key being the whole secret string
 *   (`whsec_…`) as UTF-8, exactly as the seed's Python `verify_webhook` computes it. It is sent twice:
 *   - in the `X-Bacowr-Signature` header, over the raw request body as received;
 *   - in the body's last member, `signature`, over the body without that member. The body always ends
 *     with `,"signature":"sha256=<64 hex>"}`: cutting from the last `,"signature":` and appending `}`
 *     gives back, byte for byte, the text that was signed.
 * - Standard Webhooks (standardwebhooks.com): `webhook-id` (the event's id, stable across retries),
 *   `webhook-timestamp` (seconds, the attempt's time: receivers refuse old ones to stop replays) and
 *   `webhook-signature` (`v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, the key being the base64 after
 *   `whsec_`), so the standard libraries verify it.
 *
 * For 24 hours after a rotation both secrets sign: the previous one's seed signature goes in
 * `X-Bacowr-Signature-Previous`, and `webhook-signature` lists both (space-separated, as the standard allows).
 */

export const WEBHOOK_SECRET_PREFIX = "whsec_";
export const SIGNATURE_HEADER = "x-bacowr-signature";
export const PREVIOUS_SIGNATURE_HEADER = "x-bacowr-signature-previous";

/** A new signing secret: `whsec_` and 32 random bytes in base64 (the Standard Webhooks form). */
export function newWebhookSecret(): string {
  return WEBHOOK_SECRET_PREFIX + randomBytes(32).toString("base64");
}

/** The seed's signature: `sha256=` and the hex HMAC-SHA256 of `payload` keyed by the secret's text. */
export function seedSignature(secret: string, payload: string): string {
  return `sha256=${createHmac("sha256", secret).update(payload, "utf8").digest("hex")}`;
}

/** The Standard Webhooks signature (`v1,<base64>`) of one message. */
export function standardSignature(
  secret: string,
  id: string,
  timestampSeconds: number,
  body: string,
): string {
  const key = Buffer.from(secret.startsWith(WEBHOOK_SECRET_PREFIX) ? secret.slice(6) : secret, "base64");
  const mac = createHmac("sha256", key).update(`${id}.${timestampSeconds}.${body}`, "utf8").digest("base64");
  return `v1,${mac}`;
}

/** The event's time as the seed writes it: ISO 8601 in UTC, to the second (`2025-11-19T14:32:15Z`). */
export function webhookTimestamp(at: Date): string {
  return `${at.toISOString().slice(0, 19)}Z`;
}

export interface WebhookMessage {
  /** The event's id (`evt_…`), the same for every attempt and replay. */
  eventId: string;
  event: string;
  occurredAt: Date;
  data: Record<string, unknown>;
}

export interface SignedWebhook {
  body: string;
  headers: Record<string, string>;
}

/**
 * The exact request a delivery sends: `{event, timestamp, data, signature}` and its headers. The body
 * depends only on the message and the secret, so every attempt sends the same bytes; only the
 * `webhook-timestamp` header (and so `webhook-signature`) changes.
 */
export function signWebhook(
  message: WebhookMessage,
  secrets: { current: string; previous?: string },
  sentAt: Date,
  deliveryId: string,
): SignedWebhook {
  const unsigned = JSON.stringify({
    event: message.event,
    timestamp: webhookTimestamp(message.occurredAt),
    data: message.data,
  });
  const body = `${unsigned.slice(0, -1)},"signature":${JSON.stringify(seedSignature(secrets.current, unsigned))}}`;
  const seconds = Math.floor(sentAt.getTime() / 1000);
  const keys = secrets.previous ? [secrets.current, secrets.previous] : [secrets.current];
  return {
    body,
    headers: {
      "content-type": "application/json",
      "x-bacowr-event": message.event,
      "x-bacowr-delivery": deliveryId,
      [SIGNATURE_HEADER]: seedSignature(secrets.current, body),
      ...(secrets.previous ? { [PREVIOUS_SIGNATURE_HEADER]: seedSignature(secrets.previous, body) } : {}),
      "webhook-id": message.eventId,
      "webhook-timestamp": String(seconds),
      "webhook-signature": keys
        .map((key) => standardSignature(key, message.eventId, seconds, body))
        .join(" "),
    },
  };
}

/** The text the body's `signature` member signs: the body without that member (see the module's comment). */
export function unsignedBody(body: string): string | undefined {
  const at = body.lastIndexOf(',"signature":');
  return at < 0 ? undefined : `${body.slice(0, at)}}`;
}
