import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import { startFixtureSites } from "./fakes/fixture-sites";
import { type FakeServer, startFakeServer } from "./fakes/http-fake";
import { FAKE_ANTHROPIC_KEY, startFakeAnthropic } from "./fakes/llm-providers";
import { modeByAnchor } from "./fakes/scripted-writer";
import { closedPort, startWebhookReceiver, type WebhookReceiver } from "./fakes/webhook-receiver";
import { newCustomer, startTestPlatform, waitForJob } from "./harness";
import { startWordPress, type TestWordPress } from "./support/wordpress";

// WordPress export against a real WordPress (Debian's, on php -S with its own MariaDB): the seed's request
// and response, tags by name, categories, re-export, safe publish (and a plugin that strips links making it
// stop at draft), saved connections, every error, the application password never kept, and the link monitor
// watching the published post until it is trashed.
const ANCHOR = "project management tools";
const BLOCKED_ANCHOR = "svenska projektverktyg";

const wp = await startWordPress();
let platform: Platform;
let sites: Awaited<ReturnType<typeof startFixtureSites>>;
let anthropic: FakeServer;
let failing: FakeServer;
let receiver: WebhookReceiver;
let customer: Awaited<ReturnType<typeof newCustomer>>;
const logLines: string[] = [];

async function deliveredJob(anchor = ANCHOR, tag = Math.random().toString(36).slice(2, 8)): Promise<string> {
  const created = await customer.call("POST", "/v1/jobs", {
    publisher_domain: "worklife.example",
    target_url: `${sites.base}/product?ref=${tag}`,
    anchor_text: anchor,
    options: { preflight_mode: "light", strategy: "single_stage" },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return (await waitForJob(customer.call, created.body.data.job_id)).job_id;
}

describe.skipIf(!wp)("export to a real WordPress", () => {
  const site = wp as TestWordPress;
  const credentials = () => ({
    wordpress_url: site.url,
    username: site.username,
    application_password: site.applicationPassword,
  });
  // biome-ignore lint/suspicious/noExplicitAny: test assertions read arbitrary JSON
  const postOf = async (id: number): Promise<any> => {
    const answer = await site.asAdmin("GET", `/wp/v2/posts/${id}?context=edit`);
    expect(answer.status).toBe(200);
    return answer.body;
  };

  beforeAll(async () => {
    sites = await startFixtureSites();
    anthropic = await startFakeAnthropic({ reply: modeByAnchor({ [BLOCKED_ANCHOR]: "wrong-language" }) });
    failing = await startFakeServer(() => ({
      status: 503,
      body: { code: "overloaded", message: "try later" },
    }));
    receiver = await startWebhookReceiver();
    platform = await startTestPlatform(
      {
        ...sites.env,
        ANTHROPIC_API_KEY: FAKE_ANTHROPIC_KEY,
        ANTHROPIC_BASE_URL: anthropic.url,
        WORKER_IN_PROCESS: "true",
        WORKER_POLL_INTERVAL_MS: "100",
        WEBHOOK_POLL_INTERVAL_MS: "100",
      },
      { ownDatabase: true, logLines },
    );
    customer = await newCustomer(platform.url);
    const hook = await customer.call("POST", "/v1/webhooks", {
      url: receiver.url,
      events: ["export.completed"],
    });
    expect(hook.status).toBe(201);
  }, 60_000);
  afterAll(async () => {
    await platform?.close();
    await Promise.all([sites?.close(), anthropic?.close(), failing?.close(), receiver?.close(), site.stop()]);
  });

  it("answers the seed's request with the seed's response, tags created once by name, and re-exports to the same post", async () => {
    const jobId = await deliveredJob();
    const job = (await customer.call("GET", `/v1/jobs/${jobId}`)).body.data;
    const exported = await customer.call("POST", `/v1/jobs/${jobId}/export/wordpress`, {
      ...credentials(),
      post_status: "draft",
      categories: [site.uncategorizedCategoryId],
      tags: ["SEO", "backlinks", "project management"],
    });
    expect(exported.status, JSON.stringify(exported.body)).toBe(200);
    expect(exported.body.success).toBe(true);
    const postId = exported.body.data.wordpress_post_id as number;
    expect(exported.body.data).toEqual({
      wordpress_post_id: expect.any(Number),
      post_url: `${site.url}/wp-admin/post.php?post=${postId}&action=edit`,
      published_url: null,
      status: "draft",
    });

    const post = await postOf(postId);
    expect(post.status).toBe("draft");
    expect(post.title.raw).toBe(job.article.title);
    expect(post.categories).toEqual([site.uncategorizedCategoryId]);
    expect(post.tags).toHaveLength(3);
    // The target link exactly as ordered: its href and its anchor.
    expect(post.content.raw).toContain(`<a href="${job.target_url.replaceAll("&", "&amp;")}">${ANCHOR}</a>`);
    // The title is WordPress's, not repeated as the body's first heading.
    expect(post.content.raw).not.toMatch(/^<h1>/);

    // Again, with the tags in other cases and one new: the same post, no duplicate tags.
    const again = await customer.call("POST", `/v1/jobs/${jobId}/export/wordpress`, {
      ...credentials(),
      tags: ["seo", "BACKLINKS", "remote work"],
    });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(again.body.data.wordpress_post_id).toBe(postId);
    const tags = (await site.asAdmin("GET", "/wp/v2/tags?per_page=100")).body as { name: string }[];
    expect(tags.map((t) => t.name).sort()).toEqual(["SEO", "backlinks", "project management", "remote work"]);
    expect((await postOf(postId)).tags).toHaveLength(3);

    // Two exports of one job to one site at once (a double-click): one runs, the other is told to wait.
    const [first, second] = await Promise.all(
      [0, 1].map(() => customer.call("POST", `/v1/jobs/${jobId}/export/wordpress`, credentials())),
    );
    expect([first?.status, second?.status].sort()).toEqual([200, 409]);
    expect([first, second].find((answer) => answer?.status === 409)?.body.error.code).toBe("CONFLICT");

    const view = (await customer.call("GET", `/v1/jobs/${jobId}`)).body.data;
    expect(view.exports).toEqual([
      expect.objectContaining({
        cms: "wordpress",
        site_url: site.url,
        wordpress_post_id: postId,
        status: "draft",
        outcome: "completed",
        published_url: null,
      }),
    ]);
    expect(view.links).toBeUndefined();
  }, 60_000);

  it("publishes safely: draft, read back, publish; the monitor then verifies the live post and sees it go", async () => {
    const jobId = await deliveredJob();
    const job = (await customer.call("GET", `/v1/jobs/${jobId}`)).body.data;
    const published = await customer.call("POST", `/v1/jobs/${jobId}/export/wordpress`, {
      ...credentials(),
      post_status: "publish",
      link_rel: ["sponsored"],
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    const { wordpress_post_id: postId, published_url: publishedUrl } = published.body.data;
    expect(published.body.data.status).toBe("publish");
    expect(publishedUrl).toMatch(new RegExp(`^${site.url}/[a-z0-9-]+/$`));
    const page = await (await fetch(publishedUrl)).text();
    expect(page).toContain(ANCHOR);
    expect((await postOf(postId)).content.raw).toContain('rel="sponsored"');

    // The export event, and the link the monitor now watches with the policy's rel.
    await receiver.waitForDelivered(1);
    const event = receiver.received
      .map((r) => JSON.parse(r.body))
      .find((e) => e.data?.wordpress_post_id === postId);
    expect(event).toMatchObject({
      event: "export.completed",
      data: { job_id: jobId, published_url: publishedUrl },
    });

    const linkWhen = async (until: (status: string) => boolean) => {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const view = (await customer.call("GET", `/v1/jobs/${jobId}`)).body.data;
        if (view.links && until(view.link_status)) return view;
        if (Date.now() > deadline) throw new Error(`link status still ${view.link_status}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const verified = await linkWhen((status) => status !== "pending");
    expect(verified.link_status).toBe("verified");
    expect(verified.links[0]).toMatchObject({
      page_url: publishedUrl,
      target_url: job.target_url,
      expected_rel: ["sponsored"],
      last_check: { verdict: "verified", anchor_text: ANCHOR, rel: ["sponsored"], in_main_content: true },
    });

    // Trashed on the site: WordPress answers 404 for its permalink, and the link is lost.
    expect((await site.asAdmin("DELETE", `/wp/v2/posts/${postId}`)).status).toBe(200);
    const asked = await customer.call("POST", `/v1/links/${verified.links[0].link_id}/check`);
    expect(asked.status).toBe(202);
    const gone = await linkWhen((status) => status !== "verified");
    expect(gone.link_status).toBe("page_gone");
    expect(gone.links[0].last_check.http_status).toBe(404);

    // Exporting again after the trash makes a new post rather than updating the trashed one.
    const republished = await customer.call("POST", `/v1/jobs/${jobId}/export/wordpress`, {
      ...credentials(),
      post_status: "publish",
    });
    expect(republished.status, JSON.stringify(republished.body)).toBe(200);
    expect(republished.body.data.wordpress_post_id).not.toBe(postId);
  }, 60_000);

  it("stops at draft with 409 when a plugin strips the link, and says what changed", async () => {
    const jobId = await deliveredJob();
    const held = await customer.call("POST", `/v1/jobs/${jobId}/export/wordpress`, {
      ...credentials(),
      post_status: "publish",
      categories: [site.stripLinksCategoryId],
    });
    expect(held.status, JSON.stringify(held.body)).toBe(409);
    expect(held.body.error.code).toBe("CMS_LINK_CHANGED");
    expect(held.body.error.details.problems.join(" ")).toMatch(/is gone/);
    const postId = held.body.error.details.wordpress_post_id as number;
    expect((await postOf(postId)).status).toBe("draft");
    const view = (await customer.call("GET", `/v1/jobs/${jobId}`)).body.data;
    expect(view.exports[0]).toMatchObject({ outcome: "held", status: "draft", wordpress_post_id: postId });
    expect(view.links).toBeUndefined();
  }, 60_000);

  it("saves a site's credentials sealed, and exports by connection_id", async () => {
    const saved = await customer.call("POST", "/v1/cms/wordpress", { ...credentials(), name: "Test blog" });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect(saved.body.data).toMatchObject({
      wordpress_url: site.url,
      username: site.username,
      name: "Test blog",
    });
    expect(JSON.stringify(saved.body)).not.toContain(site.applicationPassword);
    const connectionId = saved.body.data.connection_id as string;
    expect((await customer.call("GET", "/v1/cms/wordpress")).body.data.connections).toHaveLength(1);

    const jobId = await deliveredJob();
    const exported = await customer.call("POST", `/v1/jobs/${jobId}/export/wordpress`, {
      connection_id: connectionId,
      post_status: "draft",
    });
    expect(exported.status, JSON.stringify(exported.body)).toBe(200);

    const stranger = await newCustomer(platform.url);
    const theirs = await stranger.call("POST", `/v1/jobs/${jobId}/export/wordpress`, {
      connection_id: connectionId,
    });
    expect(theirs.status).toBe(404);
    const wrongSite = await customer.call("POST", `/v1/jobs/${jobId}/export/wordpress`, {
      connection_id: "cms_nope",
    });
    expect([wrongSite.status, wrongSite.body.error.code]).toEqual([404, "CONNECTION_NOT_FOUND"]);
    const refused = await customer.call("POST", "/v1/cms/wordpress", {
      ...credentials(),
      application_password: "wrong",
    });
    expect([refused.status, refused.body.error.code]).toEqual([400, "CMS_AUTH_FAILED"]);
    expect((await customer.call("DELETE", `/v1/cms/wordpress/${connectionId}`)).status).toBe(200);
    expect((await customer.call("DELETE", `/v1/cms/wordpress/${connectionId}`)).status).toBe(404);
  }, 60_000);

  it("answers every failure in the contract's shape", async () => {
    const jobId = await deliveredJob();
    const exportWith = (body: unknown, id = jobId) =>
      customer.call("POST", `/v1/jobs/${id}/export/wordpress`, body);
    const expectError = async (body: unknown, status: number, code: string) => {
      const answer = await exportWith(body);
      expect([answer.status, answer.body.error?.code], JSON.stringify(answer.body).slice(0, 300)).toEqual([
        status,
        code,
      ]);
      return answer.body.error;
    };

    const unknown = await expectError({ ...credentials(), categories: [999_999] }, 400, "VALIDATION_ERROR");
    expect(unknown.details.unknown_categories).toEqual([999_999]);
    expect(unknown.message).toContain("999999");
    await expectError(
      { ...credentials(), application_password: "aaaa bbbb cccc dddd" },
      400,
      "CMS_AUTH_FAILED",
    );
    await expectError({ ...credentials(), username: "nobody" }, 400, "CMS_AUTH_FAILED");
    await expectError({ ...credentials(), wordpress_url: sites.base }, 400, "CMS_UNREACHABLE");
    await expectError(
      { ...credentials(), wordpress_url: `http://127.0.0.1:${await closedPort()}` },
      400,
      "CMS_UNREACHABLE",
    );
    const upstream = await expectError(
      { ...credentials(), wordpress_url: failing.url },
      502,
      "CMS_UPSTREAM_ERROR",
    );
    expect(upstream.details.upstream_status).toBe(503);
    // Hostile and malformed input.
    await expectError({ ...credentials(), wordpress_url: "http://10.1.2.3" }, 400, "INVALID_URL");
    await expectError(
      { ...credentials(), wordpress_url: "http://169.254.169.254/latest" },
      400,
      "INVALID_URL",
    );
    await expectError({ ...credentials(), wordpress_url: "file:///etc/passwd" }, 400, "INVALID_URL");
    await expectError({ ...credentials(), wordpress_url: "https://u:p@example.com" }, 400, "INVALID_URL");
    await expectError({}, 400, "VALIDATION_ERROR");
    await expectError({ wordpress_url: site.url }, 400, "VALIDATION_ERROR");
    await expectError({ ...credentials(), connection_id: "cms_x" }, 400, "VALIDATION_ERROR");
    await expectError({ ...credentials(), post_status: "live" }, 400, "VALIDATION_ERROR");
    await expectError({ ...credentials(), categories: ["news"] }, 400, "VALIDATION_ERROR");
    await expectError({ ...credentials(), categories: ["12"] }, 400, "VALIDATION_ERROR");
    await expectError({ ...credentials(), tags: ["x".repeat(201)] }, 400, "VALIDATION_ERROR");
    await expectError(
      { ...credentials(), tags: Array.from({ length: 101 }, (_, i) => `t${i}`) },
      400,
      "VALIDATION_ERROR",
    );
    await expectError({ ...credentials(), link_rel: ["dofollow"] }, 400, "VALIDATION_ERROR");
    await expectError({ ...credentials(), application_password: "x".repeat(201) }, 400, "VALIDATION_ERROR");

    // Jobs that cannot be exported.
    const missing = await exportWith(credentials(), "job_missing");
    expect([missing.status, missing.body.error.code]).toEqual([404, "JOB_NOT_FOUND"]);
    const blockedId = await deliveredJob(BLOCKED_ANCHOR);
    const blocked = await exportWith(credentials(), blockedId);
    expect([blocked.status, blocked.body.error.code]).toEqual([422, "JOB_BLOCKED"]);
    const cancelled = await customer.call("POST", "/v1/jobs", {
      publisher_domain: "worklife.example",
      target_url: `${sites.base}/product?cancelled=1`,
      anchor_text: ANCHOR,
    });
    const cancelledId = cancelled.body.data.job_id as string;
    expect((await customer.call("DELETE", `/v1/jobs/${cancelledId}`)).status).toBe(200);
    await waitForJob(customer.call, cancelledId);
    const notDelivered = await exportWith(credentials(), cancelledId);
    expect(notDelivered.status).toBe(400);
    expect(notDelivered.body.error).toMatchObject({ code: "JOB_NOT_DELIVERED", job_status: "CANCELLED" });
  }, 90_000);

  it("never keeps the application password: in no log line and no table", async () => {
    const secret = site.applicationPassword;
    const forms = [
      secret,
      secret.replaceAll(" ", ""),
      Buffer.from(`${site.username}:${secret}`).toString("base64"),
    ];
    expect(logLines.length).toBeGreaterThan(100);
    for (const line of logLines) for (const form of forms) expect(line).not.toContain(form);
    const tables = await sql<{ table_name: string }>`
      select table_name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(platform.database.db);
    for (const { table_name } of tables.rows) {
      const rows = await sql<{ row: string }>`select t::text as row from ${sql.table(table_name)} t`.execute(
        platform.database.db,
      );
      for (const { row } of rows.rows) for (const form of forms) expect(row, table_name).not.toContain(form);
    }
  });
});
