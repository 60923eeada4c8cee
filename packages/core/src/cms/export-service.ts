import { load } from "cheerio";
import { AppError } from "../app-error";
import type { Clock } from "../clock";
import type { EventBus } from "../coordination-ports";
import { prefixedId } from "../ids";
import { renderArticleBody } from "../jobs/article-html";
import type { JobRecord } from "../jobs/job-records";
import type { JobRepository } from "../jobs/ports";
import type { AddressAllowList } from "../net/address-policy";
import { checkPublicHttpUrl } from "../net/public-url";
import type { SecretBox } from "../secret-box";
import { wordsOf } from "../text/segment";
import { WEBHOOKS_DUE_CHANNEL } from "../webhooks/webhook-records";
import type {
  CmsConnectionRecord,
  CreateCmsConnectionRequest,
  ExportToWordPressRequest,
  ExportToWordPressResult,
  JobExportRecord,
  LinkRel,
} from "./export-records";
import type { CmsConnectionRepository, ExportRepository } from "./ports";
import { type WordPressApi, WordPressError, type WordPressPost, type WordPressSite } from "./wordpress-api";

/** Longest an export may hold its job and site (its calls to WordPress are bounded by the fetch timeout). */
const EXPORT_LOCK_SECONDS = 300;

/** How far the word count read back from WordPress may drift from what was sent before a publish stops. */
const WORD_COUNT_TOLERANCE = 0.02;

export interface ExportServiceDeps {
  jobs: Pick<JobRepository, "findOwned">;
  exports: ExportRepository;
  connections: CmsConnectionRepository;
  wordpress: WordPressApi;
  box: SecretBox;
  clock: Clock;
  /** Wakes the webhook dispatchers after an export (its event is written with the export's record). */
  events?: EventBus;
  /** Told of each published post, so the link monitor starts watching it. */
  onPublished?: (job: JobRecord, record: JobExportRecord) => Promise<void>;
  settings: { allowPrivateHosts: AddressAllowList };
}

/** The job if it can be exported or placed: delivered, with its article. */
export function deliveredJob(
  job: JobRecord | undefined,
): JobRecord & { article: NonNullable<JobRecord["article"]> } {
  if (!job) throw new AppError("JOB_NOT_FOUND", "Job not found");
  if (job.status === "BLOCKED") {
    throw new AppError(
      "JOB_BLOCKED",
      "This job was blocked by quality control; its article cannot be published",
      {
        extra: { job_status: job.status },
      },
    );
  }
  if (job.status !== "DELIVER" || !job.article) {
    throw new AppError(
      "JOB_NOT_DELIVERED",
      `This job is ${job.status}; only a delivered job can be published`,
      {
        extra: { job_status: job.status },
      },
    );
  }
  return { ...job, article: job.article };
}

