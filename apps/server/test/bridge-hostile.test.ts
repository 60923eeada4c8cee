import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import type { FakeServer } from "./fakes/http-fake";
import { FAKE_OPENAI_KEY, startFakeOpenAi } from "./fakes/llm-providers";
import { bridgeHeaders, client, seedTasks, startTestPlatform, uniqueType } from "./harness";

let platform: Platform;
let call: ReturnType<typeof client>;
let campaignId: number;
let taskId: number;
let openai: FakeServer;

beforeAll(async () => {
  // A working LLM provider, so the relay's only 500 (provider failure) cannot hide a crash.
  openai = await startFakeOpenAi();
  platform = await startTestPlatform({
    OPENAI_API_KEY: FAKE_OPENAI_KEY,
    OPENAI_BASE_URL: `${openai.url}/v1`,
  });
  call = client(platform.url, bridgeHeaders);
  const seeded = await seedTasks(platform.url, [{ type: uniqueType() }]);
  campaignId = seeded.campaignId;
  taskId = seeded.taskIds[0] as number;
});
afterAll(async () => {
  await platform?.close();
  await openai?.close();
});

const writeEndpoints = (): [string, string][] => [
  ["POST", `/api/tasks/${taskId}/lock`],
  ["POST", `/api/tasks/${taskId}/unlock`],
  ["PUT", `/api/tasks/${taskId}/status`],
  ["POST", "/api/backlinks"],
  ["PUT", "/api/backlinks/1"],
  ["POST", "/api/site-accounts"],
  ["PUT", "/api/site-accounts/1"],
  ["POST", "/api/proxies/1/report"],
  ["POST", "/api/llm/generate"],
  ["POST", "/api/captcha/solve"],
];

let nested: unknown = "deep";
for (let i = 0; i < 2000; i++) nested = { a: nested };

const hostileBodies: [string, string | unknown][] = [
  ["malformed JSON", "{not json"],
  ["a truncated document", '{"status": "succ'],
  ["a JSON array", "[1,2,3]"],
  ["a JSON string", '"hello"'],
  ["JSON null", "null"],
  [
    "wrong types everywhere",
    { campaign_id: { $gt: 0 }, url: 42, status: ["success"], prompt: false, captcha_type: 1 },
  ],
  ["prototype pollution", '{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}}}'],
  ["deep nesting", nested],
  ["a 2 MB body", { prompt: "x".repeat(2 * 1024 * 1024) }],
  [
    "control characters and invalid surrogates",
    '{"prompt": "\\u0000\\ud800", "url": "https://exa\\u0000mple.com"}',
  ],
];

describe("hostile input on every bridge endpoint", () => {
  it.each(hostileBodies)("answers %s without a 500, errors in the bridge shape", async (name, body) => {
    // Bodies that are not one JSON object, or are too large, are refused everywhere. Objects are judged by
    // each endpoint: unknown fields are ignored (as the original backend did), so a body of only unknown
    // fields can be a valid no-op, e.g. an update of a record that exists on a shared database.
    const notAnObject = ["a JSON array", "a JSON string", "JSON null"].includes(name);
    const unreadable =
      notAnObject || ["malformed JSON", "a truncated document", "a 2 MB body"].includes(name);
    for (const [method, path] of writeEndpoints()) {
      const answer = await call(method, path, body);
      const where = `${method} ${path}`;
      expect(answer.status, where).toBeLessThan(500);
      if (unreadable) expect(answer.status, where).toBeGreaterThanOrEqual(400);
      if (answer.status >= 400) {
        expect(typeof answer.body.error, where).toBe("string");
        expect(answer.body.success, where).toBeUndefined();
      }
      if (notAnObject) expect(answer.body.error, where).toBe("Request body must be a JSON object");
    }
  });

  it("refuses mistyped fields wherever the endpoint has them", async () => {
    const mistyped = {
      campaign_id: { $gt: 0 },
      url: 42,
      status: ["success"],
      prompt: false,
      captcha_type: 1,
    };
    for (const [method, path] of writeEndpoints()) {
      if (path.endsWith("/lock") || path.endsWith("/unlock") || path.endsWith("/report")) continue;
      const answer = await call(method, path, mistyped);
      expect(answer.status, `${method} ${path}`).toBe(400);
      expect(Object.keys(answer.body.errors).length, `${method} ${path}`).toBeGreaterThan(0);
    }
  });

  it("answers hostile query strings on the GET endpoints with 4xx or a normal answer", async () => {
    const queries = [
      "?limit=1e308",
      "?limit=-0",
      "?limit[]=1&limit[]=2",
      "?type=%00",
      `?type=${"a".repeat(5000)}`,
      "?country=%F0%9F%92%A9",
      "?active_only=true&active_only=false",
      "?__proto__[x]=1",
    ];
    for (const path of ["/api/tasks/pending", "/api/proxies"]) {
      for (const query of queries) {
        const answer = await call("GET", `${path}${query}`);
        expect(answer.status, `${path}${query}`).toBeLessThan(500);
      }
    }
  });

  it("refuses ids that are not ids", async () => {
    for (const id of ["0", "-1", "1.5", "abc", "9999999999999", "1%20OR%201=1"]) {
      const answer = await call("POST", `/api/tasks/${id}/lock`, {});
      expect(answer.status, id).toBe(400);
    }
  });
});

