import { createHash } from "node:crypto";
import type { EventBus } from "@bacowr/core";
import { type Kysely, sql } from "kysely";
import pg from "pg";
import type { Database } from "./schema";

/** An event bus over PostgreSQL LISTEN/NOTIFY, with the one connection it listens on. */
export interface PostgresEventBus extends EventBus {
  close(): Promise<void>;
}

export interface PostgresEventBusOptions {
  /** Publishes through the pool every other query uses. */
  db: Kysely<Database>;
  /** LISTEN holds a session open, so it gets a connection of its own, outside the pool. */
  connectionString: string;
  /** A listening connection that failed or dropped; it is opened again after `reconnectDelayMs`. */
  onError?: (error: Error) => void;
  reconnectDelayMs?: number;
}

// NOTIFY is scoped to the database; the prefix keeps our channels apart from anyone else's in it.
const PREFIX = "bacowr:";
// Channel names are identifiers: longer ones would be truncated (NAMEDATALEN - 1).
const MAX_CHANNEL_BYTES = 63;

function pgChannel(channel: string): string {
  const name = `${PREFIX}${channel}`;
  if (Buffer.byteLength(name) <= MAX_CHANNEL_BYTES) return name;
  return `${PREFIX}${createHash("sha256").update(channel).digest("hex").slice(0, 48)}`;
}

/**
 * Announces events to every process on the same PostgreSQL database: the
 * way separate workers learn about new jobs without Redis. A notification
 * only wakes a listener early; whatever it announces is in the tables, so a
 * notification lost while the listening connection is down costs a poll
 * interval, never correctness.
 */
export function createPostgresEventBus(options: PostgresEventBusOptions): PostgresEventBus {
  const handlers = new Map<string, Set<(message: string) => void>>();
  const reconnectDelayMs = options.reconnectDelayMs ?? 1_000;
  let listener: Promise<pg.Client> | undefined;
  let current: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  let closed = false;

  const listen = (client: pg.Client, name: string) => client.query(`LISTEN ${client.escapeIdentifier(name)}`);

  const drop = (client: pg.Client, error?: Error) => {
    if (current !== client) return;
    if (error) options.onError?.(error);
    current = undefined;
    listener = undefined;
    client.end().catch(() => undefined);
    if (!closed && handlers.size > 0 && !retry) {
      retry = setTimeout(() => {
        retry = undefined;
        if (!closed && handlers.size > 0) connect().catch(() => undefined);
      }, reconnectDelayMs);
      retry.unref();
    }
  };

  const connect = (): Promise<pg.Client> => {
    if (listener) return listener;
    const client = new pg.Client({ connectionString: options.connectionString });
    current = client;
    client.on("notification", ({ channel, payload }) => {
      for (const handler of handlers.get(channel) ?? []) handler(payload ?? "");
    });
    client.on("error", (error) => drop(client, error));
    client.on("end", () => drop(client, new Error("the listening connection ended")));
    const opening = (async () => {
      await client.connect();
      // Channels subscribed while the connection was down (or being opened) are listened to now.
      for (const name of handlers.keys()) await listen(client, name);
      return client;
    })();
    listener = opening;
    opening.catch((error: Error) => drop(client, error));
    return opening;
  };

  return {
    async publish(channel, message) {
      await sql`select pg_notify(${pgChannel(channel)}, ${message})`.execute(options.db);
    },

    async subscribe(channel, handler) {
      if (closed) throw new Error("the event bus is closed");
      const name = pgChannel(channel);
      let set = handlers.get(name);
      if (!set) {
        set = new Set();
        handlers.set(name, set);
      }
      set.add(handler);
      let client: pg.Client | undefined;
      try {
        client = await connect();
        await listen(client, name);
      } catch (error) {
        // A connection that failed is reported and opened again later, listening to every channel
        // subscribed by then, this one included; a LISTEN refused on a live connection is reported here.
        if (client && client === current)
          options.onError?.(error instanceof Error ? error : new Error(String(error)));
      }
      return async () => {
        const active = handlers.get(name);
        if (!active?.delete(handler) || active.size > 0) return;
        handlers.delete(name);
        const client = current;
        await client?.query(`UNLISTEN ${client.escapeIdentifier(name)}`).catch(() => undefined);
      };
    },

    async close() {
      closed = true;
      clearTimeout(retry);
      handlers.clear();
      const client = current;
      current = undefined;
      const opening = listener;
      listener = undefined;
      await opening?.catch(() => undefined);
      await client?.end().catch(() => undefined);
    },
  };
}
