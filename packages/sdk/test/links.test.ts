import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalWorld } from "../../../apps/server/demo/local-world";
import { APIError, BacowrClient, BadRequestError, NotFoundError } from "../src";

// The SDK's links, placement and WordPress export against the real server (the demo's local world): a
// publisher page on 127.0.0.1 carries the link, then loses it; an export to a site that is not WordPress is
// refused with the contract's code.
let world: Awaited<ReturnType<typeof startLocalWorld>>;
let html = "";
let publisher: ReturnType<typeof createServer>;
let publisherUrl = "";

beforeAll(async () => {
  publisher = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(html);
  });
  await new Promise<void>((resolve) => publisher.listen(0, "127.0.0.1", resolve));
  publisherUrl = `http://127.0.0.1:${(publisher.address() as AddressInfo).port}`;
  world = await startLocalWorld({
    writer: "clean",
    llmDelayMs: 10,
    env: { DATABASE_URL: "", WORKER_POLL_INTERVAL_MS: "100" },
  });
}, 60_000);
afterAll(async () => {
  await world?.close();
  await new Promise<void>((resolve) => publisher.close(() => resolve()));
});

const client = () => new BacowrClient({ baseUrl: world.platform.url, token: world.token });

async function until<T>(probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("client.links and client.jobs.place", () => {
  it("places a delivered article, lists and reads its link, and re-checks it", async () => {
    const sdk = client();
    const order = world.order("sdk placed project tools");
    const job = await (await sdk.jobs.create(order)).waitForCompletion({ timeout: 60_000 });
    expect(job.status).toBe("DELIVER");
    html = `<html><body><main><p>Compare <a href="${order.targetUrl}">${order.anchorText}</a> first.</p></main></body></html>`;

    const placed = await sdk.jobs.place(job.jobId, `${publisherUrl}/post`);
    expect(placed).toMatchObject({ jobId: job.jobId, kind: "placement", status: "pending" });
    const verified = await until(async () => {
      const link = await sdk.links.get(placed.linkId);
      return link.status === "pending" ? undefined : link;
    });
    expect(verified.status).toBe("verified");
    expect(verified.lastCheck).toMatchObject({ anchorText: order.anchorText, found: true });
    expect(verified.history.map((check) => check.verdict)).toEqual(["verified"]);

    const page = await sdk.links.list({ status: "verified", jobId: job.jobId });
    expect(page.items.map((link) => link.linkId)).toEqual([placed.linkId]);
    const all = [];
    for await (const link of sdk.links.list({ jobId: job.jobId })) all.push(link);
    expect(all).toHaveLength(1);

    html = "<html><body><main><p>Edited: no link any more.</p></main></body></html>";
    await sdk.links.check(placed.linkId);
    const missing = await until(async () => {
      const link = await sdk.links.get(placed.linkId);
      return link.checks >= 2 ? link : undefined;
    });
    expect(missing.status).toBe("missing");

    await expect(sdk.links.get("lnk_nope")).rejects.toBeInstanceOf(NotFoundError);
  }, 90_000);

  it("exports with the contract's errors, and keeps no saved site it could not verify", async () => {
    const sdk = client();
    const job = await (await sdk.jobs.create(world.order("sdk exported project tools"))).waitForCompletion({
      timeout: 60_000,
    });
    const refused = await sdk.jobs
      .exportToWordPress(job.jobId, {
        wordpressUrl: publisherUrl,
        username: "editor",
        applicationPassword: "abcd efgh ijkl mnop qrst uvwx",
        postStatus: "draft",
        tags: ["SEO"],
      })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(BadRequestError);
    expect((refused as BadRequestError).code).toBe("CMS_UNREACHABLE");
    const save = await sdk.cms
      .saveWordPress({ wordpressUrl: publisherUrl, username: "editor", applicationPassword: "x" })
      .catch((error: unknown) => error);
    expect((save as BadRequestError).code).toBe("CMS_UNREACHABLE");
    expect(await sdk.cms.listWordPress()).toEqual([]);
  }, 90_000);
});

describe("exports and placements are sent once (they reach the publisher's site), reads still retry", () => {
  /** A fetch that answers every request 502 with retry-after 0 (a retry would be immediate) and counts them. */
  function failingFetch() {
    const seen: string[] = [];
    const impl = async (_input: string | URL | Request, init?: RequestInit) => {
      seen.push(init?.method ?? "GET");
      return new Response(
        JSON.stringify({ success: false, error: { code: "BAD_GATEWAY", message: "lost" } }),
        {
          status: 502,
          headers: { "content-type": "application/json", "retry-after": "0" },
        },
      );
    };
    return { fetch: impl as typeof fetch, seen };
  }
  const offline = (fetchImpl: typeof fetch) =>
    new BacowrClient({
      baseUrl: "http://bacowr.invalid",
      token: "bcw_test",
      fetch: fetchImpl,
      maxRetries: 3,
    });

  const once: [string, (client: BacowrClient) => Promise<unknown>][] = [
    [
      "jobs.exportToWordPress",
      (c) => c.jobs.exportToWordPress("job_1", { connectionId: "cms_1", postStatus: "publish" }),
    ],
    ["jobs.place", (c) => c.jobs.place("job_1", "https://publisher.example/post")],
    [
      "cms.saveWordPress",
      (c) =>
        c.cms.saveWordPress({
          wordpressUrl: "https://blog.example",
          username: "u",
          applicationPassword: "p",
        }),
    ],
  ];
  it.each(once)("%s: a 502 is sent once and surfaces as the error", async (_name, call) => {
    const failing = failingFetch();
    const error = await call(offline(failing.fetch)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status: 502 });
    expect(failing.seen).toEqual(["POST"]);
  });

  it("links.get retries (the fake would catch a retry)", async () => {
    const failing = failingFetch();
    await expect(offline(failing.fetch).links.get("lnk_1")).rejects.toMatchObject({ status: 502 });
    expect(failing.seen).toHaveLength(4);
  });
});
