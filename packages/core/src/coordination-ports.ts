/**
 * Shared state that must be common to every server instance when several run
 * behind one load balancer: Redis when configured, in-process otherwise.
 */

export interface RateLimitDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the current window resets. */
  resetSeconds: number;
}

export interface RateLimiter {
  /** Count one hit for `key` in a fixed window of `windowSeconds` and decide. */
  hit(key: string, limit: number, windowSeconds: number): Promise<RateLimitDecision>;
}

export interface EventBus {
  publish(channel: string, message: string): Promise<void>;
  /** Returns an unsubscribe function. */
  subscribe(channel: string, handler: (message: string) => void): Promise<() => Promise<void>>;
}

export interface KeyValueCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
  /** Stores the value only where the key holds none (Redis `SET NX`): true when this call claimed the key. */
  add(key: string, value: string, ttlSeconds: number): Promise<boolean>;
}

/** Everything the coordination layer offers, with one lifecycle. */
export interface Coordination {
  readonly kind: "redis" | "memory";
  readonly rateLimiter: RateLimiter;
  readonly events: EventBus;
  readonly cache: KeyValueCache;
  ping(): Promise<void>;
  close(): Promise<void>;
}
