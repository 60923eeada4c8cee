/** A key as the store holds it: who used it for what, when first, and what it created. */
export interface IdempotencyKeyRecord {
  userId: string;
  scope: string;
  key: string;
  fingerprint: string;
  /** The id of what the first request created (several ids joined by commas for a batch). */
  resourceId: string;
  /** The HTTP status the first request answered. */
  responseStatus: number;
  /** A secret the first response showed once (an API key), sealed, so a replay can show it again. */
  replaySecret: string | null;
  firstUsedAt: Date;
}

/** What a creating repository stores with the new resource, in the same transaction. */
export interface IdempotencyClaim {
  userId: string;
  scope: string;
  key: string;
  fingerprint: string;
  responseStatus: number;
  replaySecret?: string | undefined;
  firstUsedAt: Date;
  /** A key first used before this is spent: the store replaces it instead of reporting it. */
  spentBefore: Date;
}

/**
 * Thrown by a creating repository when another request holds the key: the
 * resource was not created, and `existing` is what the store reports (undefined
 * if the holder vanished in between, in which case the caller may try again).
 */
export class IdempotencyKeyTaken extends Error {
  constructor(readonly existing: IdempotencyKeyRecord | undefined) {
    super("idempotency key taken");
    this.name = "IdempotencyKeyTaken";
  }
}

export interface IdempotencyKeyStore {
  find(userId: string, scope: string, key: string): Promise<IdempotencyKeyRecord | undefined>;
}
