import type { DueLink, LinkCheck, LinkRepository, LinkVerdict, PlacedLinkRecord } from "@bacowr/core";
import { type Kysely, type Selectable, sql } from "kysely";
import type { Database, PlacedLinksTable } from "../schema";

const linkColumns = [
  "id",
  "user_id",
  "job_id",
  "backlink_id",
  "export_id",
  "kind",
  "page_url",
  "host",
  "publisher_domain",
  "target_url",
  "target_domain",
  "anchor_text",
  "expected_rel",
  "status",
  "last_check",
  "checks_done",
  "checked_at",
  "next_check_at",
  "placed_at",
  "created_at",
  "updated_at",
] as const;

type LinkRow = Pick<Selectable<PlacedLinksTable>, (typeof linkColumns)[number]>;

/** A check as stored in JSON: its time comes back as text. */
const revive = (check: LinkCheck | null): LinkCheck | null =>
  check && { ...check, checked_at: new Date(check.checked_at) };

const toRecord = (row: LinkRow): PlacedLinkRecord => ({ ...row, last_check: revive(row.last_check) });

/** `example.com` matches itself and its subdomains; LIKE's wildcards in the filter are taken literally. */
const likeSuffix = (domain: string) => `%.${domain.replace(/[\\%_]/g, "\\$&")}`;

/** Who serialises claims, so two checkers never pick two links on one host at the same moment. */
const CLAIM_LOCK = "bacowr:link-checks:claim";

