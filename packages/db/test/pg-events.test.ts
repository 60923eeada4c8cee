import type { EventBus } from "@bacowr/core";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresEventBus, type DatabaseHandle, openDatabase } from "../src";

const url = process.env.DATABASE_URL;

/** Resolves with the next `count` messages `bus` delivers on `channel`, or rejects after `ms`. */
async function nextMessages(bus: EventBus | undefined, channel: string, count = 1, ms = 2_000) {
  if (!bus) throw new Error("a PostgreSQL handle has an event bus");
  const received: string[] = [];
  let done: () => void = () => undefined;
  const all = new Promise<void>((resolve) => {
    done = resolve;
  });
  const unsubscribe = await bus.subscribe(channel, (message) => {
    received.push(message);
    if (received.length === count) done();
  });
  return {
    received,
    unsubscribe,
    all: Promise.race([
      all,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`${received.length}/${count} on ${channel}`)), ms).unref(),
      ),
    ]).then(() => received),
  };
}

// LISTEN/NOTIFY crosses processes only on a PostgreSQL server; PGlite belongs to one process.
describe.skipIf(!url)(
  `PostgreSQL LISTEN/NOTIFY event bus${url ? "" : " (skipped: needs DATABASE_URL)"}`,
  () => {
    // Two handles, each with its own pool and listening connection, stand for two processes.
    let publisher: DatabaseHandle;
    let subscriber: DatabaseHandle;
    beforeAll(async () => {
      publisher = await openDatabase({ kind: "postgres", url: url ?? "" });
      subscriber = await openDatabase({ kind: "postgres", url: url ?? "" });
    });
    afterAll(async () => {
      await publisher?.close();
      await subscriber?.close();
    });

    it("delivers a message published by one process to a subscriber in another", async () => {
      const channel = `jobs:created:${Math.random()}`;
      const listening = await nextMessages(subscriber.events, channel);
      await publisher.events?.publish(channel, "job_123");
      expect(await listening.all).toEqual(["job_123"]);
      await listening.unsubscribe();
    });

    it("stops delivering after unsubscribe, and keeps channels apart", async () => {
      const bus = subscriber.events;
      const a = await nextMessages(bus, "test:a", 2);
      const b = await nextMessages(bus, "test:b", 1);
      await publisher.events?.publish("test:a", "1");
      await publisher.events?.publish("test:b", "x");
      await b.all;
      await b.unsubscribe();
      await publisher.events?.publish("test:b", "y");
      await publisher.events?.publish("test:a", "2");
      expect(await a.all).toEqual(["1", "2"]);
      expect(b.received).toEqual(["x"]);
      await a.unsubscribe();
    });

    it("carries channel names longer than a PostgreSQL identifier", async () => {
      const long = `jobs:progress:${"x".repeat(80)}`;
      const listening = await nextMessages(subscriber.events, long);
      await publisher.events?.publish(long, "long");
      expect(await listening.all).toEqual(["long"]);
      await listening.unsubscribe();
    });

    it("listens again after its connection is cut, without the subscriber doing anything", async () => {
      const errors: Error[] = [];
      const bus = createPostgresEventBus({
        db: subscriber.db,
        connectionString: url ?? "",
        reconnectDelayMs: 50,
        onError: (error) => errors.push(error),
      });
      try {
        const channel = `test:reconnect:${Math.random()}`;
        const listening = await nextMessages(bus, channel, 2, 5_000);
        await publisher.events?.publish(channel, "before");
        await expect.poll(() => listening.received).toEqual(["before"]);
        const { rows } = await sql<{ cut: boolean }>`
        select pg_terminate_backend(pid) as cut from pg_stat_activity
        where datname = current_database() and query = ${`LISTEN "bacowr:${channel}"`}`.execute(publisher.db);
        expect(rows).toEqual([{ cut: true }]);
        await expect.poll(() => errors.length).toBeGreaterThan(0);
        // Published until it arrives: a notification sent while the connection is down is lost by design.
        await expect
          .poll(
            async () => {
              await publisher.events?.publish(channel, "after");
              return listening.received.at(-1);
            },
            { timeout: 5_000, interval: 100 },
          )
          .toBe("after");
      } finally {
        await bus.close();
      }
    });
  },
);
