import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import { accessToken, bridgeHeaders, client, seedTasks, startTestPlatform, uniqueType } from "./harness";

let platform: Platform;
let worker: ReturnType<typeof client>;
let admin: ReturnType<typeof client>;
let campaignId: number;

beforeAll(async () => {
  platform = await startTestPlatform({ PROXY_MAX_ERRORS: "3" });
  worker = client(platform.url, bridgeHeaders);
  admin = client(platform.url, { authorization: `Bearer ${await accessToken("admin")}` });
  campaignId = (await seedTasks(platform.url, [{ type: uniqueType() }])).campaignId;
});
afterAll(() => platform?.close());

describe("site accounts", () => {
  it("creates one (201) and updates it after verification", async () => {
    const created = await worker("POST", "/api/site-accounts", {
      campaign_id: campaignId,
      site_domain: "Example.com",
      username: "john_doe",
      email: "john@example.com",
      status: "pending_verification",
      verification_link: "https://example.com/verify?token=abc123",
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      message: "Site account created successfully",
      site_account: {
        id: expect.any(Number),
        campaign_id: campaignId,
        site_domain: "example.com",
        status: "pending_verification",
      },
    });
    const id = created.body.site_account.id;
    const updated = await worker("PUT", `/api/site-accounts/${id}`, {
      status: "verified",
      verified_at: "2025-12-03T10:20:00Z",
    });
    expect(updated).toMatchObject({ status: 200, body: { message: "Site account updated successfully" } });
    const row = await platform.database.db
      .selectFrom("site_accounts")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "verified", username: "john_doe", email: "john@example.com" });
    expect(row.verified_at?.toISOString()).toBe("2025-12-03T10:20:00.000Z");

    // Python's naive `datetime.isoformat()` (no offset, microseconds) is UTC, as sent.
    const naive = await worker("PUT", `/api/site-accounts/${id}`, {
      verified_at: "2025-12-04T08:30:15.123456",
    });
    expect(naive.status, JSON.stringify(naive.body)).toBe(200);
    const again = await platform.database.db
      .selectFrom("site_accounts")
      .select("verified_at")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(again.verified_at?.toISOString()).toBe("2025-12-04T08:30:15.123Z");
  });

  it("validates every field with Laravel-style errors", async () => {
    const bad = await worker("POST", "/api/site-accounts", {
      campaign_id: campaignId,
      site_domain: "not a domain",
      email: "nope",
      status: "sleeping",
      verification_link: "javascript:alert(1)",
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual([
      "email",
      "site_domain",
      "status",
      "verification_link",
    ]);
    const unknownCampaign = await worker("POST", "/api/site-accounts", {
      campaign_id: 999999,
      site_domain: "a.com",
    });
    expect(unknownCampaign.status).toBe(400);
    expect(unknownCampaign.body.errors).toEqual({ campaign_id: ["The selected campaign id is invalid."] });
    expect((await worker("PUT", "/api/site-accounts/999999", { status: "verified" })).status).toBe(404);
    expect((await worker("PUT", "/api/site-accounts/1", { status: "bogus" })).status).toBe(400);
  });
});

