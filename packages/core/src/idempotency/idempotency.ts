import { createHash } from "node:crypto";
import { AppError } from "../app-error";
import type { IdempotencyClaim, IdempotencyKeyRecord, IdempotencyKeyStore } from "./ports";
import { IdempotencyKeyTaken } from "./ports";

/** How long a key names what it first created (the contract: 24 hours from its first use). */
export const IDEMPOTENCY_WINDOW_SECONDS = 86_400;

/** The longest key accepted, in the body or the `Idempotency-Key` header. */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;

/** The status of a first, creating request. */
const CREATED = 201;

/** One kind of creating request: its keys are separate from every other kind's. */
export interface IdempotencyScope {
  name: string;
  /** The member of the 422's `details` that names the existing resource (`job_id`). */
  resourceField: string;
  /** How the stored id reads there: as text (default), a number, or a list of numbers (a batch of tasks). */
  resourceIdKind?: "text" | "number" | "numbers";
  /** The status a replay answers; the original's when unset (jobs answer 200, as the contract says). */
  replayStatus?: number;
}

export const idempotencyScopes = {
  jobs: { name: "jobs", resourceField: "job_id", replayStatus: 200 },
  batches: { name: "batches", resourceField: "batch_id", replayStatus: 200 },
  campaigns: { name: "campaigns", resourceField: "campaign_id", resourceIdKind: "number" },
  campaignTasks: { name: "campaign_tasks", resourceField: "task_ids", resourceIdKind: "numbers" },
  users: { name: "users", resourceField: "user_id" },
  apiKeys: { name: "api_keys", resourceField: "api_key_id" },
} as const satisfies Record<string, IdempotencyScope>;

/** The idempotency part of a creating request: who asks, with which key (if any), for what. */
export interface IdempotentRequest {
  userId: string;
  key: string | undefined;
  /** `requestFingerprint` of the request as the service normalised it. */
  fingerprint: string;
  /** The request field the key came from, named in errors. */
  keyField?: string;
}

/** Who asks, with which `Idempotency-Key` (if any): retries with the same key create nothing twice. */
export interface Requester {
  userId: string;
  idempotencyKey?: string | undefined;
}

export type KeyDecision = "create" | "replay" | "conflict";

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** A hash of the request, independent of key order, so the same request always has the same fingerprint. */
export function requestFingerprint(request: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify(canonical(request)))
    .digest("hex");
}

/** Refuses a key the contract does not allow (1–255 characters, no control characters). */
export function checkIdempotencyKey(key: string | undefined, field: string): string | undefined {
  if (key === undefined) return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (key.length === 0 || key.length > IDEMPOTENCY_KEY_MAX_LENGTH || /[\u0000-\u001f\u007f]/.test(key)) {
    throw new AppError(
      "VALIDATION_ERROR",
      `An idempotency key must be 1–${IDEMPOTENCY_KEY_MAX_LENGTH} printable characters`,
      { field, fieldErrors: { [field]: [`must be 1–${IDEMPOTENCY_KEY_MAX_LENGTH} printable characters`] } },
    );
  }
  return key;
}

/**
 * The rule: a key first used more than 24 hours ago is spent and creates
 * anew; a live key replays the same request and refuses a different one.
 */
export function decideKey(
  existing: IdempotencyKeyRecord | undefined,
  fingerprint: string,
  now: Date,
): KeyDecision {
  if (!existing || isSpent(existing, now)) return "create";
  return existing.fingerprint === fingerprint ? "replay" : "conflict";
}

function isSpent(record: IdempotencyKeyRecord, now: Date): boolean {
  return record.firstUsedAt.getTime() < now.getTime() - IDEMPOTENCY_WINDOW_SECONDS * 1000;
}

/** The 422 for a live key used with a different request, naming what the key created. */
export function idempotencyKeyReused(
  scope: IdempotencyScope,
  record: IdempotencyKeyRecord,
  field = "Idempotency-Key",
): AppError {
  const id = record.resourceId;
  const resource =
    scope.resourceIdKind === "numbers"
      ? id.split(",").map(Number)
      : scope.resourceIdKind === "number"
        ? Number(id)
        : id;
  return new AppError(
    "IDEMPOTENCY_KEY_REUSED",
    "This idempotency key was already used with a different request in the last 24 hours",
    { field, details: { [scope.resourceField]: resource } },
  );
}

export interface CreateOnceOutcome<T> {
  value: T;
  /** 201 when created; for a replay the scope's replay status, else the original's. */
  status: number;
  replayed: boolean;
}

/**
 * Creates at most one resource per (user, scope, key) in the window: the
 * repository stores the key with the resource in one transaction and reports
 * a key someone else holds; this function decides what that means.
 */
export async function createOnce<T>(options: {
  scope: IdempotencyScope;
  request: IdempotentRequest;
  now: Date;
  keys: IdempotencyKeyStore;
  /** Creates the resource, storing `claim` with it when given; throws IdempotencyKeyTaken when the key is held. */
  create: (claim: IdempotencyClaim | undefined) => Promise<T>;
  /** What a replay answers, from the stored key (the resource re-read). */
  replay: (record: IdempotencyKeyRecord) => Promise<T>;
  /** Sealed into the key for a replay to show again (an API key's secret). */
  replaySecret?: string;
}): Promise<CreateOnceOutcome<T>> {
  const { scope, request, now } = options;
  const field = request.keyField ?? "idempotency_key";
  // Every kind of request checks its key here, so an empty or oversized header never becomes a key.
  const key = checkIdempotencyKey(request.key, field);
  if (key === undefined) {
    return { value: await options.create(undefined), status: CREATED, replayed: false };
  }
  const answer = async (record: IdempotencyKeyRecord): Promise<CreateOnceOutcome<T>> => {
    if (decideKey(record, request.fingerprint, now) === "conflict")
      throw idempotencyKeyReused(scope, record, field);
    return {
      value: await options.replay(record),
      status: scope.replayStatus ?? record.responseStatus,
      replayed: true,
    };
  };
  const existing = await options.keys.find(request.userId, scope.name, key);
  if (existing && decideKey(existing, request.fingerprint, now) !== "create") return answer(existing);

  const claim: IdempotencyClaim = {
    userId: request.userId,
    scope: scope.name,
    key,
    fingerprint: request.fingerprint,
    responseStatus: CREATED,
    replaySecret: options.replaySecret,
    firstUsedAt: now,
    spentBefore: new Date(now.getTime() - IDEMPOTENCY_WINDOW_SECONDS * 1000),
  };
  // Concurrent duplicates meet in the store: one creates, the others are told who holds the key.
  for (let attempt = 0; ; attempt++) {
    try {
      return { value: await options.create(claim), status: CREATED, replayed: false };
    } catch (error) {
      if (!(error instanceof IdempotencyKeyTaken)) throw error;
      if (error.existing && decideKey(error.existing, request.fingerprint, now) !== "create") {
        return answer(error.existing);
      }
      if (attempt >= 2) throw new AppError("CONFLICT", "This idempotency key is in use; try again");
    }
  }
}
