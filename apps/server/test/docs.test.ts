import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import { startTestPlatform } from "./harness";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// CI installs Debian's chromium; elsewhere the browser test runs when it is there.
const haveBrowser = existsSync(CHROMIUM) || Boolean(process.env.CI);

let platform: Platform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.close());

describe("GET /docs", () => {
  it("serves the reference page and its assets from this server", async () => {
    const page = await fetch(`${platform.url}/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of [
      "/docs/assets/swagger-ui-bundle.js",
      "/docs/assets/swagger-ui.css",
      "/docs/init.js",
    ]) {
      const response = await fetch(`${platform.url}${asset}`);
      expect(response.status, asset).toBe(200);
      await response.arrayBuffer();
    }
    expect((await fetch(`${platform.url}/docs/assets/package.json`)).status).toBe(404);
    expect((await fetch(`${platform.url}/docs/assets/../../package.json`)).status).toBe(404);
  });

  it.skipIf(!haveBrowser)("renders the jobs and tasks endpoints in a real browser", async () => {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox"],
    });
    try {
      const tab = await browser.newPage();
      const requested: string[] = [];
      tab.on("request", (request) => requested.push(request.url()));
      const errors: string[] = [];
      tab.on("pageerror", (error) => errors.push(error.message));
      await tab.goto(`${platform.url}/docs`);
      await tab.waitForSelector('[data-path="/v1/jobs"]', { timeout: 30_000 });
      for (const path of ["/v1/jobs", "/v1/jobs/{job_id}", "/api/tasks/pending", "/api/tasks/{id}/lock"]) {
        expect(await tab.locator(`[data-path="${path}"]`).count(), path).toBeGreaterThan(0);
      }
      expect(await tab.title()).toBe("BACOWR API reference");
      expect(errors).toEqual([]);
      // Nothing came from a CDN.
      expect(requested.filter((url) => !url.startsWith(platform.url) && !url.startsWith("data:"))).toEqual(
        [],
      );
    } finally {
      await browser.close();
    }
  });
});
