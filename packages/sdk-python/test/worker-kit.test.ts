import { spawn, spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../../../apps/server/src/platform";
import { FAKE_CAPTCHA_KEY, startFakeCaptchaService } from "../../../apps/server/test/fakes/captcha-service";
import type { FakeServer } from "../../../apps/server/test/fakes/http-fake";
import { FAKE_OPENAI_KEY, startFakeOpenAi } from "../../../apps/server/test/fakes/llm-providers";
import { accessToken, client, startTestPlatform, TEST_BRIDGE_TOKEN } from "../../../apps/server/test/harness";

// Always Debian's interpreter: the first `python3` on PATH may be a build that cannot install httpx or pytest.
const python = "/usr/bin/python3";
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const ready = spawnSync(python, ["-c", "import httpx, pytest"], { stdio: "ignore" }).status === 0;
// CI installs python3-httpx and python3-pytest, so there a missing module is a failure, never a skip.
const runnable = ready || Boolean(process.env.CI);
const title = runnable
  ? "the Python worker kit (bacowr.worker) against the real bridge"
  : "the Python worker kit (skipped: /usr/bin/python3 lacks httpx or pytest; apt install python3-httpx python3-pytest)";

let platform: Platform;
let limited: Platform;
let openai: FakeServer;
let captcha: FakeServer;

describe.skipIf(!runnable)(title, () => {
  beforeAll(async () => {
    openai = await startFakeOpenAi({ reply: (prompt) => `relayed: ${prompt}` });
    captcha = await startFakeCaptchaService({ pollsUntilReady: 1 });
    [platform, limited] = await Promise.all([
      startTestPlatform(
        {
          // A failed task is retried at once, so the retry-rule test does not wait out the 30 s backoff.
          TASK_RETRY_BASE_SECONDS: "0",
          TASK_RETRY_MAX_SECONDS: "0",
          OPENAI_API_KEY: FAKE_OPENAI_KEY,
          OPENAI_BASE_URL: `${openai.url}/v1`,
          LLM_MAX_RETRIES: "0",
          CAPTCHA_PROVIDER: "2captcha",
          CAPTCHA_API_KEY: FAKE_CAPTCHA_KEY,
          CAPTCHA_BASE_URL: captcha.url,
          CAPTCHA_POLL_INTERVAL_MS: "20",
        },
        // Its own database: the workers must never meet another suite's tasks.
        { ownDatabase: true },
      ),
      // The bridge's real rate limits, small: 8 task calls per 1 s window.
      startTestPlatform(
        { BRIDGE_RATE_LIMIT_TASKS: "8", RATE_LIMIT_WINDOW_SECONDS: "1", TASK_RETRY_BASE_SECONDS: "0" },
        { ownDatabase: true },
      ),
    ]);
  });
  afterAll(async () => {
    await Promise.all([platform?.close(), limited?.close()]);
    await Promise.all([openai?.close(), captcha?.close()]);
  });

  it("passes (pytest -q packages/sdk-python/tests/test_worker*.py)", async () => {
    const adminToken = await accessToken("admin");
    // The shared conftest wants a customer account; the worker kit never logs in with it.
    const unique = Math.random().toString(36).slice(2, 10);
    const user = { email: `python-kit-${unique}@example.com`, password: `pw-${unique}-long-enough` };
    const created = await client(platform.url, { authorization: `Bearer ${adminToken}` })(
      "POST",
      "/v1/users",
      user,
    );
    expect(created.status, JSON.stringify(created.body)).toBe(201);

    const env = {
      ...process.env,
      BACOWR_TEST_BASE_URL: platform.url,
      BACOWR_TEST_LIMITED_BASE_URL: limited.url,
      BACOWR_TEST_BRIDGE_TOKEN: TEST_BRIDGE_TOKEN,
      BACOWR_TEST_ADMIN_TOKEN: adminToken,
      BACOWR_TEST_USER_EMAIL: user.email,
      BACOWR_TEST_USER_PASSWORD: user.password,
      BACOWR_TEST_WORKER_KIT: "1",
      PYTHONDONTWRITEBYTECODE: "1",
    };
    const files = readdirSync(`${packageDir}/tests`)
      .filter((name) => /^test_worker.*\.py$/.test(name))
      .map((name) => `tests/${name}`);
    // spawn, not spawnSync: the servers answering pytest run in this very process.
    const run = spawn(python, ["-m", "pytest", "-q", "-p", "no:cacheprovider", ...files], {
      cwd: packageDir,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    run.stdout.on("data", (d) => {
      output += d;
    });
    run.stderr.on("data", (d) => {
      output += d;
    });
    const code = await new Promise<number | null>((resolve) => run.on("exit", resolve));
    if (code !== 0) console.error(output);
    expect(code, output.slice(-4000)).toBe(0);
    // Skips would prove nothing here: this server is the one these tests need.
    expect(output).not.toMatch(/skipped/);
    expect(output).toMatch(/\d+ passed/);
  }, 180_000);
});
