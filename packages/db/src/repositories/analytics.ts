import { type AnalyticsRepository, analyticsOutcomes } from "@bacowr/core";
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Database } from "../schema";

const { successful, blocked, failed } = analyticsOutcomes;
const outcomes = [successful, blocked, failed];

/** A number inside a JSON document; null when it is missing or not a number, so one odd row cannot fail a query. */
const jsonNumber = (document: RawBuilder<unknown>) =>
  sql<
    number | null
  >`case when jsonb_typeof(${document}) = 'number' then ((${document}) #>> '{}')::float8 end`;

const since = (moment: Date | null) => sql`cast(${moment} as timestamptz)`;
/** Rows created at or after `moment`; every row when it is null. */
const createdSince = (moment: Date | null, column = sql.ref("created_at")) =>
  sql<boolean>`(${since(moment)} is null or ${column} >= ${since(moment)})`;

export function createAnalyticsRepository(db: Kysely<Database>): AnalyticsRepository {
  return {
    async userExists(userId) {
      const row = await db.selectFrom("users").select("id").where("id", "=", userId).executeTakeFirst();
      return row !== undefined;
    },

    async jobAggregates(userId, from) {
      const delivered = sql`status = ${successful}`;
      const row = await db
        .selectFrom("jobs")
        .select([
          sql<number>`count(*) filter (where ${delivered})`.as("successful"),
          sql<number>`count(*) filter (where status = ${blocked})`.as("blocked"),
          sql<number>`count(*) filter (where status = ${failed})`.as("failed"),
          sql<number>`count(*)`.as("placed"),
          sql<number>`coalesce(sum(cost_llm), 0)`.as("costLlm"),
          sql<number>`coalesce(sum(cost_serp), 0)`.as("costSerp"),
          sql<number | null>`avg(${jsonNumber(sql`qc_report -> 'score'`)}) filter (where ${delivered})`.as(
            "avgQcScore",
          ),
          sql<number | null>`avg(${jsonNumber(sql`article -> 'word_count'`)}) filter (where ${delivered})`.as(
            "avgWordCount",
          ),
          sql<
            number | null
          >`avg(${jsonNumber(sql`qc_report #> '{checks,trust_sources,count}'`)}) filter (where ${delivered})`.as(
            "avgTrustSources",
          ),
          sql<
            number | null
          >`avg(extract(epoch from completed_at - created_at)) filter (where status in (${sql.join(outcomes)}) and completed_at is not null)`.as(
            "avgDurationSeconds",
          ),
        ])
        .where("user_id", "=", userId)
        .where(createdSince(from))
        .executeTakeFirstOrThrow();
      return row;
    },

    async researchCacheUse(from) {
      return db
        .selectFrom("cache_entries")
        .select([sql<number>`count(*)`.as("entries"), sql<number>`coalesce(sum(hits), 0)`.as("hits")])
        .where("namespace", "=", "serp")
        .where(createdSince(from))
        .executeTakeFirstOrThrow();
    },

    async jobBuckets(userId, { since: from, until, interval }) {
      // Buckets are UTC wall-clock timestamps (date_trunc of `… at time zone 'UTC'`), whatever the session's time
      // zone; `bucket at time zone 'UTC'` turns one back into the moment it starts.
      const step = sql`cast(${`1 ${interval}`} as interval)`;
      const first = sql`coalesce(
        ${since(from)},
        (select min(created_at) from jobs where user_id = ${userId}),
        cast(${until} as timestamptz)
      )`;
      const result = await sql<{ date: string; finished: number; successful: number; cost: number }>`
        with buckets as (
          select generate_series(
            date_trunc(cast(${interval} as text), ${first} at time zone 'UTC'),
            date_trunc(cast(${interval} as text), cast(${until} as timestamptz) at time zone 'UTC'),
            ${step}
          ) as bucket
        )
        select
          to_char(b.bucket, 'YYYY-MM-DD') as date,
          count(j.id) filter (where j.status in (${sql.join(outcomes)})) as finished,
          count(j.id) filter (where j.status = ${successful}) as successful,
          coalesce(sum(j.cost_llm + j.cost_serp), 0) as cost
        from buckets b
        left join jobs j
          on j.user_id = ${userId}
          and j.created_at >= b.bucket at time zone 'UTC'
          and j.created_at < (b.bucket + ${step}) at time zone 'UTC'
          and ${createdSince(from, sql.ref("j.created_at"))}
        group by b.bucket
        order by b.bucket
      `.execute(db);
      return result.rows;
    },
  };
}
