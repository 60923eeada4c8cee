import { mkdirSync } from "node:fs";
import type { EventBus } from "@bacowr/core";
import { Kysely, PostgresDialect, sql } from "kysely";
import pg from "pg";
import { createPostgresEventBus, type PostgresEventBus } from "./pg-events";
import type { Database } from "./schema";

/** Where the data lives: a PostgreSQL server, or embedded PGlite on disk or in memory. */
export type DatabaseTarget =
  | { kind: "postgres"; url: string; poolSize?: number; onIdleError?: (error: Error) => void }
  | { kind: "pglite"; dataDir: string | "memory" };

export interface DatabaseHandle {
  readonly db: Kysely<Database>;
  readonly kind: DatabaseTarget["kind"];
  /**
   * Events seen by every process on this database (PostgreSQL LISTEN/NOTIFY),
   * for when no Redis connects them; undefined on PGlite, which one process owns.
   */
  readonly events: EventBus | undefined;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

const INT8_OID = 20;
const NUMERIC_OID = 1700;

// Counts and bigserial ids arrive as int8; every value we store fits in a
// double, and both dialects must hand back the same JavaScript types.
const parseInt8 = (value: string) => Number(value);

/** Opens the database named by `target`. Run `migrateToLatest` before use. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === "postgres") {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolSize ?? 10,
      types: {
        getTypeParser: ((oid: number, format?: "text" | "binary") =>
          oid === INT8_OID || oid === NUMERIC_OID
            ? parseInt8
            : pg.types.getTypeParser(oid, format ?? "text")) as typeof pg.types.getTypeParser,
      },
    });
    // An idle connection dropped by the server (restart, failover) emits on the pool; without a
    // listener that would crash the process. The pool replaces the client on next use.
    pool.on("error", (error) => target.onIdleError?.(error));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    // Connects on first subscribe only: a process that never listens never holds the extra connection.
    const events = createPostgresEventBus({ db, connectionString: target.url, onError: target.onIdleError });
    return handle(db, "postgres", events);
  }

  if (target.dataDir !== "memory") mkdirSync(target.dataDir, { recursive: true });
  // Loaded only here, so a deployment on PostgreSQL never reads PGlite's WASM and data files.
  const [{ PGlite }, { PGliteDialect }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("kysely-pglite-dialect"),
  ]);
  const pglite = await PGlite.create(target.dataDir === "memory" ? undefined : target.dataDir, {
    parsers: { [INT8_OID]: parseInt8, [NUMERIC_OID]: parseInt8 },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return handle(db, "pglite");
}

function handle(
  db: Kysely<Database>,
  kind: DatabaseTarget["kind"],
  events?: PostgresEventBus,
): DatabaseHandle {
  let closed: Promise<void> | undefined;
  return {
    db,
    kind,
    events,
    async ping() {
      await sql`select 1`.execute(db);
    },
    close() {
      closed ??= (async () => {
        await events?.close();
        await db.destroy();
      })();
      return closed;
    },
  };
}
