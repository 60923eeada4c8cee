import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import { accessToken, bridgeHeaders, client, seedTasks, startTestPlatform, uniqueType } from "./harness";

// Integers are integers: a body takes a JSON integer only; a path or query parameter decimal digits only.
let platform: Platform;
let bridge: ReturnType<typeof client>;
let admin: ReturnType<typeof client>;
let campaignId: number;
let taskId: number;

beforeAll(async () => {
  platform = await startTestPlatform();
  bridge = client(platform.url, bridgeHeaders);
  admin = client(platform.url, { authorization: `Bearer ${await accessToken("admin")}` });
  const seeded = await seedTasks(platform.url, [{ type: uniqueType() }]);
  campaignId = seeded.campaignId;
  taskId = seeded.taskIds[0] as number;
});
afterAll(() => platform?.close());

const notIntegers = [true, [1], "0x1", "1", 1.5, { n: 1 }];

describe("the bridge face", () => {
  it.each(notIntegers)("refuses campaign_id %j in a body, creating nothing", async (campaign_id) => {
    const answer = await bridge("POST", "/api/backlinks", {
      campaign_id,
      url: "https://example.com/x",
      type: "comment",
    });
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.errors)).toEqual(["campaign_id"]);
  });

  it("refuses a non-integer max_tokens and temperature in a body", async () => {
    const answer = await bridge("POST", "/api/llm/generate", {
      prompt: "hi",
      options: { max_tokens: "10", temperature: "0.5" },
    });
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.errors).sort()).toEqual(["options.max_tokens", "options.temperature"]);
  });

  it.each(["0x1", "1e0", "%201", "+1", "-1", "1.0", "0", "99999999999999999999"])(
    "refuses the path id %s",
    async (id) => {
      const answer = await bridge("POST", `/api/tasks/${id}/unlock`);
      expect(answer.status).toBe(400);
      expect(answer.body.error).toEqual(expect.any(String));
    },
  );

  it("takes a decimal path id and a decimal query limit", async () => {
    expect((await bridge("POST", `/api/tasks/${taskId}/unlock`)).status).toBe(200);
    expect((await bridge("GET", "/api/tasks/pending?limit=5")).status).toBe(200);
    for (const limit of ["0x5", "5e0", " 5", "true"]) {
      const answer = await bridge("GET", `/api/tasks/pending?limit=${encodeURIComponent(limit)}`);
      expect(answer.status, limit).toBe(400);
    }
  });
});

describe("the v1 face", () => {
  it.each([
    [{ max_retries: "3" }, "tasks[0].max_retries"],
    [{ max_retries: true }, "tasks[0].max_retries"],
  ])("refuses %j in a body", async (change, field) => {
    const answer = await admin("POST", `/v1/campaigns/${campaignId}/tasks`, {
      tasks: [{ type: uniqueType(), ...change }],
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe("VALIDATION_ERROR");
    expect(answer.body.error.field).toBe(field);
  });

  it("refuses a proxy whose port is a string or whose is_active is the string false", async () => {
    const proxy = { host: "proxy.example.com", port: 8080, type: "http" };
    for (const change of [{ port: "8080" }, { is_active: "false" }]) {
      const answer = await admin("POST", "/v1/proxies", { proxies: [{ ...proxy, ...change }] });
      expect(answer.status, JSON.stringify(change)).toBe(400);
    }
  });

  it('refuses "false" as a boolean: it would have disabled the user', async () => {
    for (const disabled of ["false", 0, "0"]) {
      const answer = await admin("PATCH", "/v1/users/usr_user", { disabled });
      expect(answer.status, JSON.stringify(disabled)).toBe(400);
      expect(answer.body.error.field).toBe("disabled");
    }
    const user = await admin("PATCH", "/v1/users/usr_user", { disabled: false });
    expect(user.status).toBe(200);
    expect(user.body.data.disabled_at).toBeNull();
  });

  it("takes query integers in decimal digits only", async () => {
    expect((await admin("GET", `/v1/tasks?campaign_id=${campaignId}&limit=5`)).status).toBe(200);
    for (const query of ["campaign_id=0x1", "limit=0x10", "offset=1e3", "limit=%205", "campaign_id=true"]) {
      const answer = await admin("GET", `/v1/tasks?${query}`);
      expect(answer.status, query).toBe(400);
      expect(answer.body.error.code, query).toBe("VALIDATION_ERROR");
    }
  });
});