describe("backlinks", () => {
  it("creates one (201) with the contract's response, and updates it", async () => {
    const account = await worker("POST", "/api/site-accounts", {
      campaign_id: campaignId,
      site_domain: "example.com",
    });
    const created = await worker("POST", "/api/backlinks", {
      campaign_id: campaignId,
      url: "https://example.com/article#comment-123",
      type: "comment",
      status: "submitted",
      keyword: "seo tools",
      anchor_text: "best seo tools",
      site_account_id: account.body.site_account.id,
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      message: "Backlink created successfully",
      backlink: {
        id: expect.any(Number),
        campaign_id: campaignId,
        url: "https://example.com/article#comment-123",
        type: "comment",
        status: "submitted",
        created_at: expect.any(String),
      },
    });
    const id = created.body.backlink.id;
    const verified = await worker("PUT", `/api/backlinks/${id}`, { status: "verified" });
    expect(verified).toMatchObject({ status: 200, body: { message: "Backlink updated successfully" } });
    const row = await platform.database.db
      .selectFrom("backlinks")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("verified");
    expect(row.verified_at).toBeInstanceOf(Date); // stamped when not given
    expect(row.keyword).toBe("seo tools");
  });

  it("defaults the status to submitted and documents the status set", async () => {
    const created = await worker("POST", "/api/backlinks", {
      campaign_id: campaignId,
      url: "https://a.example/x",
      type: "forum",
    });
    expect(created.body.backlink.status).toBe("submitted");
    const doc = (await fetch(`${platform.url}/openapi.json`).then((r) => r.json())) as {
      paths: Record<string, { post: { description: string } }>;
    };
    expect(doc.paths["/api/backlinks"]?.post.description).toContain(
      "submitted, live, verified, lost, rejected",
    );
  });

  it("refuses unknown campaigns, foreign site accounts, bad URLs and statuses", async () => {
    const other = (await seedTasks(platform.url, [{ type: uniqueType() }])).campaignId;
    const foreign = await worker("POST", "/api/site-accounts", { campaign_id: other, site_domain: "b.com" });
    const cases: [Record<string, unknown>, string][] = [
      [{ campaign_id: 999999, url: "https://a.com", type: "comment" }, "campaign_id"],
      [{ campaign_id: campaignId, url: "ftp://a.com/x", type: "comment" }, "url"],
      [{ campaign_id: campaignId, url: "https://a.com", type: "comment", status: "gone" }, "status"],
      [{ campaign_id: campaignId, url: "https://a.com", type: "" }, "type"],
      [
        { campaign_id: campaignId, url: "https://a.com", type: "comment", verified_at: "yesterday" },
        "verified_at",
      ],
      [
        {
          campaign_id: campaignId,
          url: "https://a.com",
          type: "comment",
          site_account_id: foreign.body.site_account.id,
        },
        "site_account_id",
      ],
      [{ url: "https://a.com", type: "comment" }, "campaign_id"],
      [{ campaign_id: "five", url: "https://a.com", type: "comment" }, "campaign_id"],
    ];
    for (const [body, field] of cases) {
      const { status, body: answer } = await worker("POST", "/api/backlinks", body);
      expect(status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(answer.errors)).toContain(field);
    }
    expect((await worker("PUT", "/api/backlinks/999999", { status: "live" })).status).toBe(404);
  });
});

