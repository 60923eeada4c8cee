import type { Coordination, EventBus, KeyValueCache, RateLimiter } from "@bacowr/core";
import { Redis } from "ioredis";
import { fixedWindow } from "./fixed-window";

// INCR and EXPIRE in one round trip and atomically, so a crash between the
// two can never leave a counter without an expiry.
const HIT_SCRIPT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return count`;

/** Coordination shared by every instance through one Redis server. */
export async function createRedisCoordination(url: string, keyPrefix = "bacowr:"): Promise<Coordination> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2, enableAutoPipelining: true });
  await client.connect();
  let subscriber: Redis | undefined;
  const handlers = new Map<string, Set<(message: string) => void>>();

  const rateLimiter: RateLimiter = {
    async hit(key, limit, windowSeconds) {
      const { index, resetSeconds } = fixedWindow(Date.now(), windowSeconds);
      const count = Number(
        await client.eval(HIT_SCRIPT, 1, `${keyPrefix}rl:${key}:${index}`, String(windowSeconds + 1)),
      );
      return { allowed: count <= limit, limit, remaining: Math.max(0, limit - count), resetSeconds };
    },
  };

  const ensureSubscriber = async (): Promise<Redis> => {
    if (subscriber) return subscriber;
    const sub = client.duplicate();
    sub.on("message", (channel: string, message: string) => {
      for (const handler of handlers.get(channel.slice(keyPrefix.length)) ?? []) handler(message);
    });
    subscriber = sub;
    return sub;
  };

  const events: EventBus = {
    async publish(channel, message) {
      await client.publish(`${keyPrefix}${channel}`, message);
    },
    async subscribe(channel, handler) {
      const sub = await ensureSubscriber();
      let set = handlers.get(channel);
      if (!set) {
        set = new Set();
        handlers.set(channel, set);
        await sub.subscribe(`${keyPrefix}${channel}`);
      }
      set.add(handler);
      return async () => {
        const current = handlers.get(channel);
        if (!current) return;
        current.delete(handler);
        if (current.size === 0) {
          handlers.delete(channel);
          await sub.unsubscribe(`${keyPrefix}${channel}`);
        }
      };
    },
  };

  const cache: KeyValueCache = {
    async get(key) {
      return (await client.get(`${keyPrefix}cache:${key}`)) ?? undefined;
    },
    async set(key, value, ttlSeconds) {
      await client.set(`${keyPrefix}cache:${key}`, value, "EX", Math.max(1, Math.ceil(ttlSeconds)));
    },
    async delete(key) {
      await client.del(`${keyPrefix}cache:${key}`);
    },
    async add(key, value, ttlSeconds) {
      const set = await client.set(
        `${keyPrefix}cache:${key}`,
        value,
        "EX",
        Math.max(1, Math.ceil(ttlSeconds)),
        "NX",
      );
      return set === "OK";
    },
  };

  return {
    kind: "redis",
    rateLimiter,
    events,
    cache,
    async ping() {
      await client.ping();
    },
    async close() {
      await Promise.allSettled([subscriber?.quit(), client.quit()]);
    },
  };
}
