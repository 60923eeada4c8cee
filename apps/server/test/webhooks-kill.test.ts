import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import { startWebhookReceiver, type WebhookReceiver } from "./fakes/webhook-receiver";
import { newCustomer, startTestPlatform } from "./harness";
import { verificationFailures } from "./webhook-verify";

const databaseUrl = process.env.DATABASE_URL;
const BURST = 200;

// The outbox's promise under the worst failure: the process sending webhooks dies (kill -9) in the middle of a
// burst, and a new one takes over. Nothing is lost; what the dead process had claimed is sent again after its
// lease, under the same event id. A separate worker process needs a shared PostgreSQL: embedded PGlite belongs
// to one process.
describe.skipIf(!databaseUrl)(
  `a webhook worker killed mid-burst${databaseUrl ? "" : " (skipped: needs DATABASE_URL; PGlite belongs to one process, and this test kills a separate worker process)"}`,
  () => {
    let server: Platform;
    let receiver: WebhookReceiver;
    let workerUrl = "";
    const encryptionKey = randomBytes(32).toString("hex");
    const workers: ChildProcess[] = [];

    beforeAll(async () => {
      server = await startTestPlatform(
        {
          FETCH_ALLOW_PRIVATE_HOSTS: "127.0.0.1",
          // The worker must open the secrets the server sealed.
          ENCRYPTION_KEY: encryptionKey,
          // Wake-ups through PostgreSQL NOTIFY, which both processes share.
          REDIS_URL: "",
          WORKER_IN_PROCESS: "false",
        },
        { ownDatabase: true },
      );
      const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(
        server.database.db,
      );
      const url = new URL(databaseUrl ?? "");
      url.pathname = `/${rows[0]?.name}`;
      workerUrl = url.toString();
      // Slow enough (50 ms an answer, two at a time) that the burst takes seconds and a kill lands mid-way,
      // while the request that just arrived is still waiting for its answer (claimed, not finished).
      receiver = await startWebhookReceiver({ delayMs: 50 });
    }, 30_000);
    afterAll(async () => {
      for (const worker of workers)
        if (worker.exitCode === null && worker.signalCode === null) worker.kill("SIGKILL");
      await receiver?.close();
      await server?.close();
    });

    /** A worker process (apps/worker), started and ready to send: its dispatcher said it started. */
    async function startWorker(): Promise<{
      process: ChildProcess;
      exited: Promise<unknown>;
      log: () => string;
    }> {
      let log = "";
      const child = spawn(
        process.execPath,
        ["--import", "tsx", fileURLToPath(new URL("../../worker/src/main.ts", import.meta.url))],
        {
          cwd: fileURLToPath(new URL("..", import.meta.url)),
          env: {
            PATH: process.env.PATH ?? "",
            HOME: process.env.HOME ?? "",
            DATABASE_URL: workerUrl,
            DATA_DIR: "memory",
            ENCRYPTION_KEY: encryptionKey,
            LOG_LEVEL: "info",
            FETCH_ALLOW_PRIVATE_HOSTS: "127.0.0.1",
            WEBHOOK_CONCURRENCY: "2",
            WEBHOOK_POLL_INTERVAL_MS: "100",
            WEBHOOK_TIMEOUT_MS: "1000",
            // What the killed worker had claimed is sent again two seconds later, not 31.
            WEBHOOK_LEASE_SECONDS: "2",
          },
          stdio: ["ignore", "pipe", "pipe"],
        },
      );
      workers.push(child);
      const exited = new Promise((resolve) => child.once("exit", resolve));
      let ready = false;
      const read = (chunk: Buffer) => {
        log += chunk;
        if (log.includes("webhook dispatcher started")) ready = true;
      };
      child.stdout?.on("data", read);
      child.stderr?.on("data", read);
      for (const deadline = Date.now() + 30_000; !ready; ) {
        if (child.exitCode !== null) throw new Error(`the worker exited: ${log}`);
        if (Date.now() > deadline) throw new Error(`the worker did not start: ${log}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return { process: child, exited, log: () => log };
    }

    it(`loses none of ${BURST} events: each arrives at least once, and a duplicate carries the same event id and body`, async () => {
      const customer = await newCustomer(server.url);
      const created = await customer.call("POST", "/v1/webhooks", {
        url: receiver.url,
        events: ["job.created"],
      });
      expect(created.status).toBe(201);
      const { webhook_id: webhookId, secret } = created.body.data as { webhook_id: string; secret: string };

      // The burst: 200 events waiting in the outbox (no worker runs yet).
      const eventIds: string[] = [];
      for (let i = 0; i < BURST; i += 20) {
        const pings = await Promise.all(
          Array.from({ length: 20 }, () => customer.call("POST", `/v1/webhooks/${webhookId}/test`)),
        );
        for (const ping of pings) {
          expect(ping.status).toBe(202);
          eventIds.push(ping.body.data.event_id);
        }
      }
      expect(new Set(eventIds).size).toBe(BURST);

      const first = await startWorker();
      for (const deadline = Date.now() + 30_000; receiver.received.length < BURST / 3; ) {
        if (Date.now() > deadline)
          throw new Error(`only ${receiver.received.length} arrived: ${first.log()}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      first.process.kill("SIGKILL");
      await first.exited;
      const atKill = receiver.received.length;
      expect(atKill).toBeLessThan(BURST);
      const claimedAtKill = await server.database.db
        .selectFrom("webhook_deliveries")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("status", "=", "pending")
        .where("attempts", ">", 0)
        .executeTakeFirstOrThrow();
      // The kill must land while deliveries are claimed and unanswered, or it tests nothing: the request seen
      // last arrived under 50 ms ago and its answer had not been sent (attempts is counted at the claim).
      expect(Number(claimedAtKill.n)).toBeGreaterThan(0);

      const second = await startWorker();
      const arrived = () => new Set(receiver.received.map((r) => String(r.headers["webhook-id"])));
      for (const deadline = Date.now() + 60_000; arrived().size < BURST; ) {
        if (Date.now() > deadline)
          throw new Error(`${arrived().size} of ${BURST} arrived after the restart: ${second.log()}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(arrived()).toEqual(new Set(eventIds));

      // The outbox agrees (once the last answers are recorded): every delivery delivered, none dead or waiting.
      const statuses = async () =>
        (
          await server.database.db
            .selectFrom("webhook_deliveries")
            .select(["status", (eb) => eb.fn.countAll<number>().as("n")])
            .groupBy("status")
            .execute()
        ).map((s) => [s.status, Number(s.n)]);
      await expect.poll(statuses, { timeout: 10_000, interval: 50 }).toEqual([["delivered", BURST]]);

      // A duplicate is the same event sent again: same id, same delivery, same bytes.
      const byId = new Map<string, typeof receiver.received>();
      for (const request of receiver.received) {
        const id = String(request.headers["webhook-id"]);
        byId.set(id, [...(byId.get(id) ?? []), request]);
      }
      const duplicates = [...byId.values()].filter((copies) => copies.length > 1);
      for (const copies of duplicates) {
        expect(new Set(copies.map((c) => c.body)).size).toBe(1);
        expect(new Set(copies.map((c) => c.headers["x-bacowr-delivery"])).size).toBe(1);
      }
      expect(await verificationFailures(receiver.received, secret)).toEqual([]);
      console.info(
        `webhooks-kill: ${atKill} of ${BURST} had arrived at the kill, ${Number(claimedAtKill.n)} were claimed ` +
          `and unfinished; ${receiver.received.length} requests in all, ${duplicates.length} events sent twice`,
      );

      second.process.kill("SIGTERM");
      await second.exited;
      expect(second.process.exitCode).toBe(0);
    }, 120_000);
  },
);
