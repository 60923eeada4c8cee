import type { Coordination } from "@bacowr/core";
import { afterAll, describe, expect, it } from "vitest";
import { createMemoryCoordination, createRedisCoordination, openCoordination } from "../src";

const redisUrl = process.env.REDIS_URL;
const opened: Coordination[] = [];
afterAll(async () => {
  await Promise.all(opened.map((c) => c.close()));
});

const kinds: [string, () => Promise<Coordination>][] = [["memory", async () => createMemoryCoordination()]];
// Redis runs wherever REDIS_URL is set: always in CI's second pass.
if (redisUrl)
  kinds.push(["redis", () => createRedisCoordination(redisUrl, `test:${process.pid}:${Date.now()}:`)]);

describe.each(kinds)("%s coordination", (_kind, open) => {
  it("counts hits in a fixed window and refuses past the limit", async () => {
    const c = await open();
    opened.push(c);
    const key = `ip:${Math.random()}`;
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await c.rateLimiter.hit(key, 3, 60));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions.map((d) => d.remaining)).toEqual([2, 1, 0, 0]);
    expect(decisions[3]?.resetSeconds).toBeGreaterThan(0);
    expect(decisions[3]?.resetSeconds).toBeLessThanOrEqual(60);
  });

  it("delivers published messages to subscribers until they unsubscribe", async () => {
    const c = await open();
    opened.push(c);
    const received: string[] = [];
    const channel = `jobs:${Math.random()}`;
    const gotOne = new Promise<void>((resolve) => {
      void c.events
        .subscribe(channel, (m) => {
          received.push(m);
          resolve();
        })
        .then(async (unsubscribe) => {
          await c.events.publish(channel, "hello");
          await gotOne;
          await unsubscribe();
          await c.events.publish(channel, "after");
        });
    });
    await gotOne;
    await new Promise((r) => setTimeout(r, 50));
    expect(received).toEqual(["hello"]);
  });

  it("caches values with a TTL", async () => {
    const c = await open();
    opened.push(c);
    const key = `k:${Math.random()}`;
    expect(await c.cache.get(key)).toBeUndefined();
    await c.cache.set(key, "v", 30);
    expect(await c.cache.get(key)).toBe("v");
    await c.cache.delete(key);
    expect(await c.cache.get(key)).toBeUndefined();
  });

  it("lets exactly one of concurrent claims of a key win, until it is released", async () => {
    const c = await open();
    opened.push(c);
    const key = `claim:${Math.random()}`;
    const claims = await Promise.all(Array.from({ length: 10 }, () => c.cache.add(key, "1", 30)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    await c.cache.delete(key);
    expect(await c.cache.add(key, "1", 30)).toBe(true);
  });
});

// What several server instances share exists only in Redis: one process's memory has nothing to share.
describe.skipIf(!redisUrl)(
  `two instances on one Redis${redisUrl ? "" : " (skipped: needs REDIS_URL)"}`,
  () => {
    // Two separate connections with the same key prefix, as two servers of one deployment open them.
    const prefix = `test:${process.pid}:${Math.random().toString(36).slice(2)}:`;
    const pair = async () => {
      const a = await openCoordination(redisUrl, prefix);
      const b = await openCoordination(redisUrl, prefix);
      opened.push(a, b);
      expect([a.kind, b.kind]).toEqual(["redis", "redis"]);
      expect(a).not.toBe(b);
      return [a, b] as const;
    };

    it("shares the limit between instances", async () => {
      const [a, b] = await pair();
      const key = `shared:${Math.random()}`;
      expect((await a.rateLimiter.hit(key, 3, 60)).remaining).toBe(2);
      expect((await b.rateLimiter.hit(key, 3, 60)).remaining).toBe(1);
      expect((await a.rateLimiter.hit(key, 3, 60)).allowed).toBe(true);
      const refused = await b.rateLimiter.hit(key, 3, 60);
      expect(refused).toMatchObject({ allowed: false, remaining: 0 });
    });

    it("delivers a message published by one instance to a subscriber on the other", async () => {
      const [a, b] = await pair();
      const channel = `jobs:created:${Math.random()}`;
      const received = new Promise<string>((resolve) => {
        void b.events.subscribe(channel, resolve).then(() => a.events.publish(channel, "job_1"));
      });
      expect(await received).toBe("job_1");
    });

    it("shares cached values between instances", async () => {
      const [a, b] = await pair();
      const key = `k:${Math.random()}`;
      await a.cache.set(key, "v", 30);
      expect(await b.cache.get(key)).toBe("v");
      await b.cache.delete(key);
      expect(await a.cache.get(key)).toBeUndefined();
      // A claim made on one instance holds on the other.
      expect(await a.cache.add(key, "1", 30)).toBe(true);
      expect(await b.cache.add(key, "1", 30)).toBe(false);
    });
  },
);

describe("memory coordination expiry", () => {
  it("forgets cache entries and counters when their time is up", async () => {
    let now = 1_000_000;
    const c = createMemoryCoordination(() => now);
    await c.cache.set("k", "v", 10);
    now += 11_000;
    expect(await c.cache.get("k")).toBeUndefined();
    expect((await c.rateLimiter.hit("x", 1, 60)).allowed).toBe(true);
    expect((await c.rateLimiter.hit("x", 1, 60)).allowed).toBe(false);
    now += 60_000;
    expect((await c.rateLimiter.hit("x", 1, 60)).allowed).toBe(true);
  });
});
