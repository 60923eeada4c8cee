import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time
type Db = Kysely<any>;

/**
 * Webhooks as a transactional outbox. Triggers on `jobs` and `batches` write
 * one delivery per matching subscription in the same statement as the
 * state change, so an event is never lost (it commits with the change) and
 * never sent for a change that rolled back. Every code path that changes a
 * job or a batch is covered, including ones written later.
 *
 * Which change is which event (the contract's names):
 *   job inserted                         → job.created
 *   job status becomes DELIVER            → job.completed
 *   job status becomes BLOCKED            → job.blocked
 *   job status becomes ERROR              → job.failed
 *   job status becomes CANCELLED          → job.cancelled
 *   batch status becomes COMPLETED        → batch.completed
 *   batch status becomes CANCELLED        → batch.cancelled
 * Core's `webhookEventTypes` lists the same names; a test checks that each is produced.
 *
 * A delivery stores the event's `data` and time; the payload (with `article_url`, which needs
 * PUBLIC_URL) is rendered from them at each attempt, byte for byte the same every time.
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .alterTable("webhook_subscriptions")
    .addColumn("description", "text")
    .addColumn("previous_secret_encrypted", "text")
    .addColumn("previous_secret_expires_at", "timestamptz")
    .addColumn("failing_since", "timestamptz")
    .addColumn("last_failure_at", "timestamptz")
    .addColumn("disabled_at", "timestamptz")
    .addColumn("disabled_reason", "text")
    .execute();
  await db.schema
    .createIndex("webhook_subscriptions_user_idx")
    .on("webhook_subscriptions")
    .columns(["user_id", "created_at"])
    .execute();

  // The first migration's table was never written to; its shape is replaced by the outbox's.
  await db.schema.dropTable("webhook_deliveries").execute();
  await db.schema
    .createTable("webhook_deliveries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("subscription_id", "text", (c) =>
      c.notNull().references("webhook_subscriptions.id").onDelete("cascade"),
    )
    // The event's id (`webhook-id`): the same for every attempt and replay, so receivers can de-duplicate.
    .addColumn("event_id", "text", (c) => c.notNull())
    .addColumn("event", "text", (c) => c.notNull())
    .addColumn("occurred_at", "timestamptz", (c) => c.notNull())
    .addColumn("data", "jsonb", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c.notNull().defaultTo("pending").check(sql`status in ('pending', 'delivered', 'dead')`),
    )
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    // When it is due; while an attempt is under way, the end of that attempt's lease.
    .addColumn("next_attempt_at", "timestamptz", (c) => c.notNull())
    .addColumn("last_status_code", "integer")
    .addColumn("last_error", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("delivered_at", "timestamptz")
    .addColumn("replayed_at", "timestamptz")
    // Waiting for a paused or disabled subscription: out of the due index, so held events never slow a claim.
    .addColumn("held", "boolean", (c) => c.notNull().defaultTo(false))
    // The claim under way (set by each claim): only that claim may record its outcome.
    .addColumn("lease_id", "text")
    .execute();
  await sql`create index webhook_deliveries_due_idx on webhook_deliveries (next_attempt_at)
            where status = 'pending' and not held`.execute(db);
  await db.schema
    .createIndex("webhook_deliveries_subscription_idx")
    .on("webhook_deliveries")
    .columns(["subscription_id", "created_at"])
    .execute();

  await db.schema
    .createTable("webhook_delivery_attempts")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("delivery_id", "text", (c) =>
      c.notNull().references("webhook_deliveries.id").onDelete("cascade"),
    )
    .addColumn("attempt", "integer", (c) => c.notNull())
    .addColumn("at", "timestamptz", (c) => c.notNull())
    .addColumn("duration_ms", "integer", (c) => c.notNull())
    .addColumn("status_code", "integer")
    .addColumn("response_excerpt", "text")
    .addColumn("error", "text")
    .execute();
  await db.schema
    .createIndex("webhook_delivery_attempts_delivery_idx")
    .on("webhook_delivery_attempts")
    .columns(["delivery_id", "id"])
    .execute();

  // Fans one set of events out to the subscriptions that asked for them. The events' ids are drawn once per
  // event (materialised), so a user's two subscriptions to one event share its id. Paused and disabled
  // subscriptions get their events too, held: they wait and are sent when the subscription is active again,
  // so a pause or a failing receiver loses nothing.
  await sql`
    create function bacowr_webhook_fanout(events jsonb) returns void language plpgsql as $$
    begin
      with ev as materialized (
        select 'evt_' || replace(gen_random_uuid()::text, '-', '') as event_id,
               e->>'user_id' as user_id, e->>'event' as event,
               (e->>'occurred_at')::timestamptz as occurred_at, e->'data' as data
        from jsonb_array_elements(events) e
      )
      insert into webhook_deliveries
        (id, subscription_id, event_id, event, occurred_at, data, next_attempt_at, created_at, held)
      select 'whd_' || replace(gen_random_uuid()::text, '-', ''), s.id, ev.event_id, ev.event, ev.occurred_at,
             ev.data, ev.occurred_at, ev.occurred_at, not s.active
      from ev join webhook_subscriptions s
        on s.user_id = ev.user_id and s.events ? ev.event;
    end $$`.execute(db);

  await sql`
    create function bacowr_job_event_data(j jobs) returns jsonb language sql stable as $$
      select jsonb_build_object(
        'job_id', j.id,
        'status', j.status,
        'batch_id', j.batch_id,
        'publisher_domain', j.publisher_domain,
        'target_url', j.target_url,
        'anchor_text', j.anchor_text,
        'qc_score', (j.qc_report->>'score')::float8,
        'error', case when j.error_code is null then null
                      else jsonb_build_object('code', j.error_code, 'message', j.error_message) end)
    $$`.execute(db);

  await sql`
    create function bacowr_jobs_created_events() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from webhook_subscriptions s join new_jobs n on n.user_id = s.user_id) then
        perform bacowr_webhook_fanout(coalesce((
          select jsonb_agg(jsonb_build_object('user_id', n.user_id, 'event', 'job.created',
                   'occurred_at', n.created_at, 'data', bacowr_job_event_data(n)) order by n.batch_position, n.id)
          from new_jobs n), '[]'::jsonb));
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger jobs_webhook_created after insert on jobs
            referencing new table as new_jobs for each statement execute function bacowr_jobs_created_events()`.execute(
    db,
  );

  // Row triggers guarded by WHEN: the many updates that do not change a status (heartbeats, progress) never
  // call a function, and no transition table copies their rows.
  await sql`
    create function bacowr_job_changed_event() returns trigger language plpgsql as $$
    begin
      perform bacowr_webhook_fanout(jsonb_build_array(jsonb_build_object('user_id', new.user_id,
        'event', case new.status when 'DELIVER' then 'job.completed' when 'BLOCKED' then 'job.blocked'
                                 when 'ERROR' then 'job.failed' else 'job.cancelled' end,
        'occurred_at', new.updated_at, 'data', bacowr_job_event_data(new))));
      return null;
    end $$`.execute(db);
  await sql`create trigger jobs_webhook_changed after update of status on jobs for each row
            when (old.status is distinct from new.status and new.status in ('DELIVER', 'BLOCKED', 'ERROR', 'CANCELLED'))
            execute function bacowr_job_changed_event()`.execute(db);

  await sql`
    create function bacowr_batch_changed_event() returns trigger language plpgsql as $$
    begin
      perform bacowr_webhook_fanout(jsonb_build_array(jsonb_build_object('user_id', new.user_id,
        'event', case new.status when 'COMPLETED' then 'batch.completed' else 'batch.cancelled' end,
        'occurred_at', new.updated_at,
        'data', jsonb_build_object(
          'batch_id', new.id, 'status', new.status, 'name', new.name, 'total_jobs', new.total_jobs,
          'completed', (select count(*) from jobs where batch_id = new.id and status = 'DELIVER'),
          'blocked', (select count(*) from jobs where batch_id = new.id and status = 'BLOCKED'),
          'failed', (select count(*) from jobs where batch_id = new.id and status = 'ERROR'),
          'cancelled', (select count(*) from jobs where batch_id = new.id and status = 'CANCELLED')))));
      return null;
    end $$`.execute(db);
  await sql`create trigger batches_webhook_changed after update of status on batches for each row
            when (old.status is distinct from new.status and new.status in ('COMPLETED', 'CANCELLED'))
            execute function bacowr_batch_changed_event()`.execute(db);
}
