import { type Kysely, sql } from "kysely";

// biome-ignore lint/suspicious/noExplicitAny: migrations describe the schema of their time
type Db = Kysely<any>;

/**
 * CMS exports and the live-link monitor.
 *
 * - `cms_connections`: a user's saved WordPress sites; the application password sealed with ENCRYPTION_KEY.
 * - `job_exports`: one row per job and site (re-exporting updates the same post), replacing the first
 *   migration's never-written table.
 * - `placed_links`: one row per placed link (a v1 job's live post, or a bridge backlink that went live),
 *   checked on a schedule by the workers; `link_checks` is each link's history.
 *
 * Their webhook events come from triggers, like the jobs' (migration 0007):
 *   export row written with outcome 'completed'        → export.completed
 *   link status becomes verified                       → link.verified
 *   link status becomes changed                        → link.changed
 *   link status becomes missing or page_gone           → link.lost (once: not again from one to the other)
 *   a cited source's page becomes missing or page_gone → source.lost (link rot on a delivered article)
 */
export async function up(db: Db): Promise<void> {
  await db.schema
    .createTable("cms_connections")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("cms", "text", (c) => c.notNull().check(sql`cms in ('wordpress')`))
    .addColumn("name", "text")
    .addColumn("site_url", "text", (c) => c.notNull())
    .addColumn("username", "text", (c) => c.notNull())
    .addColumn("secret_encrypted", "text", (c) => c.notNull())
    .addColumn("link_rel", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("last_used_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("cms_connections_user_idx")
    .on("cms_connections")
    .columns(["user_id", "created_at"])
    .execute();

  await db.schema.dropTable("job_exports").execute();
  await db.schema
    .createTable("job_exports")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("job_id", "text", (c) => c.notNull().references("jobs.id").onDelete("cascade"))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("cms", "text", (c) => c.notNull())
    // The site's base URL, normalised: the key that makes a re-export update the same post.
    .addColumn("site_url", "text", (c) => c.notNull())
    .addColumn("connection_id", "text", (c) => c.references("cms_connections.id").onDelete("set null"))
    .addColumn("remote_post_id", "integer", (c) => c.notNull())
    .addColumn("post_url", "text", (c) => c.notNull())
    .addColumn("published_url", "text")
    .addColumn("status", "text", (c) => c.notNull())
    // 'completed', or 'held' when a safe publish stopped at draft because the site changed the link.
    .addColumn("outcome", "text", (c) => c.notNull().check(sql`outcome in ('completed', 'held')`))
    .addColumn("link_rel", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("problems", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .addUniqueConstraint("job_exports_job_site_key", ["job_id", "cms", "site_url"])
    .execute();

  // An export under way holds its job and site here, so a double-click cannot create two posts.
  await db.schema
    .createTable("job_export_locks")
    .addColumn("job_id", "text", (c) => c.notNull().references("jobs.id").onDelete("cascade"))
    .addColumn("cms", "text", (c) => c.notNull())
    .addColumn("site_url", "text", (c) => c.notNull())
    .addColumn("locked_until", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("job_export_locks_pkey", ["job_id", "cms", "site_url"])
    .execute();

  await db.schema
    .createTable("placed_links")
    .addColumn("id", "text", (c) => c.primaryKey())
    // Null for a bridge backlink whose campaign has no owner: checked, but no user lists it or gets its events.
    .addColumn("user_id", "text", (c) => c.references("users.id").onDelete("cascade"))
    .addColumn("job_id", "text", (c) => c.references("jobs.id").onDelete("cascade"))
    .addColumn("backlink_id", "integer", (c) => c.references("backlinks.id").onDelete("cascade"))
    .addColumn("export_id", "text", (c) => c.references("job_exports.id").onDelete("set null"))
    // `placement`: the article's link on a publisher's page; `source`: a page a delivered article cites (watched
    // for link rot: is it still there?).
    .addColumn("kind", "text", (c) =>
      c.notNull().defaultTo("placement").check(sql`kind in ('placement', 'source')`),
    )
    .addColumn("page_url", "text", (c) => c.notNull())
    // The page's host, for politeness: one check per host at a time.
    .addColumn("host", "text", (c) => c.notNull())
    .addColumn("publisher_domain", "text", (c) => c.notNull())
    .addColumn("target_url", "text", (c) => c.notNull())
    .addColumn("target_domain", "text", (c) => c.notNull())
    .addColumn("anchor_text", "text", (c) => c.notNull())
    .addColumn("expected_rel", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("pending")
        .check(sql`status in ('pending', 'verified', 'changed', 'missing', 'page_gone')`),
    )
    .addColumn("last_check", "jsonb")
    .addColumn("checks_done", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("checked_at", "timestamptz")
    .addColumn("next_check_at", "timestamptz", (c) => c.notNull())
    // The check under way: until when, and which claim may record it.
    .addColumn("leased_until", "timestamptz")
    .addColumn("lease_id", "text")
    .addColumn("placed_at", "timestamptz", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .addCheckConstraint("placed_links_owner_check", sql`(job_id is null) <> (backlink_id is null)`)
    .execute();
  await sql`create unique index placed_links_job_page_idx on placed_links (job_id, kind, page_url)
            where job_id is not null`.execute(db);
  await sql`create unique index placed_links_backlink_idx on placed_links (backlink_id)
            where backlink_id is not null`.execute(db);
  await db.schema.createIndex("placed_links_due_idx").on("placed_links").column("next_check_at").execute();
  // The hosts with a check under way: a claim skips them.
  await sql`create index placed_links_leased_idx on placed_links (host) where leased_until is not null`.execute(
    db,
  );
  await db.schema
    .createIndex("placed_links_user_idx")
    .on("placed_links")
    .columns(["user_id", "created_at"])
    .execute();

  await db.schema
    .createTable("link_checks")
    .addColumn("id", "bigserial", (c) => c.primaryKey())
    .addColumn("link_id", "text", (c) => c.notNull().references("placed_links.id").onDelete("cascade"))
    .addColumn("checked_at", "timestamptz", (c) => c.notNull())
    .addColumn("verdict", "text", (c) => c.notNull())
    .addColumn("result", "jsonb", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("link_checks_link_idx").on("link_checks").columns(["link_id", "id"]).execute();

  await sql`
    create function bacowr_export_event() returns trigger language plpgsql as $$
    begin
      perform bacowr_webhook_fanout(jsonb_build_array(jsonb_build_object('user_id', new.user_id,
        'event', 'export.completed', 'occurred_at', new.updated_at,
        'data', jsonb_build_object(
          'export_id', new.id, 'job_id', new.job_id, 'cms', new.cms, 'site_url', new.site_url,
          'wordpress_post_id', new.remote_post_id, 'post_url', new.post_url,
          'published_url', new.published_url, 'status', new.status, 'link_rel', new.link_rel))));
      return null;
    end $$`.execute(db);
  await sql`create trigger job_exports_webhook after insert or update on job_exports for each row
            when (new.outcome = 'completed') execute function bacowr_export_event()`.execute(db);

  await sql`
    create function bacowr_link_event() returns trigger language plpgsql as $$
    begin
      -- A source only ever reports that it went (a placement reports every change of verdict).
      if new.kind = 'source' and new.status not in ('missing', 'page_gone') then
        return null;
      end if;
      perform bacowr_webhook_fanout(jsonb_build_array(jsonb_build_object('user_id', new.user_id,
        'event', case when new.kind = 'source' then 'source.lost'
                      when new.status = 'verified' then 'link.verified' when new.status = 'changed' then 'link.changed'
                      else 'link.lost' end,
        'occurred_at', coalesce(new.checked_at, new.updated_at),
        'data', jsonb_build_object(
          'link_id', new.id, 'kind', new.kind, 'job_id', new.job_id, 'backlink_id', new.backlink_id,
          'page_url', new.page_url, 'target_url', new.target_url, 'anchor_text', new.anchor_text,
          'status', new.status, 'previous_status', old.status, 'check', new.last_check))));
      return null;
    end $$`.execute(db);
  await sql`create trigger placed_links_webhook after update of status on placed_links for each row
            when (old.status is distinct from new.status and new.user_id is not null
                  and new.status in ('verified', 'changed', 'missing', 'page_gone')
                  and not (old.status in ('missing', 'page_gone') and new.status in ('missing', 'page_gone')))
            execute function bacowr_link_event()`.execute(db);
}