describe("URLs pointing at private addresses", () => {
  const privateUrls = [
    "http://127.0.0.1/admin",
    "http://localhost:8000/api",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]/",
    "http://10.0.0.5/",
    "http://192.168.1.1/",
    "http://[::ffff:127.0.0.1]/",
    "http://metadata.google.internal/",
    "http://0.0.0.0/",
    // IPv6 forms that embed a private IPv4 address (IPv4-compatible, NAT64, 6to4, Teredo).
    "http://[::127.0.0.1]/",
    "http://[64:ff9b::169.254.169.254]/",
    "http://[2002:a00:5::1]/",
    "http://[2001:0:7f00:1::1]/",
  ];

  it("are refused for backlinks, verification links and captcha pages", async () => {
    for (const url of privateUrls) {
      const backlink = await call("POST", "/api/backlinks", {
        campaign_id: campaignId,
        url,
        type: "comment",
      });
      expect(backlink.status, url).toBe(400);
      expect(Object.keys(backlink.body.errors), url).toEqual(["url"]);

      const account = await call("POST", "/api/site-accounts", {
        campaign_id: campaignId,
        site_domain: "example.com",
        verification_link: url,
      });
      expect(Object.keys(account.body.errors ?? {}), url).toEqual(["verification_link"]);

      const captcha = await call("POST", "/api/captcha/solve", {
        captcha_type: "recaptcha_v2",
        data: { site_key: "k", page_url: url },
      });
      expect(Object.keys(captcha.body.errors ?? {}), url).toEqual(["data.page_url"]);
    }
  });

  it("lists a malformed URL as a field error beside every other failing field", async () => {
    for (const url of ["not a url", "http://", "https://exa mple.com/", "//example.com/x", "http://[::1"]) {
      const backlink = await call("POST", "/api/backlinks", {
        campaign_id: campaignId,
        url,
        type: "bad type!",
        status: "sleeping",
      });
      expect(backlink.status, url).toBe(400);
      expect(backlink.body.error, url).toEqual(expect.any(String));
      expect(Object.keys(backlink.body.errors).sort(), url).toEqual(["status", "type", "url"]);

      const account = await call("POST", "/api/site-accounts", {
        campaign_id: campaignId,
        site_domain: "not a domain",
        verification_link: url,
      });
      expect(account.status, url).toBe(400);
      expect(Object.keys(account.body.errors).sort(), url).toEqual(["site_domain", "verification_link"]);

      const captcha = await call("POST", "/api/captcha/solve", {
        captcha_type: "recaptcha_v2",
        data: { site_key: "", page_url: url },
      });
      expect(captcha.status, url).toBe(400);
      expect(Object.keys(captcha.body.errors).sort(), url).toEqual(["data.page_url", "data.site_key"]);
    }
  });

  it("refuses IP addresses and private names as site domains", async () => {
    for (const site_domain of ["127.0.0.1", "10.0.0.1", "printer.local", "localhost", "intranet"]) {
      const answer = await call("POST", "/api/site-accounts", { campaign_id: campaignId, site_domain });
      expect(answer.status, site_domain).toBe(400);
      expect(Object.keys(answer.body.errors), site_domain).toEqual(["site_domain"]);
    }
  });
});
