import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import { FAKE_CAPTCHA_KEY, startFakeCaptchaService } from "./fakes/captcha-service";
import type { FakeServer } from "./fakes/http-fake";
import {
  FAKE_ANTHROPIC_KEY,
  FAKE_OPENAI_KEY,
  startFakeAnthropic,
  startFakeOpenAi,
} from "./fakes/llm-providers";
import { bridgeHeaders, client, seedTasks, startTestPlatform, uniqueType } from "./harness";

const fakes: FakeServer[] = [];
const platforms: Platform[] = [];
afterAll(async () => {
  await Promise.all(platforms.map((p) => p.close()));
  await Promise.all(fakes.map((f) => f.close()));
});

async function platformWith(env: Record<string, string>) {
  const platform = await startTestPlatform({ LLM_MAX_RETRIES: "0", LLM_TIMEOUT_MS: "5000", ...env });
  platforms.push(platform);
  return { platform, call: client(platform.url, bridgeHeaders) };
}
async function fake(started: Promise<FakeServer>) {
  const server = await started;
  fakes.push(server);
  return server;
}

describe("POST /api/llm/generate", () => {
  let openai: FakeServer;
  let anthropic: FakeServer;
  let platform: Platform;
  let call: ReturnType<typeof client>;

  beforeAll(async () => {
    openai = await fake(startFakeOpenAi({ reply: (prompt) => `Great article about ${prompt.slice(-3)}!` }));
    anthropic = await fake(startFakeAnthropic({ reply: () => "Claude says hi" }));
    ({ platform, call } = await platformWith({
      OPENAI_API_KEY: FAKE_OPENAI_KEY,
      OPENAI_BASE_URL: `${openai.url}/v1`,
      ANTHROPIC_API_KEY: FAKE_ANTHROPIC_KEY,
      ANTHROPIC_BASE_URL: anthropic.url,
      LLM_RELAY_MAX_TOKENS: "500",
      LLM_PRICES: JSON.stringify({ "gpt-3.5-turbo": { input: 1000, output: 2000 } }),
    }));
  });

  it("answers the seed's request through the OpenAI SDK and records tokens and cost", async () => {
    const { status, body } = await call("POST", "/api/llm/generate", {
      prompt: "Write a thoughtful comment for a blog post about SEO.",
      options: { max_tokens: 200, temperature: 0.7, model: "gpt-3.5-turbo" },
    });
    expect(status).toBe(200);
    expect(body).toEqual({ success: true, content: "Great article about EO.!" });
    const sent = openai.requests.at(-1);
    expect(sent?.body).toMatchObject({ model: "gpt-3.5-turbo", max_tokens: 200, temperature: 0.7 });
    expect(sent?.body.messages).toEqual([
      { role: "user", content: "Write a thoughtful comment for a blog post about SEO." },
    ]);

    const usage = await platform.database.db
      .selectFrom("llm_usage")
      .selectAll()
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    // 10 prompt words + 7 (the fake's framing) in, 4 words out, at 1000/2000 USD per million tokens.
    expect(usage).toMatchObject({
      source: "bridge",
      provider: "openai",
      model: "gpt-3.5-turbo",
      worker_id: "python-worker-01",
      input_tokens: 17,
      output_tokens: 4,
      cost: 0.025,
    });
  });

  it("routes claude-* models to Anthropic and uses the default model when none is given", async () => {
    const claude = await call("POST", "/api/llm/generate", {
      prompt: "Hello",
      options: { model: "claude-haiku-4-5" },
    });
    expect(claude.body).toEqual({ success: true, content: "Claude says hi" });
    // The default (1024) is capped at the configured limit (500).
    expect(anthropic.requests.at(-1)?.body).toMatchObject({ model: "claude-haiku-4-5", max_tokens: 500 });

    const plain = await call("POST", "/api/llm/generate", { prompt: "Hi" });
    expect(plain.status).toBe(200);
    expect(openai.requests.at(-1)?.body.model).toBe("gpt-4o-mini");
  });

  it("validates the request", async () => {
    const cases: [unknown, string][] = [
      [{}, "prompt"],
      [{ prompt: "" }, "prompt"],
      [{ prompt: "x", options: { max_tokens: 0 } }, "options.max_tokens"],
      [{ prompt: "x", options: { max_tokens: 501 } }, "options.max_tokens"],
      [{ prompt: "x", options: { max_tokens: "many" } }, "options.max_tokens"],
      [{ prompt: "x", options: { temperature: 3 } }, "options.temperature"],
      [{ prompt: "x", options: { model: "gpt 4; drop table" } }, "options.model"],
      [{ prompt: 42 }, "prompt"],
    ];
    for (const [body, field] of cases) {
      const answer = await call("POST", "/api/llm/generate", body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(answer.body.errors)).toContain(field);
    }
  });

  it("answers 500 with the provider's reason when the provider fails or is not configured", async () => {
    const broken = await fake(
      startFakeOpenAi({ failWith: { status: 503, message: "The engine is currently overloaded" } }),
    );
    const { call: failing } = await platformWith({
      OPENAI_API_KEY: FAKE_OPENAI_KEY,
      OPENAI_BASE_URL: `${broken.url}/v1`,
    });
    const failed = await failing("POST", "/api/llm/generate", { prompt: "x" });
    expect(failed.status).toBe(500);
    expect(failed.body.error).toMatch(/^LLM service error: 503 .*overloaded/);

    const wrongKey = await failing("POST", "/api/llm/generate", { prompt: "x" }, {});
    expect(wrongKey.status).toBe(500);

    const { call: unconfigured } = await platformWith({});
    const missing = await unconfigured("POST", "/api/llm/generate", {
      prompt: "x",
      options: { model: "claude-x" },
    });
    expect(missing.status).toBe(500);
    expect(missing.body).toEqual({
      error: "LLM service error: provider anthropic is not configured (set ANTHROPIC_API_KEY)",
    });
  });
});

