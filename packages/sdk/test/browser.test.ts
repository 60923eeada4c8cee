import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { newWebhookSecret, signWebhook } from "@bacowr/core";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalWorld } from "../../../apps/server/demo/local-world";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// CI installs Debian's chromium; elsewhere the test runs when it is there.
const haveBrowser = existsSync(CHROMIUM) || Boolean(process.env.CI);

let world: Awaited<ReturnType<typeof startLocalWorld>>;
beforeAll(async () => {
  world = await startLocalWorld({ writer: "clean", llmDelayMs: 20, env: { DATABASE_URL: "" } });
});
afterAll(() => world?.close());

describe("the SDK in a browser", () => {
  it.skipIf(!haveBrowser)("creates a job and follows its event stream to DELIVER", async () => {
    // The same source the package ships, bundled for the browser as the build does.
    const bundle = await build({
      entryPoints: [fileURLToPath(new URL("../src/index.ts", import.meta.url))],
      bundle: true,
      format: "esm",
      platform: "browser",
      write: false,
    });
    const code = bundle.outputFiles[0]?.text ?? "";
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox"],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`${world.platform.url}/healthz`);
      await page.addScriptTag({
        type: "module",
        content: `${code.replace(/^export \{[^}]*\};?\s*$/m, "")}\nwindow.BacowrClient = BacowrClient;`,
      });
      await page.waitForFunction(() => "BacowrClient" in window);
      const result = await page.evaluate(
        async ({ token, order }) => {
          type Client = new (
            options: object,
          ) => {
            jobs: {
              create(params: object): Promise<{
                waitForCompletion(o: object): Promise<{ status: string; article?: { wordCount: number } }>;
              }>;
            };
          };
          const Ctor = (window as unknown as { BacowrClient: Client }).BacowrClient;
          const client = new Ctor({ baseUrl: location.origin, token });
          const job = await client.jobs.create(order);
          const statuses: string[] = [];
          const done = await job.waitForCompletion({
            timeout: 30_000,
            onProgress: (p: { status: string }) => statuses.push(p.status),
          });
          return { status: done.status, words: done.article?.wordCount ?? 0, statuses };
        },
        {
          token: world.token,
          order: world.order("browser built tools"),
        },
      );
      expect(result.status).toBe("DELIVER");
      expect(result.words).toBeGreaterThan(900);
      expect(result.statuses).toContain("WRITE");
    } finally {
      await browser.close();
    }
  });

  it.skipIf(!haveBrowser)("verifies a signed webhook with WebCrypto, no Node modules", async () => {
    const bundle = await build({
      entryPoints: [fileURLToPath(new URL("../src/index.ts", import.meta.url))],
      bundle: true,
      format: "esm",
      platform: "browser",
      write: false,
    });
    const code = bundle.outputFiles[0]?.text ?? "";
    const secret = newWebhookSecret();
    const signed = signWebhook(
      {
        eventId: "evt_browser",
        event: "ping",
        occurredAt: new Date(),
        data: { webhook_id: "wh_1", message: "hi" },
      },
      { current: secret },
      new Date(),
      "whd_browser",
    );
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox"],
    });
    try {
      const page = await browser.newPage();
      await page.goto(`${world.platform.url}/healthz`);
      await page.addScriptTag({
        type: "module",
        content: `${code.replace(/^export \{[^}]*\};?\s*$/m, "")}\nwindow.verifyWebhook = verifyWebhook;`,
      });
      await page.waitForFunction(() => "verifyWebhook" in window);
      const outcomes = await page.evaluate(
        async ({ body, headers, secret }) => {
          type Verify = (
            b: string,
            h: Record<string, string>,
            s: string,
            o?: { allowSeedSignature?: boolean },
          ) => Promise<{ event: string }>;
          const verify = (window as unknown as { verifyWebhook: Verify }).verifyWebhook;
          const attempt = (b: string, h: Record<string, string>, allowSeedSignature?: boolean) =>
            verify(b, h, secret, { allowSeedSignature }).then(
              (payload) => payload.event,
              (error: { reason?: string }) => error.reason ?? "threw",
            );
          const { "webhook-id": _, "webhook-timestamp": __, "webhook-signature": ___, ...seed } = headers;
          return [
            await attempt(body, headers),
            await attempt(body, seed),
            await attempt(body, seed, true),
            await attempt(body.replace("hi", "ho"), headers),
          ];
        },
        { body: signed.body, headers: signed.headers, secret },
      );
      expect(outcomes).toEqual(["ping", "missing_headers", "ping", "signature_mismatch"]);
    } finally {
      await browser.close();
    }
  });
});