describe("proxies", () => {
  let ids: number[];
  beforeAll(async () => {
    const imported = await admin("POST", "/v1/proxies", {
      proxies: [
        {
          host: "proxy.example.com",
          port: 8080,
          username: "user",
          password: "pass",
          type: "http",
          country: "us",
        },
        { host: "10.0.0.9", port: 1080, type: "socks5", country: "GB" },
        { host: "old.example.com", port: 3128, country: "US", is_active: false },
      ],
    });
    expect(imported.status).toBe(201);
    ids = imported.body.data.proxy_ids;
  });

  it("lists active proxies by country with the password decrypted, and stores it encrypted", async () => {
    const { status, body } = await worker("GET", "/api/proxies?country=US");
    expect(status).toBe(200);
    const mine = body.proxies.filter((p: { id: number }) => ids.includes(p.id));
    expect(mine).toEqual([
      {
        id: ids[0],
        host: "proxy.example.com",
        port: 8080,
        username: "user",
        password: "pass",
        type: "http",
        country: "US",
        is_active: true,
        error_count: 0,
      },
    ]);
    const all = await worker("GET", "/api/proxies?country=us&active_only=false");
    expect(
      all.body.proxies
        .filter((p: { id: number }) => ids.includes(p.id))
        .map((p: { id: number }) => p.id)
        .sort(),
    ).toEqual([ids[0], ids[2]].sort());
    const stored = await sql<{
      password_encrypted: string;
    }>`select password_encrypted from proxies where id = ${ids[0]}`
      .execute(platform.database.db)
      .then((r) => r.rows[0]?.password_encrypted);
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain("pass");
  });

  it("deactivates a proxy after the configured number of reported failures", async () => {
    const id = ids[1];
    for (const expected of [1, 2]) {
      const report = await worker("POST", `/api/proxies/${id}/report`, { error: "connection refused" });
      expect(report.body).toEqual({
        message: "Proxy failure recorded",
        proxy: { id, is_active: true, error_count: expected },
      });
    }
    const third = await worker("POST", `/api/proxies/${id}/report`);
    expect(third.body.proxy).toEqual({ id, is_active: false, error_count: 3 });
    const listed = await worker("GET", "/api/proxies?country=GB");
    expect(listed.body.proxies.map((p: { id: number }) => p.id)).not.toContain(id);
    expect((await worker("POST", "/api/proxies/999999/report", {})).status).toBe(404);
  });

  it("leaves out a proxy sealed under another key instead of failing the whole list", async () => {
    const [foreign] = await platform.database.db
      .insertInto("proxies")
      .values({
        host: "foreign.example.com",
        port: 3128,
        password_encrypted: "v1.AAAA.BBBB.CCCC",
        country: "SE",
      })
      .returning("id")
      .execute();
    const { status, body } = await worker("GET", "/api/proxies?country=SE");
    expect(status).toBe(200);
    expect(body.proxies.map((p: { id: number }) => p.id)).not.toContain(foreign?.id);
    const report = await worker("POST", `/api/proxies/${foreign?.id}/report`, { error: "auth failed" });
    expect(report.body.proxy).toEqual({ id: foreign?.id, is_active: true, error_count: 1 });
  });

  it("validates the query", async () => {
    expect((await worker("GET", "/api/proxies?country=USA")).status).toBe(400);
    expect((await worker("GET", "/api/proxies?active_only=maybe")).body.errors.active_only).toHaveLength(1);
    const badImport = await admin("POST", "/v1/proxies", { proxies: [{ host: "a b", port: 70000 }] });
    expect(badImport.status).toBe(400);
  });
});

describe("rate limits", () => {
  it("limits per IP per group, answers 429 with Retry-After, and counts on every response", async () => {
    const limited = await startTestPlatform({
      BRIDGE_RATE_LIMIT_DEFAULT: "3",
      BRIDGE_RATE_LIMIT_TASKS: "2",
      BRIDGE_RATE_LIMIT_RELAY: "1",
      RATE_LIMIT_WINDOW_SECONDS: "3600",
    });
    try {
      const call = client(limited.url, bridgeHeaders);
      const tasks = [await call("GET", "/api/tasks/pending"), await call("GET", "/api/tasks/pending")];
      expect(tasks.map((r) => r.status)).toEqual([200, 200]);
      expect(tasks.map((r) => r.headers.get("x-ratelimit-limit"))).toEqual(["2", "2"]);
      expect(tasks.map((r) => r.headers.get("x-ratelimit-remaining"))).toEqual(["1", "0"]);
      const refused = await call("GET", "/api/tasks/pending");
      expect(refused.status).toBe(429);
      expect(refused.body).toEqual({ error: "Too Many Requests" });
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(refused.headers.get("x-ratelimit-remaining")).toBe("0");

      // Another group keeps its own counter; a 401 still carries the headers.
      const unauthorized = await client(limited.url)("GET", "/api/proxies");
      expect(unauthorized.status).toBe(401);
      expect(unauthorized.headers.get("x-ratelimit-limit")).toBe("3");
      const relay = [
        await call("POST", "/api/llm/generate", {}),
        await call("POST", "/api/llm/generate", {}),
      ];
      expect(relay[1]?.status).toBe(429);
      expect(relay[1]?.headers.get("x-ratelimit-limit")).toBe("1");
      // The v1 face is not under the bridge's limits.
      expect(
        (await client(limited.url)("GET", "/v1/meta/version")).headers.get("x-ratelimit-limit"),
      ).toBeNull();
    } finally {
      await limited.close();
    }
  });
});
