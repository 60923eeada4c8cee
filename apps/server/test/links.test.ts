import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import { startFixtureSites } from "./fakes/fixture-sites";
import type { FakeServer } from "./fakes/http-fake";
import { FAKE_ANTHROPIC_KEY, startFakeAnthropic } from "./fakes/llm-providers";
import { articlePage, startPublisherPages } from "./fakes/publisher-pages";
import { modeByAnchor } from "./fakes/scripted-writer";
import { startWebhookReceiver, type WebhookReceiver } from "./fakes/webhook-receiver";
import { accessToken, bridgeHeaders, client, newCustomer, startTestPlatform, waitForJob } from "./harness";

// The live-link monitor over HTTP: a delivered job's placement on a publisher page served on 127.0.0.1,
// checked by the in-process worker while the page shows the link, changes it, adds noindex, drops it and
// disappears; each verdict, the history, the list and the webhook events. Bridge backlinks go through the
// same machinery.
const ANCHOR = "project management tools";
const BLOCKED_ANCHOR = "svenska projektverktyg";

let platform: Platform;
let sites: Awaited<ReturnType<typeof startFixtureSites>>;
let pages: Awaited<ReturnType<typeof startPublisherPages>>;
let anthropic: FakeServer;
let receiver: WebhookReceiver;
let customer: Awaited<ReturnType<typeof newCustomer>>;
let jobId: string;
let targetUrl: string;

