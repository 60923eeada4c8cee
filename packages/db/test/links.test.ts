import type { LinkCheck } from "@bacowr/core";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLinkRepository, type DatabaseHandle, migrateToLatest, openDatabase } from "../src";
import { insertBatchOwner, testTarget } from "./fixtures/batch-rows";

// The link monitor's store: placements (one per job and page, one per backlink), the claim that keeps one
// check per host at a time across processes, the lease that guards a check's outcome, the bridge backlink's
// status, and the webhook events the triggers write.
let handle: DatabaseHandle;
const suffix = Math.random().toString(36).slice(2, 8);
let userId: string;
let counter = 0;
const unique = (prefix: string) => `${prefix}_${suffix}_${++counter}`;
// Each test's hosts are its own: the claim is global, and links left due by one test must not block another.
const host = (name: string) => `${name}-${suffix}.example`;

beforeAll(async () => {
  handle = await openDatabase(testTarget);
  await migrateToLatest(handle.db);
  userId = await insertBatchOwner(handle.db, `links_${suffix}`);
});
afterAll(async () => {
  await handle?.db.deleteFrom("placed_links").where("id", "like", `%${suffix}%`).execute();
  await handle?.close();
});

async function deliveredJob(): Promise<string> {
  const id = unique("job");
  await handle.db
    .insertInto("jobs")
    .values({
      id,
      user_id: userId,
      batch_id: null,
      batch_position: null,
      publisher_domain: "p.example",
      target_url: "https://t.example/",
      anchor_text: "anchor text",
      options: JSON.stringify({
        llm_provider: "anthropic",
        strategy: "single_stage",
        preflight_mode: "light",
      }),
      cost_llm: 0,
      cost_serp: 0,
      status: "DELIVER",
      run_after: new Date(),
      updated_at: new Date(),
    })
    .execute();
  return id;
}

const placement = (jobId: string, pageHost: string, path = "/post") => ({
  id: unique("lnk"),
  user_id: userId,
  job_id: jobId,
  backlink_id: null,
  export_id: null,
  kind: "placement" as const,
  page_url: `https://${pageHost}${path}`,
  host: pageHost,
  publisher_domain: pageHost,
  target_url: "https://t.example/",
  target_domain: "t.example",
  anchor_text: "anchor text",
  expected_rel: [],
  placed_at: new Date(),
});

const check = (verdict: LinkCheck["verdict"], at = new Date()): LinkCheck => ({
  verdict,
  checked_at: at,
  http_status: verdict === "page_gone" ? 404 : 200,
  final_url: null,
  found: verdict === "verified" || verdict === "changed",
  anchor_text: null,
  rel: [],
  link_nofollow: false,
  page_noindex: false,
  page_nofollow: false,
  canonical_url: null,
  in_main_content: null,
  position: null,
  changes: [],
  error: null,
});

const later = (seconds: number) => new Date(Date.now() + seconds * 1000);