/** A site's base URL as a key: lower-case host, no default port, query, fragment or trailing slash. */
function siteBase(raw: string, allow: AddressAllowList): string {
  const url = checkPublicHttpUrl(raw, { field: "wordpress_url", label: "WordPress URL", allow });
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, "")}`;
}

/** WordPress's failures in the contract's terms; the application password never appears in them. */
function cmsError(error: unknown, site: string): never {
  if (!(error instanceof WordPressError)) throw error;
  const details = { wordpress_url: site, ...error.details };
  switch (error.kind) {
    case "auth_failed":
      throw new AppError(
        "CMS_AUTH_FAILED",
        `WordPress at ${site} refused the user name or application password`,
        {
          details,
        },
      );
    case "unreachable":
      throw new AppError("CMS_UNREACHABLE", `No WordPress REST API answered at ${site}: ${error.message}`, {
        details,
      });
    case "upstream_error":
      throw new AppError("CMS_UPSTREAM_ERROR", `WordPress at ${site} failed (HTTP ${error.details.status})`, {
        details: { ...details, upstream_status: error.details.status },
      });
    default:
      throw new AppError("CMS_REJECTED", `WordPress at ${site} refused the request: ${error.message}`, {
        details,
      });
  }
}

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * What WordPress did to the article between sending and reading back: the one target link must still be
 * there with its exact href and anchor and the policy's rel, and the text must be the same length.
 */
export function publishProblems(
  sentHtml: string,
  post: WordPressPost,
  order: { targetUrl: string; anchorText: string; linkRel: readonly string[] },
): string[] {
  const problems: string[] = [];
  const page = load(post.contentRendered);
  const links = page("a[href]")
    .toArray()
    .filter((a) => page(a).attr("href") === order.targetUrl);
  if (links.length === 0) {
    problems.push(`the link to ${order.targetUrl} is gone`);
  } else if (links.length > 1) {
    problems.push(`the link to ${order.targetUrl} appears ${links.length} times`);
  } else {
    const link = page(links[0]);
    const anchor = collapse(link.text());
    if (anchor !== collapse(order.anchorText)) {
      problems.push(`the link's anchor text is "${anchor}", ordered "${collapse(order.anchorText)}"`);
    }
    const rel = (link.attr("rel") ?? "").toLowerCase().split(/\s+/).filter(Boolean);
    for (const wanted of order.linkRel) {
      if (!rel.includes(wanted)) problems.push(`the link's rel lacks ${wanted}`);
    }
    for (const added of ["nofollow", "sponsored", "ugc"]) {
      if (rel.includes(added) && !order.linkRel.includes(added))
        problems.push(`the link's rel adds ${added}`);
    }
  }
  const sent = wordsOf(collapse(load(sentHtml).text())).length;
  const read = wordsOf(collapse(page.text())).length;
  if (sent > 0 && Math.abs(read - sent) / sent > WORD_COUNT_TOLERANCE) {
    problems.push(`the post has ${read} words, the article ${sent} (more than 2 % apart)`);
  }
  return problems;
}

