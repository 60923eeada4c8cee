import { describe, expect, it } from "vitest";
import { APIError, APITimeoutError, BacowrClient } from "../src";

/** A fetch that answers every request 502 (retry-after 0, so retries would be immediate) and counts them. */
function failingFetch() {
  const seen: { method: string; url: string }[] = [];
  const impl = async (input: string | URL | Request, init?: RequestInit) => {
    seen.push({ method: init?.method ?? "GET", url: String(input) });
    return new Response(JSON.stringify({ success: false, error: { code: "BAD_GATEWAY", message: "lost" } }), {
      status: 502,
      headers: { "content-type": "application/json", "retry-after": "0" },
    });
  };
  return { fetch: impl as typeof fetch, seen };
}

const clientWith = (fetchImpl: typeof fetch, timeout?: number) =>
  new BacowrClient({
    baseUrl: "http://bacowr.invalid",
    token: "bcw_test",
    fetch: fetchImpl,
    maxRetries: 3,
    ...(timeout === undefined ? {} : { timeout }),
  });

describe("client.webhooks: POSTs the server does not de-duplicate are never retried", () => {
  const calls: [string, (client: BacowrClient) => Promise<unknown>][] = [
    ["create", (c) => c.webhooks.create({ url: "https://example.com/hook", events: ["job.completed"] })],
    ["subscribe", (c) => c.webhooks.subscribe("job.completed", "https://example.com/hook")],
    ["rotateSecret", (c) => c.webhooks.rotateSecret("wh_1")],
    ["test", (c) => c.webhooks.test("wh_1")],
    ["replayDelivery", (c) => c.webhooks.replayDelivery("whd_1")],
    ["replay", (c) => c.webhooks.replay("wh_1", { since: "2026-01-01T00:00:00Z" })],
  ];

  it.each(calls)("%s: a 502 is sent once and surfaces as the error", async (_name, call) => {
    const failing = failingFetch();
    const error = await call(clientWith(failing.fetch)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toMatchObject({ status: 502 });
    expect(failing.seen).toHaveLength(1);
    expect(failing.seen[0]?.method).toBe("POST");
  });

  it("a timeout on POST /v1/webhooks is not retried either", async () => {
    let sent = 0;
    const hanging = ((_input: string | URL | Request, init?: RequestInit) => {
      sent++;
      return new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener("abort", () => reject(new Error("aborted")), { once: true });
      });
    }) as typeof fetch;
    const error = await clientWith(hanging, 50)
      .webhooks.create({ url: "https://example.com/hook", events: ["job.completed"] })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(sent).toBe(1);
  });

  it("reads still retry (the fake would catch a retry)", async () => {
    const failing = failingFetch();
    await expect(clientWith(failing.fetch).webhooks.get("wh_1")).rejects.toMatchObject({ status: 502 });
    expect(failing.seen).toHaveLength(4);
  });
});
