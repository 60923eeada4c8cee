import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalWorld } from "../../server/demo/local-world";
import { runCli } from "./run-cli";

const bin = fileURLToPath(new URL("../bin/bacowr.js", import.meta.url));
let world: Awaited<ReturnType<typeof startLocalWorld>>;
let html = "";
const publisher = createServer((_req, res) => {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
});
let publisherUrl = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => publisher.listen(0, "127.0.0.1", resolve));
  publisherUrl = `http://127.0.0.1:${(publisher.address() as AddressInfo).port}`;
  world = await startLocalWorld({
    writer: "clean",
    llmDelayMs: 10,
    env: { DATABASE_URL: "", WORKER_POLL_INTERVAL_MS: "100" },
  });
}, 60_000);
afterAll(async () => {
  await world?.close();
  await new Promise((resolve) => publisher.close(resolve));
});

const bacowr = (args: string[], env: Record<string, string> = {}) =>
  runCli(bin, args, { BACOWR_TOKEN: world.token, BACOWR_BASE_URL: world.platform.url, ...env });

describe("bacowr jobs place, links and jobs export-wordpress", () => {
  it("places a delivered job's article and follows its link", async () => {
    const order = world.order("cli placed project tools");
    const created = await bacowr([
      "jobs",
      "create",
      "--publisher",
      order.publisherDomain,
      "--target",
      order.targetUrl,
      "--anchor",
      order.anchorText,
      "--wait",
      "--json",
    ]);
    expect(created.code, created.stderr).toBe(0);
    const jobId = JSON.parse(created.stdout).job_id as string;
    html = `<html><body><main><p>See <a href="${order.targetUrl}">${order.anchorText}</a>.</p></main></body></html>`;

    const placed = await bacowr(["jobs", "place", jobId, `${publisherUrl}/post`, "--json"]);
    expect(placed.code, placed.stderr).toBe(0);
    const linkId = JSON.parse(placed.stdout).link_id as string;

    let listed = "";
    for (const deadline = Date.now() + 15_000; Date.now() < deadline; ) {
      listed = (await bacowr(["links", "list", "--job", jobId])).stdout;
      if (listed.includes("verified")) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(listed).toContain(linkId);
    expect(listed).toMatch(/verified\s+placement/);
    const shown = await bacowr(["links", "get", linkId]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(new RegExp(`^Link: +${linkId}  verified  placement$`, "m"));
    expect(shown.stdout).toContain(`anchor "${order.anchorText}"`);
    expect(shown.stdout).toMatch(/^History: +\S+ +verified +HTTP 200$/m);
    const job = await bacowr(["jobs", "get", jobId]);
    expect(job.stdout).toMatch(new RegExp(`^Link: +verified +\\(bacowr links list --job ${jobId}\\)$`, "m"));
    const asked = await bacowr(["links", "check", linkId]);
    expect(asked.stdout).toContain("a check is due now");
    const missing = await bacowr(["links", "get", "lnk_nope"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("LINK_NOT_FOUND");
  }, 90_000);

  it("exports with the application password from the environment only, and says what the server refused", async () => {
    const order = world.order("cli exported project tools");
    const created = await bacowr([
      "jobs",
      "create",
      "--publisher",
      order.publisherDomain,
      "--target",
      order.targetUrl,
      "--anchor",
      order.anchorText,
      "--wait",
      "--json",
    ]);
    const jobId = JSON.parse(created.stdout).job_id as string;
    const args = [
      "jobs",
      "export-wordpress",
      jobId,
      "--url",
      publisherUrl,
      "--username",
      "editor",
      "--status",
      "draft",
      "--tag",
      "SEO",
    ];
    const noPassword = await bacowr(args);
    expect(noPassword.code).toBe(64);
    expect(noPassword.stderr).toContain("BACOWR_WP_APP_PASSWORD");
    const refused = await bacowr([...args, "--password-env", "MY_WP"], { MY_WP: "abcd efgh ijkl mnop" });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("CMS_UNREACHABLE");
    expect(refused.stderr).not.toContain("abcd efgh");
    // The first spelling, --site and --post-status, still works; --url is never taken for the server here.
    const site = ["--site", publisherUrl, "--username", "editor", "--post-status", "publish"];
    const old = await bacowr(["jobs", "export-wordpress", jobId, ...site], { BACOWR_WP_APP_PASSWORD: "x" });
    expect(old.stderr).toContain("CMS_UNREACHABLE");
    const both = await bacowr([...args, "--connection", "cms_1"], { BACOWR_WP_APP_PASSWORD: "x" });
    expect(both.code).toBe(64);
    expect(both.stderr).toContain("--connection or --url");
    const unknown = await bacowr(["jobs", "export-wordpress", jobId, "--connection", "cms_nope"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("CONNECTION_NOT_FOUND");
  }, 90_000);
});