describe("POST /api/captcha/solve", () => {
  it("solves through the 2Captcha protocol and books the cost against the campaign", async () => {
    const service = await fake(startFakeCaptchaService({ pollsUntilReady: 2 }));
    const { platform, call } = await platformWith({
      CAPTCHA_PROVIDER: "2captcha",
      CAPTCHA_API_KEY: FAKE_CAPTCHA_KEY,
      CAPTCHA_BASE_URL: service.url,
      CAPTCHA_POLL_INTERVAL_MS: "20",
    });
    const { campaignId } = await seedTasks(platform.url, [{ type: uniqueType() }]);
    const { status, body } = await call("POST", "/api/captcha/solve", {
      captcha_type: "recaptcha_v2",
      data: {
        site_key: "6Le-wvkSAAAAAPBMRTvw0Q4Muexq9bi0DJwx_mJ-",
        page_url: "https://example.com/register",
        campaign_id: campaignId,
        site_domain: "example.com",
      },
    });
    expect(status).toBe(200);
    expect(body).toEqual({
      success: true,
      solution: expect.stringMatching(/^03AGdBq24Pj-solution-for-\d+$/),
      task_id: expect.stringMatching(/^\d+$/),
      cost: 0.00299,
    });
    expect(service.requests[0]?.body.task).toEqual({
      type: "RecaptchaV2TaskProxyless",
      websiteURL: "https://example.com/register",
      websiteKey: "6Le-wvkSAAAAAPBMRTvw0Q4Muexq9bi0DJwx_mJ-",
    });
    const usage = await platform.database.db
      .selectFrom("captcha_usage")
      .selectAll()
      .where("campaign_id", "=", campaignId)
      .executeTakeFirstOrThrow();
    expect(usage).toMatchObject({
      site_domain: "example.com",
      captcha_type: "recaptcha_v2",
      provider: "2captcha",
      provider_task_id: body.task_id,
      cost: 0.00299,
      success: true,
    });
  });

  it("solves hCaptcha through the Anti-Captcha service", async () => {
    const service = await fake(startFakeCaptchaService({ pollsUntilReady: 1 }));
    const { call } = await platformWith({
      CAPTCHA_PROVIDER: "anticaptcha",
      CAPTCHA_API_KEY: FAKE_CAPTCHA_KEY,
      CAPTCHA_BASE_URL: service.url,
      CAPTCHA_POLL_INTERVAL_MS: "20",
    });
    const { status } = await call("POST", "/api/captcha/solve", {
      captcha_type: "hcaptcha",
      data: { site_key: "10000000-ffff-ffff-ffff-000000000001", page_url: "https://example.com/signup" },
    });
    expect(status).toBe(200);
    expect(service.requests[0]?.body.task.type).toBe("HCaptchaTaskProxyless");
  });

  it("refuses unsupported types and bad data with 400", async () => {
    const { call } = await platformWith({});
    const unsupported = await call("POST", "/api/captcha/solve", {
      captcha_type: "funcaptcha",
      data: { site_key: "k", page_url: "https://example.com" },
    });
    expect(unsupported.status).toBe(400);
    expect(unsupported.body.errors.captcha_type[0]).toMatch(/^Unsupported captcha type/);
    const badUrl = await call("POST", "/api/captcha/solve", {
      captcha_type: "hcaptcha",
      data: { site_key: "k", page_url: "file:///etc/passwd" },
    });
    expect(Object.keys(badUrl.body.errors)).toEqual(["data.page_url"]);
    const unknownCampaign = await call("POST", "/api/captcha/solve", {
      captcha_type: "hcaptcha",
      data: { site_key: "k", page_url: "https://example.com", campaign_id: 999999 },
    });
    expect(unknownCampaign.status).toBe(400);
  });

  it("answers 500 when no service is configured, the service refuses, or it times out", async () => {
    const request = {
      captcha_type: "recaptcha_v2",
      data: { site_key: "k", page_url: "https://example.com/r" },
    };
    const { call: none } = await platformWith({});
    const notConfigured = await none("POST", "/api/captcha/solve", request);
    expect(notConfigured.status).toBe(500);
    expect(notConfigured.body.error).toBe(
      "Captcha service is not configured (set CAPTCHA_PROVIDER and CAPTCHA_API_KEY)",
    );

    const broke = await fake(
      startFakeCaptchaService({
        error: { code: "ERROR_ZERO_BALANCE", description: "Account has zero balance" },
      }),
    );
    const { platform, call: poor } = await platformWith({
      CAPTCHA_PROVIDER: "2captcha",
      CAPTCHA_API_KEY: FAKE_CAPTCHA_KEY,
      CAPTCHA_BASE_URL: broke.url,
    });
    const refused = await poor("POST", "/api/captcha/solve", request);
    expect(refused.status).toBe(500);
    expect(refused.body.error).toBe("Captcha service error: Account has zero balance");
    const failedUsage = await platform.database.db
      .selectFrom("captcha_usage")
      .selectAll()
      .where("error", "=", "Account has zero balance")
      .execute();
    expect(failedUsage.length).toBeGreaterThanOrEqual(1);
    expect(failedUsage[0]?.success).toBe(false);

    const slow = await fake(startFakeCaptchaService({ neverReady: true }));
    const { call: waiting } = await platformWith({
      CAPTCHA_PROVIDER: "2captcha",
      CAPTCHA_API_KEY: FAKE_CAPTCHA_KEY,
      CAPTCHA_BASE_URL: slow.url,
      CAPTCHA_POLL_INTERVAL_MS: "20",
      CAPTCHA_TIMEOUT_MS: "1000",
    });
    const timedOut = await waiting("POST", "/api/captcha/solve", request);
    expect(timedOut.status).toBe(500);
    expect(timedOut.body.error).toBe("Captcha service error: timed out waiting for a solution");
  });
});
