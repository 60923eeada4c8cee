import type { JobStatus } from "./resources/jobs";
import type { WebhookEventType } from "./resources/webhooks";

/**
 * Checking that a webhook came from BACOWR. The SDK runs in browsers and Node 20+ with no runtime imports, so
 * this uses WebCrypto (`globalThis.crypto.subtle`), which both have; hence `verifyWebhook` is async.
 *
 * BACOWR signs every delivery two ways (README, "Webhooks (v1)"):
 * - Standard Webhooks: `webhook-id`, `webhook-timestamp` (unix seconds of the attempt) and `webhook-signature`
 *   (`v1,<base64 HMAC-SHA256 of "id.timestamp.body">` per valid secret, space-separated; the key is the base64
 *   after `whsec_`). Preferred: its timestamp lets a receiver refuse a captured request replayed later.
 * - The seed's: `X-Bacowr-Signature: sha256=<hex HMAC-SHA256 of the raw body>`, the key being the whole secret
 *   as UTF-8 (`X-Bacowr-Signature-Previous` with the previous secret, for 24 h after a rotation). It carries no
 *   time, so a captured request replays forever; checked only with `allowSeedSignature: true` and no
 *   Standard Webhooks headers. Otherwise stripping the webhook-* headers off a captured request would turn the
 *   timestamp check off.
 */

/** `data` of `job.*` events, as the receiver gets it (snake_case: the payload is the wire's). */
export interface JobEventData {
  job_id: string;
  status: JobStatus;
  /** The article page (`/v1/jobs/{id}/article.html`) for a delivered job, else null. */
  article_url: string | null;
  batch_id: string | null;
  publisher_domain: string;
  target_url: string;
  anchor_text: string;
  qc_score: number | null;
  error: { code: string; message: string | null } | null;
}

/** `data` of `batch.*` events: the batch's final counts. */
export interface BatchEventData {
  batch_id: string;
  status: "COMPLETED" | "CANCELLED";
  name: string;
  total_jobs: number;
  completed: number;
  blocked: number;
  failed: number;
  cancelled: number;
}

/** `data` of the `ping` that `client.webhooks.test(id)` sends. */
export interface PingEventData {
  webhook_id: string;
  message: string;
}

type Payload<E extends string, D> = {
  event: E;
  /** When the change happened (ISO 8601, UTC, to the second), not when this attempt was sent. */
  timestamp: string;
  data: D;
  /** The seed's signature of the body without this member (see the README). */
  signature: string;
};

/** A verified webhook body. Narrow on `event` for its `data`. */
export type WebhookPayload =
  | Payload<Extract<WebhookEventType, `job.${string}`>, JobEventData>
  | Payload<Extract<WebhookEventType, `batch.${string}`>, BatchEventData>
  | Payload<"ping", PingEventData>;

export type WebhookVerificationReason =
  /** No Standard Webhooks headers (nor `X-Bacowr-Signature`, when `allowSeedSignature` is set). */
  | "missing_headers"
  /** `webhook-timestamp` is not a number of seconds. */
  | "invalid_timestamp"
  /** `webhook-timestamp` is further from now than the tolerance: a replay, or a badly wrong clock. */
  | "timestamp_out_of_tolerance"
  /** No signature matches: another secret, or the body or headers were changed. */
  | "signature_mismatch"
  /** Signed correctly, but not a webhook body (`{event, timestamp, data, signature}` JSON). */
  | "invalid_payload";

/** Why a webhook was refused: `reason` for code, `message` for people. Answer such a request 400 or 401. */
export class WebhookVerificationError extends Error {
  override name = "WebhookVerificationError";
  constructor(
    readonly reason: WebhookVerificationReason,
    message: string,
  ) {
    super(message);
  }
}

export interface VerifyWebhookOptions {
  /** How far `webhook-timestamp` may be from now, in seconds; default 300 (five minutes). */
  toleranceSeconds?: number;
  /** The time to check against; default now. */
  now?: Date;
  /**
   * Also accept the seed's `X-Bacowr-Signature` (or `-Previous`) when the Standard Webhooks headers are absent.
   * Off by default: that signature has no time in it, so it gives NO replay protection — a captured request
   * verifies forever. If you turn it on, de-duplicate what you act on by the payload's `event` and `data` (e.g.
   * `job_id` + `status`), or better, keep the standard headers and leave this off.
   */
  allowSeedSignature?: boolean;
}

export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

const SECRET_PREFIX = "whsec_";
const encoder = new TextEncoder();

/** Every value of a header, whatever its name's case (Node's `req.headers`, a fetch `Headers`, a plain object). */
function headerValues(headers: WebhookHeaders, name: string): string[] {
  if (typeof Headers !== "undefined" && headers instanceof Headers) {
    const value = headers.get(name);
    return value === null ? [] : [value];
  }
  const values: string[] = [];
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name || value === undefined) continue;
    values.push(...(Array.isArray(value) ? value : [value]));
  }
  return values;
}