describe("placed links", () => {
  it("keeps one link per job and page: placing it again makes it due again", async () => {
    const repo = createLinkRepository(handle.db);
    const jobId = await deliveredJob();
    const first = await repo.placeLink(placement(jobId, host("once")), new Date());
    expect(first.created).toBe(true);
    const again = await repo.placeLink(
      { ...placement(jobId, host("once")), expected_rel: ["sponsored"] },
      later(5),
    );
    expect(again.created).toBe(false);
    expect(again.link.id).toBe(first.link.id);
    expect(again.link.expected_rel).toEqual(["sponsored"]);
    expect(again.link.next_check_at.getTime()).toBeGreaterThan(first.link.next_check_at.getTime());
    expect(await repo.linksForJob(jobId)).toHaveLength(1);
  });

  it("claims one link per host, skips hosts with a check under way, and guards the outcome with the lease", async () => {
    const repo = createLinkRepository(handle.db);
    const jobId = await deliveredJob();
    const busy = host("busy");
    const calm = host("calm");
    const a1 = await repo.placeLink(placement(jobId, busy, "/1"), new Date());
    const a2 = await repo.placeLink(placement(jobId, busy, "/2"), new Date());
    const b1 = await repo.placeLink(placement(jobId, calm, "/1"), new Date());
    const ours = <T extends { link: { id: string } }>(claimed: T[]) =>
      claimed.filter((c) => [a1, a2, b1].some((p) => p.link.id === c.link.id));

    const now = later(1);
    const first = ours(await repo.claimDueLinks(now, 50, 60));
    expect(first.map((c) => c.link.host).sort()).toEqual([busy, calm].sort());
    // Both hosts have a check under way: nothing more of theirs, in this process or another.
    expect(ours(await repo.claimDueLinks(now, 50, 60))).toEqual([]);

    const onBusy = first.find((c) => c.link.host === busy);
    if (!onBusy) throw new Error("no claim on the busy host");
    expect(
      await repo.recordCheck(onBusy.link.id, "not-the-lease", {
        check: check("verified"),
        status: "verified",
        nextCheckAt: later(3600),
        now,
      }),
    ).toBe(false);
    expect(
      await repo.recordCheck(onBusy.link.id, onBusy.lease_id, {
        check: check("verified"),
        status: "verified",
        nextCheckAt: later(3600),
        now,
      }),
    ).toBe(true);
    // The host is free again: its other link is next.
    const second = ours(await repo.claimDueLinks(now, 50, 60));
    expect(second.map((c) => c.link.id)).toEqual([onBusy.link.id === a1.link.id ? a2.link.id : a1.link.id]);

    // A checker that died: after its lease, the link is claimed again, and the old lease can record nothing.
    const onCalm = first.find((c) => c.link.host === calm);
    if (!onCalm) throw new Error("no claim on the calm host");
    const retaken = ours(await repo.claimDueLinks(later(120), 50, 60)).find(
      (c) => c.link.id === onCalm.link.id,
    );
    expect(retaken?.lease_id).toBeDefined();
    expect(retaken?.lease_id).not.toBe(onCalm.lease_id);
    expect(
      await repo.recordCheck(onCalm.link.id, onCalm.lease_id, {
        check: check("missing"),
        status: "missing",
        nextCheckAt: later(3600),
        now,
      }),
    ).toBe(false);

    const stored = await repo.findLink(onBusy.link.id, userId);
    expect(stored).toMatchObject({ status: "verified", checks_done: 1 });
    expect(stored?.last_check?.checked_at).toBeInstanceOf(Date);
    expect((await repo.checksOf(onBusy.link.id, 10)).map((c) => c.verdict)).toEqual(["verified"]);
  });

  it("writes link.* webhook events for changes of verdict, and link.lost once", async () => {
    const repo = createLinkRepository(handle.db);
    const subscription = unique("wh");
    await handle.db
      .insertInto("webhook_subscriptions")
      .values({
        id: subscription,
        user_id: userId,
        url: "https://93.184.216.34/in",
        events: JSON.stringify(["link.verified", "link.changed", "link.lost", "source.lost"]),
        secret_encrypted: "sealed",
      })
      .execute();
    const jobId = await deliveredJob();
    const pageHost = host("events");
    const { link } = await repo.placeLink(placement(jobId, pageHost), new Date());
    let at = 10;
    for (const [verdict, status] of [
      ["verified", "verified"],
      ["verified", "verified"],
      ["changed", "changed"],
      ["missing", "missing"],
      ["page_gone", "page_gone"],
      ["verified", "verified"],
    ] as const) {
      at += 10;
      const claimed = (await repo.claimDueLinks(later(at), 50, 5)).find((c) => c.link.id === link.id);
      if (!claimed) throw new Error(`link not claimed before ${verdict}`);
      await repo.recordCheck(link.id, claimed.lease_id, {
        check: check(verdict, later(at)),
        status,
        nextCheckAt: later(at + 1),
        now: later(at),
      });
    }
    const deliveries = await handle.db
      .selectFrom("webhook_deliveries")
      .select(["event", "data"])
      .where("subscription_id", "=", subscription)
      .orderBy("occurred_at")
      .execute();
    expect(deliveries.map((d) => d.event)).toEqual([
      "link.verified",
      "link.changed",
      "link.lost",
      "link.verified",
    ]);
    expect(deliveries[2]?.data).toMatchObject({
      link_id: link.id,
      status: "missing",
      previous_status: "changed",
    });

    // A page the article cites reports only that it went (link rot): source.lost, never a verdict of its own.
    const { link: source } = await repo.placeLink(
      { ...placement(jobId, host("cited"), "/report"), kind: "source", anchor_text: "" },
      new Date(),
    );
    for (const [verdict, status] of [
      ["verified", "verified"],
      ["page_gone", "page_gone"],
    ] as const) {
      at += 10;
      const claimed = (await repo.claimDueLinks(later(at), 50, 5)).find((c) => c.link.id === source.id);
      if (!claimed) throw new Error("source not claimed");
      await repo.recordCheck(source.id, claimed.lease_id, {
        check: check(verdict, later(at)),
        status,
        nextCheckAt: later(at + 1),
        now: later(at),
      });
    }
    const sourceEvents = await handle.db
      .selectFrom("webhook_deliveries")
      .select(["event", "data"])
      .where("subscription_id", "=", subscription)
      .where(sql<string>`data->>'link_id'`, "=", source.id)
      .execute();
    expect(sourceEvents.map((d) => d.event)).toEqual(["source.lost"]);
    expect(sourceEvents[0]?.data).toMatchObject({ kind: "source", status: "page_gone", job_id: jobId });
  });

  it("sets a bridge backlink verified or lost with its link's verdict", async () => {
    const repo = createLinkRepository(handle.db);
    const campaign = await handle.db
      .insertInto("campaigns")
      .values({ name: "links", settings: JSON.stringify({ target_url: "https://t.example/" }) })
      .returning("id")
      .executeTakeFirstOrThrow();
    const pageHost = host("forum");
    const backlink = await handle.db
      .insertInto("backlinks")
      .values({ campaign_id: campaign.id, url: `https://${pageHost}/t/1`, type: "comment", status: "live" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const { link } = await repo.placeLink(
      { ...placement("", pageHost, "/t/1"), job_id: null, user_id: null, backlink_id: backlink.id },
      new Date(),
    );
    const statusOf = () =>
      handle.db
        .selectFrom("backlinks")
        .select(["status", "verified_at"])
        .where("id", "=", backlink.id)
        .executeTakeFirstOrThrow();
    const run = async (verdict: LinkCheck["verdict"], status: "verified" | "missing", at: number) => {
      const claimed = (await repo.claimDueLinks(later(at), 50, 5)).find((c) => c.link.id === link.id);
      if (!claimed) throw new Error("backlink's link not claimed");
      await repo.recordCheck(link.id, claimed.lease_id, {
        check: check(verdict, later(at)),
        status,
        nextCheckAt: later(at + 1),
        now: later(at),
      });
    };
    await run("verified", "verified", 1);
    const verified = await statusOf();
    expect(verified.status).toBe("verified");
    expect(verified.verified_at).toBeInstanceOf(Date);
    await run("missing", "missing", 3);
    expect((await statusOf()).status).toBe("lost");
  });
});
