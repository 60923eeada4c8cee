import { request as httpRequest } from "node:http";
import { signAccessToken } from "@bacowr/api";
import { Validator } from "@seriousme/openapi-schema-validator";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import { checkAgainstDocument, fetchChecked } from "./contract";
import { startTestPlatform, TEST_BRIDGE_TOKEN, TEST_JWT_SECRET } from "./harness";

let platform: Platform;
let token: string;
const tokenSettings = {
  secret: new TextEncoder().encode(TEST_JWT_SECRET),
  issuer: "bacowr",
  audience: "bacowr-api",
};

beforeAll(async () => {
  platform = await startTestPlatform();
  token = await signAccessToken(tokenSettings, { sub: "usr_test", role: "user", tier: "pro" });
});
afterAll(() => platform?.close());

const call = (path: string, init: RequestInit & { headers?: Record<string, string> } = {}) =>
  fetchChecked(platform.url, path, init);
const bearer = (t = token) => ({ authorization: `Bearer ${t}` });
const accessTokenFor = (role: "user" | "admin") =>
  signAccessToken(tokenSettings, { sub: `usr_${role}`, role, tier: "pro" });
const bridge = { "x-api-token": TEST_BRIDGE_TOKEN, "x-worker-id": "python-worker-01" };

describe("probes and document", () => {
  it("answers /healthz and /readyz", async () => {
    expect((await call("/healthz")).body).toEqual({ status: "ok" });
    const ready = await call("/readyz");
    expect(ready.status).toBe(200);
    expect(ready.body.checks.database).toBe("ok");
    expect(ready.body.checks.redis).toBe(process.env.REDIS_URL ? "ok" : "not_configured");
  });

  it("serves a valid OpenAPI 3.1 document listing both faces with their security", async () => {
    const { status, body } = await call("/openapi.json");
    expect(status).toBe(200);
    const validator = new Validator();
    const result = await validator.validate(body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(body.paths["/v1/meta/version"].get.security).toEqual([{ bearerAuth: [] }, { apiKey: [] }]);
    expect(body.paths["/api/meta/version"].get.security).toEqual([{ apiToken: [] }]);
    const v1Success = body.paths["/v1/meta/version"].get.responses["200"].content["application/json"].schema;
    expect(v1Success.required).toEqual(["success", "data", "meta"]);
    expect(body.paths["/api/meta/version"].get.responses["401"].content["application/json"].schema).toEqual({
      $ref: "#/components/schemas/BridgeError",
    });
  });

  it("is built once, never from the request's Host header", async () => {
    const withHost = (host: string) =>
      new Promise<string>((resolve, reject) => {
        const request = httpRequest(`${platform.url}/openapi.json`, { headers: { host } }, (response) => {
          let text = "";
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => {
            text += chunk;
          });
          response.on("end", () => resolve(text));
        });
        request.on("error", reject);
        request.end();
      });
    const bodies = await Promise.all(["evil.example", "attacker.test:1234", "x".repeat(200)].map(withHost));
    for (const text of bodies) {
      expect(text).not.toContain("evil.example");
      expect(text).not.toContain("attacker.test");
      expect(text).toBe(bodies[0]);
    }
    // No PUBLIC_URL in the tests: a relative server URL, resolved by clients against where they fetched it.
    expect(JSON.parse(bodies[0] ?? "{}").servers[0].url).toBe("/");
  });
});

describe("request ids", () => {
  it("echoes a sane X-Request-ID and mints req_… otherwise", async () => {
    const echoed = await call("/v1/meta/version", { headers: { ...bearer(), "x-request-id": "abc-123" } });
    expect(echoed.headers.get("x-request-id")).toBe("abc-123");
    expect(echoed.body.meta.request_id).toBe("abc-123");

    const minted = await call("/healthz", { headers: { "x-request-id": "bad id with spaces" } });
    expect(minted.headers.get("x-request-id")).toMatch(/^req_[a-z0-9]{20}$/);
  });
});

