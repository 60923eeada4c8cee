import type { Coordination, EventBus, KeyValueCache, RateLimiter } from "@bacowr/core";
import { fixedWindow } from "./fixed-window";

/** In-process coordination for a single instance (no REDIS_URL). */
export function createMemoryCoordination(now: () => number = Date.now): Coordination {
  const counters = new Map<string, { count: number; expiresAt: number }>();
  const entries = new Map<string, { value: string; expiresAt: number }>();
  const channels = new Map<string, Set<(message: string) => void>>();
  let sweeps = 0;

  const sweep = () => {
    // Expired counters are dropped every so often so idle clients do not accumulate.
    if (++sweeps % 1000 !== 0) return;
    const t = now();
    for (const [key, counter] of counters) if (counter.expiresAt <= t) counters.delete(key);
    for (const [key, entry] of entries) if (entry.expiresAt <= t) entries.delete(key);
  };

  const rateLimiter: RateLimiter = {
    async hit(key, limit, windowSeconds) {
      sweep();
      const t = now();
      const { index, resetSeconds } = fixedWindow(t, windowSeconds);
      const id = `${key}:${index}`;
      const counter = counters.get(id) ?? { count: 0, expiresAt: t + resetSeconds * 1000 };
      counter.count += 1;
      counters.set(id, counter);
      return {
        allowed: counter.count <= limit,
        limit,
        remaining: Math.max(0, limit - counter.count),
        resetSeconds,
      };
    },
  };

  const events: EventBus = {
    async publish(channel, message) {
      for (const handler of channels.get(channel) ?? []) queueMicrotask(() => handler(message));
    },
    async subscribe(channel, handler) {
      const set = channels.get(channel) ?? new Set();
      set.add(handler);
      channels.set(channel, set);
      return async () => {
        set.delete(handler);
        if (set.size === 0) channels.delete(channel);
      };
    },
  };

  const cache: KeyValueCache = {
    async get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.expiresAt <= now()) {
        entries.delete(key);
        return undefined;
      }
      return entry.value;
    },
    async set(key, value, ttlSeconds) {
      sweep();
      entries.set(key, { value, expiresAt: now() + ttlSeconds * 1000 });
    },
    async delete(key) {
      entries.delete(key);
    },
    async add(key, value, ttlSeconds) {
      const held = entries.get(key);
      if (held && held.expiresAt > now()) return false;
      sweep();
      entries.set(key, { value, expiresAt: now() + ttlSeconds * 1000 });
      return true;
    },
  };

  return {
    kind: "memory",
    rateLimiter,
    events,
    cache,
    async ping() {},
    async close() {
      channels.clear();
    },
  };
}