export function createLinkRepository(db: Kysely<Database>): LinkRepository {
  const owned = (userId: string) =>
    db.selectFrom("placed_links").select(linkColumns).where("user_id", "=", userId);

  return {
    async placeLink(link, now) {
      const values = {
        ...link,
        expected_rel: JSON.stringify(link.expected_rel),
        next_check_at: now,
        created_at: now,
        updated_at: now,
      };
      const again = {
        export_id: sql<string | null>`coalesce(excluded.export_id, placed_links.export_id)`,
        target_url: sql<string>`excluded.target_url`,
        target_domain: sql<string>`excluded.target_domain`,
        anchor_text: sql<string>`excluded.anchor_text`,
        expected_rel: sql<string>`excluded.expected_rel`,
        next_check_at: now,
        updated_at: now,
      };
      const row = await db
        .insertInto("placed_links")
        .values(values)
        .onConflict((oc) =>
          link.job_id === null
            ? oc.column("backlink_id").where("backlink_id", "is not", null).doUpdateSet(again)
            : oc.columns(["job_id", "kind", "page_url"]).where("job_id", "is not", null).doUpdateSet(again),
        )
        .returning([...linkColumns, sql<boolean>`(xmax = 0)`.as("created")])
        .executeTakeFirstOrThrow();
      const { created, ...record } = row;
      return { link: toRecord(record), created };
    },

    async findLink(id, userId) {
      const row = await owned(userId).where("id", "=", id).executeTakeFirst();
      return row && toRecord(row);
    },

    async listLinks(userId, filters) {
      let query = db.selectFrom("placed_links").where("user_id", "=", userId);
      if (filters.status) query = query.where("status", "=", filters.status);
      if (filters.job_id) query = query.where("job_id", "=", filters.job_id);
      if (filters.kind) query = query.where("kind", "=", filters.kind);
      if (filters.target_domain) {
        const domain = filters.target_domain;
        query = query.where((eb) =>
          eb.or([eb("target_domain", "=", domain), eb("target_domain", "like", likeSuffix(domain))]),
        );
      }
      if (filters.publisher) {
        const domain = filters.publisher;
        query = query.where((eb) =>
          eb.or([eb("publisher_domain", "=", domain), eb("publisher_domain", "like", likeSuffix(domain))]),
        );
      }
      const [rows, count] = await Promise.all([
        query
          .select(linkColumns)
          .orderBy("created_at", "desc")
          .orderBy("id")
          .limit(filters.limit)
          .offset(filters.offset)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
      ]);
      return { links: rows.map(toRecord), total: Number(count.n) };
    },

    async linksForJob(jobId) {
      const rows = await db
        .selectFrom("placed_links")
        .select(linkColumns)
        .where("job_id", "=", jobId)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      return rows.map(toRecord);
    },

    async checksOf(linkId, limit) {
      const rows = await db
        .selectFrom("link_checks")
        .select("result")
        .where("link_id", "=", linkId)
        .orderBy("id", "desc")
        .limit(limit)
        .execute();
      return rows.flatMap((row) => revive(row.result) ?? []);
    },

    async requestCheck(id, userId, now) {
      const updated = await db
        .updateTable("placed_links")
        .set({ next_check_at: now, updated_at: now })
        .where("id", "=", id)
        .where("user_id", "=", userId)
        .executeTakeFirst();
      return Number(updated.numUpdatedRows) > 0;
    },

    claimDueLinks(now, limit, leaseSeconds) {
      const leaseUntil = new Date(now.getTime() + leaseSeconds * 1000);
      return db.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(hashtext(${CLAIM_LOCK}))`.execute(trx);
        const claimed = await sql<LinkRow>`
          with busy as (
            select distinct host from placed_links where leased_until is not null and leased_until > ${now}
          ),
          ranked as (
            select id, next_check_at,
                   row_number() over (partition by host order by next_check_at, id) as rank
            from placed_links
            where next_check_at <= ${now} and (leased_until is null or leased_until <= ${now})
              and host not in (select host from busy)
          ),
          picked as (
            select id from ranked where rank = 1 order by next_check_at, id limit ${limit}
          )
          update placed_links p
          set leased_until = ${leaseUntil}, lease_id = replace(gen_random_uuid()::text, '-', '')
          from picked
          where p.id = picked.id
          returning ${sql.join(linkColumns.map((c) => sql.ref(`p.${c}`)))}, p.lease_id`.execute(trx);
        if (claimed.rows.length === 0) return [];
        const ids = claimed.rows.map((row) => row.id);
        const history = await sql<{ link_id: string; verdict: LinkVerdict }>`
          select link_id, verdict from (
            select link_id, verdict, row_number() over (partition by link_id order by id desc) as n
            from link_checks where link_id in (${sql.join(ids)})
          ) recent where n <= 2 order by link_id, n`.execute(trx);
        return claimed.rows.map((row): DueLink => {
          const { lease_id, ...link } = row as LinkRow & { lease_id: string };
          return {
            link: toRecord(link),
            lease_id,
            recent_verdicts: history.rows.filter((h) => h.link_id === link.id).map((h) => h.verdict),
          };
        });
      });
    },

    recordCheck(linkId, leaseId, { check, status, nextCheckAt, now }) {
      return db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable("placed_links")
          .set((eb) => ({
            status,
            last_check: JSON.stringify(check),
            checks_done: eb("checks_done", "+", 1),
            checked_at: check.checked_at,
            next_check_at: nextCheckAt,
            leased_until: null,
            lease_id: null,
            updated_at: now,
          }))
          .where("id", "=", linkId)
          .where("lease_id", "=", leaseId)
          .returning("backlink_id")
          .executeTakeFirst();
        if (!updated) return false;
        await trx
          .insertInto("link_checks")
          .values({
            link_id: linkId,
            checked_at: check.checked_at,
            verdict: check.verdict,
            result: JSON.stringify(check),
          })
          .execute();
        // The bridge's record follows the monitor: a link on the page is verified, a vanished one lost.
        if (updated.backlink_id !== null && status !== "pending") {
          const live = status === "verified" || status === "changed";
          await trx
            .updateTable("backlinks")
            .set((eb) => ({
              status: live ? "verified" : "lost",
              ...(live ? { verified_at: eb.fn.coalesce("verified_at", eb.val(now)) } : {}),
              updated_at: now,
            }))
            .where("id", "=", updated.backlink_id)
            .execute();
        }
        return true;
      });
    },
  };
}