beforeAll(async () => {
  sites = await startFixtureSites();
  pages = await startPublisherPages();
  anthropic = await startFakeAnthropic({ reply: modeByAnchor({ [BLOCKED_ANCHOR]: "wrong-language" }) });
  receiver = await startWebhookReceiver();
  platform = await startTestPlatform(
    {
      ...sites.env,
      ANTHROPIC_API_KEY: FAKE_ANTHROPIC_KEY,
      ANTHROPIC_BASE_URL: anthropic.url,
      WORKER_IN_PROCESS: "true",
      WORKER_POLL_INTERVAL_MS: "100",
      WEBHOOK_POLL_INTERVAL_MS: "100",
      LINK_CHECK_SCHEDULE: "1h,1d,7d,30d",
    },
    { ownDatabase: true },
  );
  customer = await newCustomer(platform.url);
  const hook = await customer.call("POST", "/v1/webhooks", {
    url: receiver.url,
    events: ["link.verified", "link.changed", "link.lost"],
  });
  expect(hook.status, JSON.stringify(hook.body)).toBe(201);
  targetUrl = `${sites.base}/product`;
  const created = await customer.call("POST", "/v1/jobs", {
    publisher_domain: "worklife.example",
    target_url: targetUrl,
    anchor_text: ANCHOR,
    options: { preflight_mode: "light", strategy: "single_stage" },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  jobId = created.body.data.job_id;
  const job = await waitForJob(customer.call, jobId);
  expect(job.status).toBe("DELIVER");
}, 60_000);

afterAll(async () => {
  await platform?.close();
  await Promise.all([sites?.close(), pages?.close(), anthropic?.close(), receiver?.close()]);
});

const linked = (anchor = ANCHOR, attributes = "") =>
  `<p>Small teams plan better with the right software. We compared several
   <a href="${targetUrl}"${attributes}>${anchor}</a> for teams of five to twenty people.</p><p>More text follows here.</p>`;

// biome-ignore lint/suspicious/noExplicitAny: test assertions read arbitrary JSON
async function linkWhen(linkId: string, until: (link: any) => boolean, timeoutMs = 15_000): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { status, body } = await customer.call("GET", `/v1/links/${linkId}`);
    expect(status).toBe(200);
    if (until(body.data)) return body.data;
    if (Date.now() > deadline)
      throw new Error(`link still ${JSON.stringify(body.data.status)} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Asks for a check now and waits for its verdict. */
async function recheck(linkId: string) {
  const before = (await customer.call("GET", `/v1/links/${linkId}`)).body.data.checks as number;
  const asked = await customer.call("POST", `/v1/links/${linkId}/check`);
  expect(asked.status, JSON.stringify(asked.body)).toBe(202);
  return linkWhen(linkId, (link) => link.checks > before);
}

const events = () =>
  receiver.received.map((r) => JSON.parse(r.body) as { event: string; data: Record<string, unknown> });

describe("the live-link monitor", () => {
  it("verifies a placement, then follows the link as it changes, gets noindex, disappears and the page goes", async () => {
    pages.set("/blog/teams", { html: articlePage(linked()) });
    const placed = await customer.call("POST", `/v1/jobs/${jobId}/placement`, {
      url: `${pages.base}/blog/teams`,
    });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    expect(placed.body.data).toMatchObject({ job_id: jobId, status: "pending", anchor_text: ANCHOR });
    const linkId = placed.body.data.link_id as string;

    const verified = await linkWhen(linkId, (link) => link.status !== "pending");
    expect(verified.status).toBe("verified");
    expect(verified.last_check).toMatchObject({
      verdict: "verified",
      http_status: 200,
      found: true,
      anchor_text: ANCHOR,
      rel: [],
      page_noindex: false,
      in_main_content: true,
    });
    expect(verified.last_check.position).toBeGreaterThan(0);
    expect(verified.last_check.position).toBeLessThan(1);
    // Polite: the monitor says who it is.
    expect(pages.requests.at(-1)?.userAgent).toMatch(/BACOWR-LinkMonitor/);

    // The same page placed again is the same link, checked again.
    const again = await customer.call("POST", `/v1/jobs/${jobId}/placement`, {
      url: `${pages.base}/blog/teams`,
    });
    expect(again.status).toBe(200);
    expect(again.body.data.link_id).toBe(linkId);
    await linkWhen(linkId, (link) => link.checks === 2);

    pages.set("/blog/teams", { html: articlePage(linked("some other words", ' rel="nofollow"')) });
    const changed = await recheck(linkId);
    expect(changed.status).toBe("changed");
    expect(changed.last_check.anchor_text).toBe("some other words");
    expect(changed.last_check.rel).toContain("nofollow");
    expect(changed.last_check.changes.join(" ")).toMatch(/anchor/);
    expect(changed.last_check.changes.join(" ")).toMatch(/nofollow/);

    pages.set("/blog/teams", { html: articlePage(linked(), '<meta name="robots" content="noindex">') });
    const noindex = await recheck(linkId);
    expect(noindex.status).toBe("changed");
    expect(noindex.last_check.page_noindex).toBe(true);

    pages.set("/blog/teams", { html: articlePage(linked()), headers: { "x-robots-tag": "noindex" } });
    expect((await recheck(linkId)).last_check.page_noindex).toBe(true);

    pages.set("/blog/teams", { html: articlePage(linked()) });
    expect((await recheck(linkId)).status).toBe("verified");

    pages.set("/blog/teams", { html: articlePage("<p>The article was edited and the link removed.</p>") });
    const missing = await recheck(linkId);
    expect(missing.status).toBe("missing");
    expect(missing.last_check.found).toBe(false);

    pages.remove("/blog/teams");
    const gone = await recheck(linkId);
    expect(gone.status).toBe("page_gone");
    expect(gone.last_check.http_status).toBe(404);

    // The whole story, newest first.
    expect(gone.history.map((check: { verdict: string }) => check.verdict)).toEqual([
      "page_gone",
      "missing",
      "verified",
      "changed",
      "changed",
      "changed",
      "verified",
      "verified",
    ]);

    // The job shows it.
    const job = await customer.call("GET", `/v1/jobs/${jobId}`);
    expect(job.body.data.link_status).toBe("page_gone");
    expect(job.body.data.links).toEqual([expect.objectContaining({ link_id: linkId, status: "page_gone" })]);

    // Each change of verdict is one event: verified, changed, verified, lost (missing, then page_gone: lost once).
    await receiver.waitForDelivered(4);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const linkEvents = events().filter((e) => e.data.link_id === linkId);
    expect(linkEvents.map((e) => e.event)).toEqual([
      "link.verified",
      "link.changed",
      "link.verified",
      "link.lost",
    ]);
    expect(linkEvents[1]?.data).toMatchObject({
      status: "changed",
      previous_status: "verified",
      job_id: jobId,
    });
    expect(linkEvents[3]?.data).toMatchObject({ status: "missing", previous_status: "verified" });
  }, 60_000);

  it("lists a user's links with their latest verdicts, filtered by status, target domain and publisher", async () => {
    pages.set("/news/planning", { html: articlePage(linked()) });
    const placed = await customer.call("POST", `/v1/jobs/${jobId}/placement`, {
      url: `${pages.base}/news/planning`,
    });
    expect(placed.status).toBe(201);
    await linkWhen(placed.body.data.link_id, (link) => link.status === "verified");

    const all = await customer.call("GET", "/v1/links");
    expect(all.status).toBe(200);
    expect(all.body.data.pagination.total).toBeGreaterThanOrEqual(2);
    const verified = await customer.call("GET", "/v1/links?status=verified");
    expect(verified.body.data.links.map((l: { link_id: string }) => l.link_id)).toContain(
      placed.body.data.link_id,
    );
    expect(verified.body.data.links.every((l: { status: string }) => l.status === "verified")).toBe(true);
    const byTarget = await customer.call("GET", "/v1/links?target_domain=127.0.0.1");
    expect(byTarget.body.data.links.length).toBeGreaterThanOrEqual(2);
    const otherTarget = await customer.call("GET", "/v1/links?target_domain=example.com");
    expect(otherTarget.body.data.links).toEqual([]);
    const otherPublisher = await customer.call("GET", "/v1/links?publisher=aftonbladet.se");
    expect(otherPublisher.body.data.links).toEqual([]);

    // Another customer sees none of them, and cannot read or re-check one.
    const stranger = await newCustomer(platform.url);
    expect((await stranger.call("GET", "/v1/links")).body.data.links).toEqual([]);
    const theirs = await stranger.call("GET", `/v1/links/${placed.body.data.link_id}`);
    expect(theirs.status).toBe(404);
    expect(theirs.body.error.code).toBe("LINK_NOT_FOUND");
    expect((await stranger.call("POST", `/v1/links/${placed.body.data.link_id}/check`)).status).toBe(404);
    const notTheirJob = await stranger.call("POST", `/v1/jobs/${jobId}/placement`, {
      url: `${pages.base}/x`,
    });
    expect(notTheirJob.status).toBe(404);
    expect(notTheirJob.body.error.code).toBe("JOB_NOT_FOUND");
  }, 30_000);

  it("refuses bad placements with clear errors", async () => {
    const cases: [unknown, number, string][] = [
      [{}, 400, "VALIDATION_ERROR"],
      [{ url: "" }, 400, "VALIDATION_ERROR"],
      [{ url: 42 }, 400, "VALIDATION_ERROR"],
      [{ url: `https://example.com/${"a".repeat(3000)}` }, 400, "VALIDATION_ERROR"],
      [{ url: "not a url" }, 400, "INVALID_URL"],
      [{ url: "ftp://example.com/page" }, 400, "INVALID_URL"],
      [{ url: "http://user:secret@example.com/page" }, 400, "INVALID_URL"],
      [{ url: "http://10.0.0.5/admin" }, 400, "INVALID_URL"],
      [{ url: "http://169.254.169.254/latest/meta-data/" }, 400, "INVALID_URL"],
      [{ url: "http://[::1]:8080/" }, 400, "INVALID_URL"],
    ];
    for (const [body, status, code] of cases) {
      const answer = await customer.call("POST", `/v1/jobs/${jobId}/placement`, body);
      expect([answer.status, answer.body.error?.code], JSON.stringify(body).slice(0, 80)).toEqual([
        status,
        code,
      ]);
    }
    const missingJob = await customer.call("POST", "/v1/jobs/job_nope/placement", { url: `${pages.base}/x` });
    expect(missingJob.status).toBe(404);

    // A cancelled job has nothing to place (it is cancelled before the worker could finish it).
    const cancelled = await customer.call("POST", "/v1/jobs", {
      publisher_domain: "worklife.example",
      target_url: `${sites.base}/product?cancelled=1`,
      anchor_text: ANCHOR,
      options: { preflight_mode: "light", strategy: "single_stage" },
    });
    const cancelledId = cancelled.body.data.job_id as string;
    expect((await customer.call("DELETE", `/v1/jobs/${cancelledId}`)).status).toBe(200);
    await waitForJob(customer.call, cancelledId);
    const early = await customer.call("POST", `/v1/jobs/${cancelledId}/placement`, {
      url: `${pages.base}/x`,
    });
    expect(early.status).toBe(400);
    expect(early.body.error).toMatchObject({ code: "JOB_NOT_DELIVERED", job_status: "CANCELLED" });

    // A blocked job: the seed's JOB_BLOCKED (422).
    const blocked = await customer.call("POST", "/v1/jobs", {
      publisher_domain: "worklife.example",
      target_url: `${sites.base}/product?blocked=1`,
      anchor_text: BLOCKED_ANCHOR,
      options: { preflight_mode: "light", strategy: "single_stage" },
    });
    const blockedJob = await waitForJob(customer.call, blocked.body.data.job_id);
    expect(blockedJob.status).toBe("BLOCKED");
    const refused = await customer.call("POST", `/v1/jobs/${blockedJob.job_id}/placement`, {
      url: `${pages.base}/x`,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe("JOB_BLOCKED");
  }, 60_000);

  it("watches a bridge backlink a worker reports live, and sets it verified, then lost", async () => {
    const admin = client(platform.url, { authorization: `Bearer ${await accessToken("admin")}` });
    const campaign = await admin("POST", "/v1/campaigns", {
      name: "links test",
      settings: { target_url: targetUrl },
    });
    expect(campaign.status, JSON.stringify(campaign.body)).toBe(201);
    pages.set("/forum/thread-1", { html: articlePage(linked()) });
    const bridge = client(platform.url, bridgeHeaders);
    const created = await bridge("POST", "/api/backlinks", {
      campaign_id: campaign.body.data.id,
      url: `${pages.base}/forum/thread-1#comment-7`,
      type: "comment",
      status: "live",
      anchor_text: ANCHOR,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const backlinkId = created.body.backlink.id as number;
    const statusOf = async () =>
      await platform.database.db
        .selectFrom("backlinks")
        .select(["status", "verified_at"])
        .where("id", "=", backlinkId)
        .executeTakeFirstOrThrow();
    const until = async (wanted: string) => {
      const deadline = Date.now() + 15_000;
      while ((await statusOf()).status !== wanted) {
        if (Date.now() > deadline) throw new Error(`backlink still ${(await statusOf()).status}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return statusOf();
    };
    expect((await until("verified")).verified_at).toBeInstanceOf(Date);

    pages.set("/forum/thread-1", { html: articlePage("<p>Comment deleted by a moderator.</p>") });
    // The worker reports it live again (say, after an edit): it is checked again at once.
    const updated = await bridge("PUT", `/api/backlinks/${backlinkId}`, { status: "live" });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    await until("lost");
    const link = await platform.database.db
      .selectFrom("placed_links")
      .select(["status", "checks_done"])
      .where("backlink_id", "=", backlinkId)
      .executeTakeFirstOrThrow();
    expect(link).toEqual({ status: "missing", checks_done: 2 });
  }, 30_000);
});
