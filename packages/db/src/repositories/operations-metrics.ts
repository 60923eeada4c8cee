import { finalJobStatuses, type JobStatus, type OperationsMetricsSource } from "@bacowr/core";
import { type Kysely, sql } from "kysely";
import type { Database } from "../schema";

const final = sql.join(finalJobStatuses.map((status) => sql.lit(status)));

/**
 * The aggregates behind the operators' gauges. Counts only, never rows; the
 * queue's figures use the claim query's own conditions (and its partial index
 * of unfinished jobs), so "waiting" means exactly "a worker could take it now".
 */
export function createOperationsMetricsSource(db: Kysely<Database>): OperationsMetricsSource {
  return {
    async read(now) {
      const [states, queue, tasks, webhooks, outbox] = await Promise.all([
        sql<{ status: JobStatus; n: number }>`
          select status, count(*)::int as n from jobs group by status`.execute(db),
        sql<{ depth: number; oldest: number | null }>`
          select count(*)::int as depth,
                 extract(epoch from (${now}::timestamptz - min(run_after)))::float8 as oldest
          from jobs
          where status not in (${final})
            and run_after <= ${now}
            and (locked_until is null or locked_until < ${now})`.execute(db),
        sql<{ status: string; n: number }>`
          select status, count(*)::int as n from worker_tasks group by status`.execute(db),
        sql<{ status: string; n: number }>`
          select status, count(*)::int as n from webhook_deliveries group by status`.execute(db),
        // Due and not leased (a leased delivery's next_attempt_at is its lease's end, in the future), for
        // active subscriptions: a paused or disabled one's deliveries wait on purpose, not for a dispatcher.
        sql<{ oldest: number | null }>`
          select extract(epoch from (${now}::timestamptz - min(d.next_attempt_at)))::float8 as oldest
          from webhook_deliveries d join webhook_subscriptions s on s.id = d.subscription_id
          where d.status = 'pending' and d.next_attempt_at <= ${now} and s.active`.execute(db),
      ]);
      const waiting = queue.rows[0];
      return {
        jobsByState: Object.fromEntries(states.rows.map((row) => [row.status, row.n])),
        queueDepth: waiting?.depth ?? 0,
        oldestWaitingSeconds: Math.max(0, waiting?.oldest ?? 0),
        bridgeTasksByStatus: Object.fromEntries(tasks.rows.map((row) => [row.status, row.n])),
        webhookDeliveriesByStatus: Object.fromEntries(webhooks.rows.map((row) => [row.status, row.n])),
        webhookOldestDueSeconds: Math.max(0, outbox.rows[0]?.oldest ?? 0),
      };
    },
  };
}