describe("v1 envelope", () => {
  it("wraps success in {success, data, meta}", async () => {
    const { status, body, headers } = await call("/v1/meta/version?verbose=true", { headers: bearer() });
    expect(status).toBe(200);
    expect(body.success).toBe(true);
    expect(body.data).toMatchObject({ name: "bacowr", api_version: "v1" });
    expect(body.data.principal).toEqual({ user_id: "usr_test", role: "user", tier: "pro" });
    expect(body.meta).toEqual({
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      request_id: headers.get("x-request-id"),
      version: "v1",
    });
  });

  it("reports a validation error with code, field and details", async () => {
    const { status, body } = await call("/v1/meta/version?verbose=maybe", { headers: bearer() });
    expect(status).toBe(400);
    expect(body.success).toBe(false);
    expect(body.error.code).toBe("VALIDATION_ERROR");
    expect(body.error.field).toBe("verbose");
    expect(body.error.details).toMatchObject({ code: "invalid_format" });
    expect(body.meta.request_id).toMatch(/^req_/);
  });

  it.each([
    ["no header", {}],
    ["a malformed header", { authorization: "Token abc" }],
    [
      "a token signed with another secret",
      { authorization: "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.x" },
    ],
  ])("answers 401 UNAUTHORIZED for %s", async (_name, headers) => {
    const { status, body } = await call("/v1/meta/version", { headers });
    expect(status).toBe(401);
    expect(body).toMatchObject({ success: false, error: { code: "UNAUTHORIZED" } });
  });

  it("refuses expired tokens, unsigned tokens and tokens for another audience", async () => {
    const expired = await signAccessToken(
      tokenSettings,
      { sub: "usr_test", role: "user", tier: "free" },
      -10,
    );
    const wrongAudience = await signAccessToken(
      { ...tokenSettings, audience: "someone-else" },
      { sub: "usr_test", role: "user", tier: "free" },
    );
    const unsigned = `${Buffer.from('{"alg":"none"}').toString("base64url")}.${Buffer.from(
      JSON.stringify({ sub: "usr_test", role: "admin", tier: "pro", iss: "bacowr", aud: "bacowr-api" }),
    ).toString("base64url")}.`;
    const hs512 = await new SignJWT({ role: "admin", tier: "pro" })
      .setProtectedHeader({ alg: "HS512" })
      .setSubject("usr_test")
      .setIssuer("bacowr")
      .setAudience("bacowr-api")
      .setExpirationTime("1h")
      .sign(tokenSettings.secret);
    for (const t of [expired, wrongAudience, unsigned, hs512]) {
      const { status, body } = await call("/v1/meta/version", { headers: bearer(t) });
      expect(status).toBe(401);
      expect(body.error.code).toBe("UNAUTHORIZED");
    }
    const { body } = await call("/v1/meta/version", { headers: bearer(expired) });
    expect(body.error.message).toBe("Access token has expired");
  });

  it("answers 404 NOT_FOUND for unknown paths and methods", async () => {
    for (const [method, path] of [
      ["GET", "/v1/nope"],
      ["DELETE", "/v1/meta/version"],
      ["GET", "/elsewhere"],
    ] as const) {
      const { status, body } = await call(path, { method, headers: bearer() });
      expect(status).toBe(404);
      expect(body).toMatchObject({ success: false, error: { code: "NOT_FOUND" } });
    }
  });

  it("turns malformed, oversized and mistyped bodies into 4xx errors, never 500", async () => {
    const post = (body: string, contentType = "application/json") =>
      call("/v1/meta/version", {
        method: "POST",
        headers: { ...bearer(), "content-type": contentType },
        body,
      });
    const malformed = await post("{not json");
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatchObject({ code: "VALIDATION_ERROR", field: "body" });

    // An empty JSON body is an empty object: it reaches validation, which names the missing field.
    const empty = await call("/v1/campaigns", {
      method: "POST",
      headers: { ...bearer(await accessTokenFor("admin")), "content-type": "application/json" },
      body: "",
    });
    expect(empty.status).toBe(400);
    expect(empty.body.error).toMatchObject({ code: "VALIDATION_ERROR", field: "name" });

    const huge = await post(JSON.stringify({ x: "a".repeat(2 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe("PAYLOAD_TOO_LARGE");

    const xml = await post("<a/>", "application/xml");
    expect(xml.status).toBe(415);
    expect(xml.body.error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });
});

describe("worker bridge shape", () => {
  it("returns the bare body on success", async () => {
    const { status, body } = await call("/api/meta/version?verbose=true", { headers: bridge });
    expect(status).toBe(200);
    expect(body).toEqual({ name: "bacowr", version: expect.any(String), worker_id: "python-worker-01" });
  });

  it("reports validation errors as 400 {error, errors: {field: [msg]}}", async () => {
    const { status, body } = await call("/api/meta/version?verbose=maybe", { headers: bridge });
    expect(status).toBe(400);
    expect(body).toEqual({ error: expect.any(String), errors: { verbose: [expect.any(String)] } });
  });

  it.each([
    ["no token", {}],
    ["a wrong token", { "x-api-token": "nope" }],
    ["a token of another length", { "x-api-token": `${TEST_BRIDGE_TOKEN}x` }],
  ])("answers 401 {error: Unauthorized} for %s", async (_name, headers) => {
    const { status, body } = await call("/api/meta/version", { headers });
    expect(status).toBe(401);
    expect(body).toEqual({ error: "Unauthorized" });
  });

  it("answers 404 {error} for unknown paths", async () => {
    const { status, body } = await call("/api/tasks/nowhere/else", { headers: bridge });
    expect(status).toBe(404);
    expect(body).toEqual({ error: "Not found" });
  });

  it("answers malformed JSON with a bridge-shaped 400", async () => {
    const { status, body } = await call("/api/meta/version", {
      method: "POST",
      headers: { ...bridge, "content-type": "application/json" },
      body: "{oops",
    });
    expect(status).toBe(400);
    expect(body).toEqual({ error: "Request body is not valid JSON" });
  });

  it("refuses every call when no API_TOKEN is configured", async () => {
    const locked = await startTestPlatform({ API_TOKEN: "", APP_API_TOKEN: "" });
    try {
      const response = await fetch(`${locked.url}/api/meta/version`, { headers: { "x-api-token": "" } });
      expect(response.status).toBe(401);
    } finally {
      await locked.close();
    }
  });
});

describe("tRPC", () => {
  it("serves the same procedures at /trpc", async () => {
    const input = encodeURIComponent(JSON.stringify({ verbose: "true" }));
    const { status, body } = await call(`/trpc/v1.meta.version?input=${input}`, { headers: bearer() });
    expect(status).toBe(200);
    expect(body.result.data).toMatchObject({ name: "bacowr", principal: { user_id: "usr_test" } });
  });
});

describe("query booleans", () => {
  it("accept true/false, 1/0 and yes/no in any letter case on both faces", async () => {
    for (const [value, on] of [
      ["True", true],
      ["FALSE", false],
      ["yes", true],
      ["No", false],
      ["1", true],
      ["0", false],
      ["tRuE", true],
    ] as const) {
      const v1 = await call(`/v1/meta/version?verbose=${value}`, { headers: bearer() });
      expect(v1.status, value).toBe(200);
      expect(v1.body.data.principal !== undefined, value).toBe(on);
      const api = await call(`/api/meta/version?verbose=${value}`, { headers: bridge });
      expect(api.status, value).toBe(200);
      expect(api.body.worker_id !== undefined, value).toBe(on);
    }
    // What Python's requests sends for params={"active_only": True}.
    const proxies = await call("/api/proxies?active_only=True", { headers: bridge });
    expect(proxies.status).toBe(200);
    expect(proxies.body).toEqual({ proxies: expect.any(Array) });
    const refused = await call("/api/proxies?active_only=maybe", { headers: bridge });
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.body.errors)).toEqual(["active_only"]);
  });
});

describe("the v1 face under /api/v1", () => {
  it("answers in the v1 shape, with v1 authentication and limits", async () => {
    const ok = await call("/api/v1/meta/version?verbose=true", { headers: bearer() });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      success: true,
      data: { api_version: "v1", principal: { user_id: "usr_test" } },
    });
    expect(ok.headers.get("x-ratelimit-limit")).toBe("100000");
    // One counter with /v1: the caller's own, not the bridge's per-IP one.
    const remaining = async (path: string, headers: Record<string, string>) =>
      Number((await call(path, { headers })).headers.get("x-ratelimit-remaining"));
    const first = await remaining("/v1/meta/version", bearer());
    expect(await remaining("/api/v1/meta/version", bearer())).toBe(first - 1);
    await call("/api/meta/version", { headers: bridge });
    expect(await remaining("/v1/meta/version", bearer())).toBe(first - 2);

    // The bridge's token is no v1 credential, and errors keep the v1 shape.
    const bridgeToken = await call("/api/v1/meta/version", { headers: bridge });
    expect(bridgeToken.status).toBe(401);
    expect(bridgeToken.body).toMatchObject({ success: false, error: { code: "UNAUTHORIZED" } });

    const missing = await call("/api/v1/jobs/job_nope", { headers: bearer() });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe("JOB_NOT_FOUND");
    const html = await call("/api/v1/jobs/job_nope/article.html", { headers: bearer() });
    expect(html.status).toBe(404);
    expect(html.body.error.code).toBe("JOB_NOT_FOUND");

    const unknown = await call("/api/v1/nope", { headers: bearer() });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ success: false, error: { code: "NOT_FOUND" } });
    // Bridge paths are not under the alias.
    const bridgePath = await call("/api/v1/tasks/pending", { headers: bridge });
    expect(bridgePath.status).toBe(404);
    expect(bridgePath.body).toMatchObject({ success: false, error: { code: "NOT_FOUND" } });
  });

  it("is described once, in the document's servers and description", async () => {
    const { body } = await call("/openapi.json");
    expect(Object.keys(body.paths).filter((path) => path.startsWith("/api/v1"))).toEqual([]);
    expect(body.servers[0].description).toContain("/api/v1/");
    expect(body.info.description).toContain("/api/v1/");
  });
});

