import { MAX_JSON_DEPTH } from "@bacowr/api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import {
  accessToken,
  bridgeHeaders,
  type CallResult,
  client,
  seedTasks,
  startTestPlatform,
  uniqueType,
} from "./harness";

// Inputs PostgreSQL would refuse (NUL, unpaired surrogates) and bodies nested thousands deep are a 400 in
// the face's shape, before any database call.
let platform: Platform;
let bridge: ReturnType<typeof client>;
let admin: ReturnType<typeof client>;
let customer: ReturnType<typeof client>;
let campaignId: number;
let taskId: number;

beforeAll(async () => {
  platform = await startTestPlatform();
  bridge = client(platform.url, bridgeHeaders);
  admin = client(platform.url, { authorization: `Bearer ${await accessToken("admin")}` });
  customer = client(platform.url, { authorization: `Bearer ${await accessToken("user")}` });
  const seeded = await seedTasks(platform.url, [{ type: uniqueType() }]);
  campaignId = seeded.campaignId;
  taskId = seeded.taskIds[0] as number;
});
afterAll(() => platform?.close());

const nested = (levels: number) => `${"[".repeat(levels)}${"]".repeat(levels)}`;
// Raw JSON text, so the escapes reach the server as a client could send them.
const loneSurrogate = '"\\ud800"';
const nul = '"a\\u0000b"';

function expectV1Error(answer: CallResult, field?: string) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(400);
  expect(answer.body.success).toBe(false);
  expect(answer.body.error.code).toBe("VALIDATION_ERROR");
  if (field) expect(answer.body.error.field).toBe(field);
}

function expectBridgeError(answer: CallResult) {
  expect(answer.status, JSON.stringify(answer.body)).toBe(400);
  expect(answer.body.error).toEqual(expect.any(String));
  expect(answer.body.success).toBeUndefined();
}

describe("the v1 face", () => {
  it("refuses NUL and unpaired surrogates in body strings and JSON values", async () => {
    expectV1Error(await admin("POST", "/v1/campaigns", `{"name":${nul}}`), "name");
    expectV1Error(
      await admin("POST", "/v1/campaigns", `{"name":"ok","settings":{"k":${loneSurrogate}}}`),
      "settings.k",
    );
    expectV1Error(await admin("POST", "/v1/campaigns", '{"name":"ok","settings":{"\\udfff":1}}'), "settings");
    const job = {
      publisher_domain: "aftonbladet.se",
      target_url: "https://example.com/",
      anchor_text: "best tools",
    };
    const withInstructions = JSON.stringify({ ...job, options: { custom_instructions: "X" } }).replace(
      '"X"',
      loneSurrogate,
    );
    expectV1Error(await customer("POST", "/v1/jobs", withInstructions), "options.custom_instructions");
    expectV1Error(await admin("POST", "/v1/auth/login", `{"email":"a@b.se","password":${nul}}`), "password");
  });

  it("refuses NUL in query filters and path parameters", async () => {
    expectV1Error(await customer("GET", "/v1/jobs?publisher_domain=a%00b"), "publisher_domain");
    expectV1Error(await customer("GET", "/v1/jobs/a%00b/article.html"));
    expectV1Error(await customer("GET", "/v1/jobs/a%00b"));
  });

  it(`refuses bodies nested deeper than ${MAX_JSON_DEPTH} levels on every endpoint, login included`, async () => {
    const anonymous = client(platform.url);
    for (const levels of [MAX_JSON_DEPTH + 1, 5_000, 100_000]) {
      const body = `{"name":"x","settings":{"k":${nested(levels)}}}`;
      expectV1Error(await admin("POST", "/v1/campaigns", body), "body");
      expectV1Error(await anonymous("POST", "/v1/auth/login", `{"email":${nested(levels)}}`), "body");
      expectV1Error(await customer("POST", "/v1/jobs", `{"options":${nested(levels)}}`), "body");
    }
    // Brackets inside strings are text, not nesting.
    const deepText = `{"name":"[[[{{{ \\" [[[","settings":{"k":${nested(MAX_JSON_DEPTH - 2)}}}`;
    expect((await admin("POST", "/v1/campaigns", deepText)).status).toBe(201);
  });
});

describe("the bridge face", () => {
  it("refuses NUL and unpaired surrogates in a task's status result and records", async () => {
    expectBridgeError(
      await bridge(
        "PUT",
        `/api/tasks/${taskId}/status`,
        `{"status":"completed","result":{"k":${loneSurrogate}}}`,
      ),
    );
    expectBridgeError(
      await bridge(
        "POST",
        "/api/backlinks",
        `{"campaign_id":${campaignId},"url":"https://example.com/x","type":${nul}}`,
      ),
    );
    expectBridgeError(await bridge("GET", "/api/tasks/pending?type=a%00b"));
  });

  it("refuses a task payload holding an unpaired surrogate when it is queued", async () => {
    const body = `{"tasks":[{"type":"${uniqueType()}","payload":{"k":${loneSurrogate}}}]}`;
    expectV1Error(await admin("POST", `/v1/campaigns/${campaignId}/tasks`, body), "tasks[0].payload.k");
  });

  it("refuses deeply nested bodies", async () => {
    for (const levels of [MAX_JSON_DEPTH + 1, 5_000]) {
      expectBridgeError(
        await bridge(
          "PUT",
          `/api/tasks/${taskId}/status`,
          `{"status":"completed","result":${nested(levels)}}`,
        ),
      );
      expectBridgeError(
        await bridge("POST", "/api/llm/generate", `{"prompt":"x","options":${nested(levels)}}`),
      );
    }
  });
});

describe("/trpc", () => {
  const trpc = async (method: string, path: string, headers: Record<string, string>, body?: string) => {
    const answer = await fetch(`${platform.url}/trpc/${path}`, {
      method,
      headers: body === undefined ? headers : { ...headers, "content-type": "application/json" },
      body,
    });
    return { status: answer.status, text: await answer.text() };
  };

  it("refuses the same inputs in every procedure, before any database call", async () => {
    const auth = { authorization: `Bearer ${await accessToken("admin")}` };
    for (const body of [`{"name":${nul}}`, `{"name":"x","settings":{"k":${loneSurrogate}}}`]) {
      const answer = await trpc("POST", "v1.operator.createCampaign", auth, body);
      expect(answer.status, answer.text).toBe(400);
    }
    const deep = await trpc(
      "POST",
      "v1.operator.createCampaign",
      auth,
      `{"name":"x","settings":${nested(5_000)}}`,
    );
    expect(deep.status, deep.text.slice(0, 200)).toBe(400);
    const query = encodeURIComponent(`{"type":${nul}}`);
    const pending = await trpc("GET", `bridge.tasks.pending?input=${query}`, bridgeHeaders);
    expect(pending.status, pending.text).toBe(400);
    const result = `{"id":${taskId},"status":"completed","result":{"k":${loneSurrogate}}}`;
    expect((await trpc("POST", "bridge.tasks.status", bridgeHeaders, result)).status).toBe(400);
  });
});