async function hmac(key: Uint8Array, message: Uint8Array): Promise<Uint8Array> {
  const cryptoKey = await globalThis.crypto.subtle.importKey(
    "raw",
    new Uint8Array(key),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  return new Uint8Array(await globalThis.crypto.subtle.sign("HMAC", cryptoKey, new Uint8Array(message)));
}

/** Whether two byte strings are equal, in time that depends only on their lengths (which are public). */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

function fromBase64(text: string): Uint8Array | undefined {
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}

function fromHex(text: string): Uint8Array | undefined {
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(text)) return undefined;
  return Uint8Array.from(text.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function payloadOf(body: Uint8Array): WebhookPayload {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
  } catch {
    throw new WebhookVerificationError("invalid_payload", "The webhook body is not UTF-8 JSON");
  }
  const candidate = parsed as Partial<Record<keyof WebhookPayload, unknown>> | null;
  if (
    candidate === null ||
    typeof candidate !== "object" ||
    typeof candidate.event !== "string" ||
    typeof candidate.timestamp !== "string" ||
    typeof candidate.data !== "object" ||
    candidate.data === null ||
    typeof candidate.signature !== "string"
  ) {
    throw new WebhookVerificationError(
      "invalid_payload",
      "The webhook body is not {event, timestamp, data, signature}",
    );
  }
  return parsed as WebhookPayload;
}

/**
 * Checks a webhook request's signature against your secret (`whsec_…`, from `client.webhooks.create` or
 * `rotateSecret`) and returns its parsed body; throws `WebhookVerificationError` otherwise.
 *
 * Pass the raw body exactly as received (before any JSON parsing: re-serialising changes the bytes) and the
 * request's headers. With the Standard Webhooks headers, `webhook-timestamp` must be within
 * `toleranceSeconds` (300) of now, so a captured request cannot be replayed later. Without them the request is
 * refused (`missing_headers`), unless `allowSeedSignature: true` lets the seed's `X-Bacowr-Signature` (or
 * `-Previous`) stand in — with no replay protection. Either way the comparison takes constant time.
 * The same event can arrive more than once (retries, replays): de-duplicate on the `webhook-id` header.
 *
 * ```ts
 * app.post("/hooks/bacowr", express.raw({ type: "application/json" }), async (req, res) => {
 *   const event = await verifyWebhook(req.body, req.headers, process.env.BACOWR_WEBHOOK_SECRET!);
 *   if (event.event === "job.completed") console.log(event.data.article_url);
 *   res.sendStatus(204);
 * });
 * ```
 */
export async function verifyWebhook(
  rawBody: string | Uint8Array,
  headers: WebhookHeaders,
  secret: string,
  options: VerifyWebhookOptions = {},
): Promise<WebhookPayload> {
  const body = typeof rawBody === "string" ? encoder.encode(rawBody) : rawBody;
  const [id] = headerValues(headers, "webhook-id");
  const [timestamp] = headerValues(headers, "webhook-timestamp");
  const standard = headerValues(headers, "webhook-signature").flatMap((v) => v.split(/\s+/).filter(Boolean));
  const seed = [
    ...headerValues(headers, "x-bacowr-signature"),
    ...headerValues(headers, "x-bacowr-signature-previous"),
  ];

  if (id !== undefined || timestamp !== undefined || standard.length > 0) {
    if (id === undefined || timestamp === undefined || standard.length === 0) {
      throw new WebhookVerificationError(
        "missing_headers",
        "Standard Webhooks needs all of webhook-id, webhook-timestamp and webhook-signature",
      );
    }
    if (!/^\d{1,15}$/.test(timestamp.trim())) {
      throw new WebhookVerificationError(
        "invalid_timestamp",
        `webhook-timestamp is not unix seconds: ${timestamp}`,
      );
    }
    const sentAt = Number(timestamp.trim());
    const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
    const tolerance = options.toleranceSeconds ?? 300;
    if (Math.abs(now - sentAt) > tolerance) {
      throw new WebhookVerificationError(
        "timestamp_out_of_tolerance",
        `webhook-timestamp is ${now - sentAt} s from now (more than ${tolerance} s): refused as a possible replay`,
      );
    }
    const keyText = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
    const key = fromBase64(keyText);
    if (!key) {
      throw new WebhookVerificationError("signature_mismatch", "The secret is not a whsec_ base64 secret");
    }
    const expected = await hmac(key, concat(encoder.encode(`${id}.${timestamp.trim()}.`), body));
    const matches = standard.some((entry) => {
      const [version, signature] = entry.split(",", 2);
      const given = version === "v1" && signature ? fromBase64(signature) : undefined;
      return given !== undefined && sameBytes(given, expected);
    });
    if (!matches) {
      throw new WebhookVerificationError(
        "signature_mismatch",
        "No webhook-signature matches this secret (another secret, or a changed body)",
      );
    }
    return payloadOf(body);
  }

  if (!options.allowSeedSignature) {
    throw new WebhookVerificationError(
      "missing_headers",
      seed.length === 0
        ? "No signature headers: expected webhook-id, webhook-timestamp and webhook-signature"
        : "Only X-Bacowr-Signature, which has no timestamp (no replay protection): expected webhook-id, " +
            "webhook-timestamp and webhook-signature, or pass { allowSeedSignature: true }",
    );
  }
  if (seed.length === 0) {
    throw new WebhookVerificationError(
      "missing_headers",
      "No signature headers: expected webhook-id/webhook-timestamp/webhook-signature or X-Bacowr-Signature",
    );
  }
  const expected = await hmac(encoder.encode(secret), body);
  const matches = seed.some((value) => {
    const given = value.trim().startsWith("sha256=") ? fromHex(value.trim().slice(7)) : undefined;
    return given !== undefined && sameBytes(given, expected);
  });
  if (!matches) {
    throw new WebhookVerificationError(
      "signature_mismatch",
      "X-Bacowr-Signature does not match this secret (another secret, or a changed body)",
    );
  }
  return payloadOf(body);
}
