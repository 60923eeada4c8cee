import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import { startFixtureSites } from "./fakes/fixture-sites";
import { accessToken, client, startTestPlatform } from "./harness";

let sites: Awaited<ReturnType<typeof startFixtureSites>>;
let platform: Platform;
let call: ReturnType<typeof client>;

beforeAll(async () => {
  sites = await startFixtureSites();
  platform = await startTestPlatform(sites.env);
  call = client(platform.url, { authorization: `Bearer ${await accessToken("user")}` });
});
afterAll(async () => {
  await platform?.close();
  await sites?.close();
});

const order = () => ({
  publisher_domain: "worklife.example",
  target_url: `${sites.base}/product`,
  anchor_text: "project management tools",
});

const article = (link: string) => `# Choosing tools for a remote team

A remote team needs clear planning and honest deadlines. Many managers compare several options first.

## What matters most

Teams that plan projects together often look at ${link} before they decide. Shared tasks and visible deadlines help the team. Collaboration gets easier when the workflow is simple.
`;

describe("POST /v1/qc/check", () => {
  it("researches the publisher and target, then reports every check", async () => {
    const { status, body } = await call("POST", "/v1/qc/check", {
      ...order(),
      article: article(`[project management tools](${sites.base}/product)`),
    });
    expect(status).toBe(200);
    expect(body.success).toBe(true);
    expect(body.data.language).toBe("en");
    const report = body.data.qc_report;
    expect(Object.keys(report.checks).sort()).toEqual(
      [
        "ai_tells",
        "anchor_link",
        "anchor_naturalness",
        "anchor_placement",
        "compliance",
        "intent_alignment",
        "language",
        "lsi_coverage",
        "originality",
        "readability",
        "trust_sources",
        "word_count",
      ].sort(),
    );
    expect(report.status).toBe("FAIL");
    expect(report.checks.anchor_link).toMatchObject({ passed: true, count: 1 });
    expect(report.checks.language).toMatchObject({ passed: true, detected: "en" });
    expect(report.issues).toContainEqual(
      expect.objectContaining({ severity: "high", category: "word_count", auto_fixable: true }),
    );
    // The publisher's page links the BLS, so adding a trusted source is something RESCUE could do.
    expect(
      report.issues.find((i: { category: string }) => i.category === "trust_sources")?.auto_fixable,
    ).toBe(true);
  });

  it("answers the seed's validation error for a short anchor", async () => {
    const { status, body } = await call("POST", "/v1/qc/check", {
      ...order(),
      anchor_text: "ab",
      article: "# x",
    });
    expect(status).toBe(400);
    expect(body.error).toEqual({
      code: "VALIDATION_ERROR",
      message: "Anchor text must be between 3 and 150 characters",
      field: "anchor_text",
      details: { provided_length: 2, min_length: 3, max_length: 150 },
    });
  });

  it.each([
    [{ anchor_text: "x".repeat(151) }, "ANCHOR_TOO_LONG", "anchor_text"],
    [{ target_url: "not a url" }, "INVALID_URL", "target_url"],
    [{ target_url: "ftp://example.com/file" }, "INVALID_URL", "target_url"],
    [{ target_url: "http://169.254.169.254/latest/meta-data/" }, "INVALID_URL", "target_url"],
    [{ target_url: "http://localhost/admin" }, "INVALID_URL", "target_url"],
    [{ target_url: "http://[::127.0.0.1]/admin" }, "INVALID_URL", "target_url"],
    [{ publisher_domain: "not a domain!" }, "INVALID_PUBLISHER", "publisher_domain"],
    [{ publisher_domain: "10.0.0.1" }, "INVALID_PUBLISHER", "publisher_domain"],
    [{ article: "" }, "VALIDATION_ERROR", "article"],
  ])("refuses %j with %s", async (change, code, field) => {
    const { status, body } = await call("POST", "/v1/qc/check", { ...order(), article: "# x", ...change });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code, field });
  });

  it("names credentials in the target URL as their own reason", async () => {
    const { status, body } = await call("POST", "/v1/qc/check", {
      ...order(),
      article: "# x",
      target_url: "https://user:secret@example.com/",
    });
    expect(status).toBe(400);
    expect(body.error).toMatchObject({
      code: "INVALID_URL",
      field: "target_url",
      details: { reason: "credentials_in_url" },
    });
  });

  it("reports an unreachable target or publisher as INVALID_URL / INVALID_PUBLISHER", async () => {
    const gone = await call("POST", "/v1/qc/check", {
      ...order(),
      target_url: `${sites.base}/gone`,
      article: "# x",
    });
    expect(gone.status).toBe(400);
    expect(gone.body.error).toMatchObject({
      code: "INVALID_URL",
      details: { reason: `HTTP 404 from ${sites.base}/gone` },
    });
    const nowhere = await call("POST", "/v1/qc/check", {
      ...order(),
      publisher_domain: "unknown.example",
      article: "# x",
    });
    expect(nowhere.body.error.code).toBe("INVALID_PUBLISHER");
  });

  it("requires authentication", async () => {
    const { status } = await client(platform.url)("POST", "/v1/qc/check", { ...order(), article: "# x" });
    expect(status).toBe(401);
  });
});