describe("rate-limit headers", () => {
  it("come with every authenticated v1 answer, errors included", async () => {
    const user = bearer();
    const admin = bearer(await accessTokenFor("admin"));
    const answers = {
      "200": await call("/v1/meta/version", { headers: user }),
      "400 (validation)": await call("/v1/meta/version?verbose=maybe", { headers: user }),
      "400 (body)": await call("/v1/jobs", {
        method: "POST",
        headers: { ...user, "content-type": "application/json" },
        body: JSON.stringify({ anchor_text: 42 }),
      }),
      "403": await call("/v1/users", {
        method: "POST",
        headers: { ...user, "content-type": "application/json" },
        body: JSON.stringify({ email: "x@example.com", password: "long enough password" }),
      }),
      "404": await call("/v1/jobs/job_nope", { headers: user }),
      "404 (html)": await call("/v1/jobs/job_nope/article.html", { headers: user }),
      "404 (events)": await call("/v1/jobs/job_nope/events", { headers: user }),
      "404 (task)": await call("/v1/campaigns/999999/tasks", {
        method: "POST",
        headers: { ...admin, "content-type": "application/json" },
        body: JSON.stringify({ tasks: [{ type: "x" }] }),
      }),
    };
    for (const [name, answer] of Object.entries(answers)) {
      expect(answer.status >= 400 || name === "200", name).toBe(true);
      expect(answer.headers.get("x-ratelimit-limit"), name).toBe("100000");
      expect(Number(answer.headers.get("x-ratelimit-remaining")), name).toBeGreaterThan(0);
      expect(Number(answer.headers.get("x-ratelimit-reset")), name).toBeGreaterThan(Date.now() / 1000);
    }
  });
});

describe("the document check", () => {
  it("refuses an undocumented status, a body off its schema, and a success of an undocumented route", async () => {
    const json = new Headers({ "content-type": "application/json" });
    const check = (method: string, path: string, status: number, body: unknown) =>
      checkAgainstDocument(platform.url, method, path, { status, headers: json, body });
    await expect(check("POST", "/api/tasks/1/lock", 418, { error: "teapot" })).rejects.toThrow(
      /not documented/,
    );
    await expect(check("GET", "/v1/jobs/x", 404, { error: "Not found" })).rejects.toThrow(/does not match/);
    await expect(
      check("GET", "/v1/jobs/x", 404, {
        success: false,
        error: { code: "ANCHOR_TOO_LONG", message: "m" },
        meta: { timestamp: new Date().toISOString(), request_id: "r", version: "v1" },
      }),
    ).rejects.toThrow(/does not match/);
    await expect(check("GET", "/v1/nowhere", 200, {})).rejects.toThrow(/undocumented/);
    await expect(check("GET", "/api/v1/jobs/x", 404, { error: "Not found" })).rejects.toThrow(
      /does not match/,
    );
  });
});
