import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import { client, newCustomer, startTestPlatform } from "./harness";

let platform: Platform;
beforeAll(async () => {
  platform = await startTestPlatform({ V1_RATE_LIMIT_FREE: "3", V1_RATE_LIMIT_PRO: "5" });
});
afterAll(() => platform?.close());

describe("v1 rate limits", () => {
  it("counts each user's calls against its tier and answers 429 with the contract's fields", async () => {
    const free = await newCustomer(platform.url, "free");
    const pro = await newCustomer(platform.url, "pro");
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      const ok = await free.call("GET", "/v1/jobs");
      expect(ok.status).toBe(200);
      expect(ok.headers.get("x-ratelimit-limit")).toBe("3");
      seen.push(ok.headers.get("x-ratelimit-remaining") ?? "");
      expect(Number(ok.headers.get("x-ratelimit-reset"))).toBeGreaterThan(Date.now() / 1000);
    }
    expect(seen).toEqual(["2", "1", "0"]);

    const refused = await free.call("GET", "/v1/jobs");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(refused.headers.get("x-ratelimit-remaining")).toBe("0");
    expect(refused.body).toMatchObject({
      success: false,
      error: {
        code: "RATE_LIMIT_EXCEEDED",
        message: "Rate limit of 3 requests/hour exceeded",
        retry_after: expect.any(Number),
        reset_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    });
    expect(refused.body.error.retry_after).toBeLessThanOrEqual(3600);

    // Another user, another tier, its own counter.
    const other = await pro.call("GET", "/v1/jobs");
    expect(other.status).toBe(200);
    expect(other.headers.get("x-ratelimit-limit")).toBe("5");

    // Logging in is not counted (no user yet); an unauthenticated call is refused before counting.
    expect((await client(platform.url)("GET", "/v1/jobs")).status).toBe(401);
  });
});