/** Exports delivered articles to WordPress and keeps the sites customers saved for it. */
export function createExportService(deps: ExportServiceDeps) {
  const { wordpress, clock, settings } = deps;
  const allow = settings.allowPrivateHosts;

  async function siteFor(
    userId: string,
    request: ExportToWordPressRequest,
  ): Promise<{ site: WordPressSite; connection?: CmsConnectionRecord }> {
    if (request.connection_id !== undefined) {
      const connection = await deps.connections.findConnection(request.connection_id, userId);
      if (!connection)
        throw new AppError("CONNECTION_NOT_FOUND", "No saved WordPress connection has that id");
      return {
        connection,
        site: {
          url: connection.site_url,
          username: connection.username,
          applicationPassword: deps.box.open(connection.secret_encrypted),
        },
      };
    }
    // The schema guarantees the three fields when there is no connection_id.
    return {
      site: {
        url: siteBase(request.wordpress_url ?? "", allow),
        username: request.username ?? "",
        applicationPassword: request.application_password ?? "",
      },
    };
  }

  async function tagIds(site: WordPressSite, names: string[]): Promise<number[]> {
    const seen = new Map<string, string>();
    for (const name of names) if (!seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
    const ids: number[] = [];
    for (const name of seen.values()) {
      const tag = (await wordpress.findTag(site, name)) ?? (await wordpress.createTag(site, name));
      ids.push(tag.id);
    }
    return ids;
  }

  async function checkCategories(site: WordPressSite, ids: number[]): Promise<void> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return;
    const existing = new Set(await wordpress.existingCategories(site, wanted));
    const unknown = wanted.filter((id) => !existing.has(id));
    if (unknown.length > 0) {
      throw new AppError(
        "VALIDATION_ERROR",
        `${unknown.length === 1 ? "category" : "categories"} ${unknown.join(", ")} ${unknown.length === 1 ? "does" : "do"} not exist on ${site.url}`,
        { field: "categories", details: { unknown_categories: unknown } },
      );
    }
  }

  return {
    async exportToWordPress(
      userId: string,
      jobId: string,
      request: ExportToWordPressRequest,
    ): Promise<ExportToWordPressResult> {
      const job = deliveredJob(await deps.jobs.findOwned(jobId, userId));
      const { site, connection } = await siteFor(userId, request);
      const linkRel: LinkRel[] = request.link_rel ?? connection?.link_rel ?? [];
      const started = clock.now();
      const locked = await deps.exports.lockExport(
        job.id,
        "wordpress",
        site.url,
        started,
        new Date(started.getTime() + EXPORT_LOCK_SECONDS * 1000),
      );
      if (!locked) {
        throw new AppError(
          "CONFLICT",
          "An export of this job to this site is under way; try again when it ends",
          {
            details: { wordpress_url: site.url },
          },
        );
      }
      try {
        await wordpress.me(site);
        await checkCategories(site, request.categories);
        const tags = await tagIds(site, request.tags);
        const content = renderArticleBody(job.article, { linkRel });
        const publish = request.post_status === "publish";
        // A publish goes out as a draft first and is checked before anyone can see it.
        const body = {
          title: job.article.title,
          content,
          status: publish ? ("draft" as const) : request.post_status,
          categories: request.categories,
          tags,
        };
        const previous = await deps.exports.findExport(job.id, "wordpress", site.url);
        // The post of an earlier export is updated, unless the site deleted or trashed it since (updating a
        // trashed post would quietly restore what the publisher threw away): then a new post takes its place.
        const earlier =
          previous &&
          (await wordpress.getPost(site, previous.remote_post_id).catch((error: unknown) => {
            if (error instanceof WordPressError && error.kind === "not_found") return undefined;
            throw error;
          }));
        let post =
          earlier && earlier.status !== "trash"
            ? await wordpress.updatePost(site, earlier.id, body)
            : undefined;
        post ??= await wordpress.createPost(site, body);

        let problems: string[] = [];
        if (publish) {
          problems = publishProblems(content, await wordpress.getPost(site, post.id), {
            targetUrl: job.article.backlink.target_url,
            anchorText: job.article.backlink.anchor_text,
            linkRel,
          });
          if (problems.length === 0) post = await wordpress.updatePost(site, post.id, { status: "publish" });
        }
        const now = clock.now();
        const postUrl = `${site.url}/wp-admin/post.php?post=${post.id}&action=edit`;
        const record = await deps.exports.saveExport(
          {
            id: previous?.id ?? prefixedId("exp"),
            job_id: job.id,
            user_id: userId,
            cms: "wordpress",
            site_url: site.url,
            connection_id: connection?.id ?? null,
            remote_post_id: post.id,
            post_url: postUrl,
            published_url: post.status === "publish" ? post.link : null,
            status: post.status,
            outcome: problems.length > 0 ? "held" : "completed",
            link_rel: linkRel,
            problems,
          },
          now,
        );
        if (connection) await deps.connections.touchConnection(connection.id, now);
        if (record.outcome === "completed")
          await deps.events?.publish(WEBHOOKS_DUE_CHANNEL, "").catch(() => undefined);
        if (problems.length > 0) {
          throw new AppError(
            "CMS_LINK_CHANGED",
            `WordPress changed the article's link, so the post was left as a draft: ${problems.join("; ")}`,
            { details: { problems, wordpress_post_id: post.id, post_url: postUrl } },
          );
        }
        if (record.published_url) await deps.onPublished?.(job, record);
        return {
          wordpress_post_id: record.remote_post_id,
          post_url: record.post_url,
          published_url: record.published_url,
          status: record.status,
        };
      } catch (error) {
        cmsError(error, site.url);
      } finally {
        await deps.exports.unlockExport(job.id, "wordpress", site.url);
      }
    },

    exportsForJob: (jobId: string) => deps.exports.exportsForJob(jobId),

    async saveConnection(userId: string, request: CreateCmsConnectionRequest): Promise<CmsConnectionRecord> {
      const site: WordPressSite = {
        url: siteBase(request.wordpress_url, allow),
        username: request.username,
        applicationPassword: request.application_password,
      };
      // Saved only once WordPress has accepted it: a typo is caught now, not at the first export.
      await wordpress.me(site).catch((error: unknown) => cmsError(error, site.url));
      const now = clock.now();
      return deps.connections.createConnection({
        id: prefixedId("cms"),
        user_id: userId,
        cms: "wordpress",
        name: request.name ?? null,
        site_url: site.url,
        username: site.username,
        secret_encrypted: deps.box.seal(site.applicationPassword),
        link_rel: request.link_rel,
        created_at: now,
      });
    },

    listConnections: (userId: string) => deps.connections.listConnections(userId),

    async deleteConnection(userId: string, id: string): Promise<void> {
      if (!(await deps.connections.deleteConnection(id, userId))) {
        throw new AppError("CONNECTION_NOT_FOUND", "No saved WordPress connection has that id");
      }
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
