import type { CmsConnectionRepository, ExportRepository } from "@bacowr/core";
import type { Kysely } from "kysely";
import type { Database } from "../schema";

const exportColumns = [
  "id",
  "job_id",
  "user_id",
  "cms",
  "site_url",
  "connection_id",
  "remote_post_id",
  "post_url",
  "published_url",
  "status",
  "outcome",
  "link_rel",
  "problems",
  "created_at",
  "updated_at",
] as const;

const connectionColumns = [
  "id",
  "user_id",
  "cms",
  "name",
  "site_url",
  "username",
  "secret_encrypted",
  "link_rel",
  "last_used_at",
  "created_at",
  "updated_at",
] as const;

export function createExportRepository(db: Kysely<Database>): ExportRepository {
  return {
    findExport(jobId, cms, siteUrl) {
      return db
        .selectFrom("job_exports")
        .select(exportColumns)
        .where("job_id", "=", jobId)
        .where("cms", "=", cms)
        .where("site_url", "=", siteUrl)
        .executeTakeFirst();
    },

    saveExport(record, now) {
      const values = {
        ...record,
        link_rel: JSON.stringify(record.link_rel),
        problems: JSON.stringify(record.problems),
      };
      return db
        .insertInto("job_exports")
        .values({ ...values, created_at: now, updated_at: now })
        .onConflict((oc) =>
          oc.columns(["job_id", "cms", "site_url"]).doUpdateSet({
            connection_id: values.connection_id,
            remote_post_id: values.remote_post_id,
            post_url: values.post_url,
            published_url: values.published_url,
            status: values.status,
            outcome: values.outcome,
            link_rel: values.link_rel,
            problems: values.problems,
            updated_at: now,
          }),
        )
        .returning(exportColumns)
        .executeTakeFirstOrThrow();
    },

    async lockExport(jobId, cms, siteUrl, now, until) {
      const held = await db
        .insertInto("job_export_locks")
        .values({ job_id: jobId, cms, site_url: siteUrl, locked_until: until })
        .onConflict((oc) =>
          oc
            .columns(["job_id", "cms", "site_url"])
            .doUpdateSet({ locked_until: until })
            // Only a lock whose holder died (its time passed) is taken over.
            .where("job_export_locks.locked_until", "<", now),
        )
        .returning("job_id")
        .executeTakeFirst();
      return held !== undefined;
    },

    async unlockExport(jobId, cms, siteUrl) {
      await db
        .deleteFrom("job_export_locks")
        .where("job_id", "=", jobId)
        .where("cms", "=", cms)
        .where("site_url", "=", siteUrl)
        .execute();
    },

    exportsForJob(jobId) {
      return db
        .selectFrom("job_exports")
        .select(exportColumns)
        .where("job_id", "=", jobId)
        .orderBy("created_at")
        .orderBy("id")
        .execute();
    },
  };
}

export function createCmsConnectionRepository(db: Kysely<Database>): CmsConnectionRepository {
  return {
    createConnection(record) {
      return db
        .insertInto("cms_connections")
        .values({ ...record, link_rel: JSON.stringify(record.link_rel), updated_at: record.created_at })
        .returning(connectionColumns)
        .executeTakeFirstOrThrow();
    },

    findConnection(id, userId) {
      return db
        .selectFrom("cms_connections")
        .select(connectionColumns)
        .where("id", "=", id)
        .where("user_id", "=", userId)
        .executeTakeFirst();
    },

    listConnections(userId) {
      return db
        .selectFrom("cms_connections")
        .select(connectionColumns)
        .where("user_id", "=", userId)
        .orderBy("created_at", "desc")
        .orderBy("id")
        .execute();
    },

    async deleteConnection(id, userId) {
      const gone = await db
        .deleteFrom("cms_connections")
        .where("id", "=", id)
        .where("user_id", "=", userId)
        .executeTakeFirst();
      return Number(gone.numDeletedRows) > 0;
    },

    async touchConnection(id, now) {
      await db.updateTable("cms_connections").set({ last_used_at: now }).where("id", "=", id).execute();
    },
  };
}
