import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLocalWorld } from "../../server/demo/local-world";
import { runCli } from "./run-cli";

const bin = fileURLToPath(new URL("../bin/bacowr.js", import.meta.url));
let world: Awaited<ReturnType<typeof startLocalWorld>>;

/** A webhook receiver on 127.0.0.1 that records the paths it was sent to; paths in `failing` answer 500. */
const receiver = {
  failing: new Set<string>(),
  paths: [] as string[],
  port: 0,
  server: createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      receiver.paths.push(req.url ?? "/");
      res.writeHead(receiver.failing.has(req.url ?? "/") ? 500 : 200).end();
    });
  }),
  url: (path: string) => `http://127.0.0.1:${receiver.port}${path}`,
};

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.server.listen(0, "127.0.0.1", resolve));
  receiver.port = (receiver.server.address() as AddressInfo).port;
  world = await startLocalWorld({
    writer: "clean",
    llmDelayMs: 20,
    // Fast retries and two attempts: a failing receiver's deliveries are dead within a second.
    env: {
      DATABASE_URL: "",
      WEBHOOK_RETRY_BASE_SECONDS: "0.1",
      WEBHOOK_RETRY_MAX_SECONDS: "1",
      WEBHOOK_MAX_ATTEMPTS: "2",
      WEBHOOK_POLL_INTERVAL_MS: "100",
    },
  });
});
afterAll(async () => {
  await world?.close();
  await new Promise((resolve) => receiver.server.close(resolve));
});

/** bacowr with the administrator's token, as a script would run it. */
function bacowr(args: string[]) {
  return runCli(bin, args, { BACOWR_TOKEN: world.token, BACOWR_BASE_URL: world.platform.url });
}

async function ok(args: string[]) {
  const run = await bacowr(args);
  expect(run.code, `${args.join(" ")}\n${run.stderr}`).toBe(0);
  return run;
}

/** Runs `bacowr webhooks deliveries ID --json …` until `done` says its answer is the one awaited. */
async function deliveriesUntil(
  webhookId: string,
  flags: string[],
  done: (deliveries: { delivery_id: string; status: string }[]) => boolean,
) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const run = await ok(["webhooks", "deliveries", webhookId, ...flags, "--json"]);
    const { deliveries } = JSON.parse(run.stdout) as {
      deliveries: { delivery_id: string; status: string }[];
    };
    if (done(deliveries)) return deliveries;
    if (Date.now() > deadline) throw new Error(`deliveries never settled: ${run.stdout}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("bacowr webhooks", () => {
  it("says how to use it and refuses incomplete commands before calling the server", async () => {
    const help = await bacowr(["--help"]);
    expect(help.stdout).toContain("webhooks create URL --events E1,E2 [--description TEXT]");
    expect(help.stdout).toContain(
      "webhooks update ID [--url URL] [--events E1,E2] [--description TEXT] [--active true|false]",
    );
    expect(help.stdout).toContain("webhooks replay ID --since ISO-TIME [--status dead|delivered]");
    expect(help.stdout).toContain("webhooks replay-delivery DELIVERY_ID");
    const refusals: [string[], string][] = [
      [["webhooks", "create"], "URL (webhooks create URL --events E1,E2) is required"],
      [["webhooks", "create", "https://example.com/h"], "--events is required"],
      [["webhooks", "create", "https://example.com/h", "--events", " , "], "--events needs at least one"],
      [["webhooks", "update", "wh_x"], "webhooks update needs --url, --events, --description or --active"],
      [["webhooks", "update", "wh_x", "--active", "yes"], "--active must be true or false"],
      [["webhooks", "replay", "wh_x"], "--since is required"],
      [["webhooks", "rerun"], 'unknown webhooks command "rerun"'],
    ];
    for (const [args, message] of refusals) {
      const run = await bacowr(args);
      expect(run.code, args.join(" ")).toBe(64);
      expect(run.stderr).toContain(message);
    }
  });

  it("creates, shows, lists, updates and deletes a webhook; --json prints the API's own body", async () => {
    const created = await ok([
      "webhooks",
      "create",
      receiver.url("/crud"),
      "--events",
      "job.completed,job.failed",
      "--description",
      "CRM",
    ]);
    const webhookId = created.stdout.match(/^Webhook: +(wh_\w+) +active$/m)?.[1] ?? "";
    expect(webhookId, created.stdout).not.toBe("");
    expect(created.stdout).toMatch(new RegExp(`^URL: +${receiver.url("/crud")}$`, "m"));
    expect(created.stdout).toMatch(/^Events: +job\.completed, job\.failed$/m);
    expect(created.stdout).toMatch(/^Description: +CRM$/m);
    expect(created.stdout).toMatch(/^Secret: +whsec_\S+$/m);
    expect(created.stdout).toContain("shown this once");

    const asJson = JSON.parse(
      (await ok(["webhooks", "create", receiver.url("/crud-json"), "--events", "batch.completed", "--json"]))
        .stdout,
    );
    expect(asJson).toMatchObject({
      url: receiver.url("/crud-json"),
      events: ["batch.completed"],
      active: true,
    });
    expect(asJson.webhook_id).toMatch(/^wh_/);
    expect(asJson.secret).toMatch(/^whsec_/);
    expect(Object.keys(asJson)).toContain("disabled_reason");

    const list = await ok(["webhooks", "list", "--limit", "1"]);
    expect(list.stdout.trim().split("\n")).toHaveLength(1);
    expect(list.stderr).toMatch(/^1–1 of \d+; --offset 1 for more, or --all$/m);
    const all = await ok(["webhooks", "list", "--all"]);
    expect(all.stdout).toMatch(
      new RegExp(`^${webhookId} +active +job\\.completed,job\\.failed +${receiver.url("/crud")}$`, "m"),
    );
    const listed = JSON.parse((await ok(["webhooks", "list", "--json"])).stdout);
    expect(listed.pagination).toMatchObject({ offset: 0, has_more: false });
    expect(listed.webhooks.map((w: { webhook_id: string }) => w.webhook_id)).toContain(webhookId);

    const got = await ok(["webhooks", "get", webhookId, "--json"]);
    const api = (await world.client.get(`/v1/webhooks/${webhookId}`)) as Record<string, unknown>;
    expect(JSON.parse(got.stdout)).toEqual(api);

    const paused = await ok([
      "webhooks",
      "update",
      webhookId,
      "--events",
      "job.blocked",
      "--description",
      "",
      "--active",
      "false",
    ]);
    expect(paused.stdout).toMatch(new RegExp(`^Webhook: +${webhookId} +paused$`, "m"));
    expect(paused.stdout).toMatch(/^Events: +job\.blocked$/m);
    expect(paused.stdout).not.toContain("Description:");
    expect(paused.stdout).not.toContain("Secret:");
    // --url here is the webhook's URL; the server is still BACOWR_BASE_URL's.
    const moved = await ok([
      "webhooks",
      "update",
      webhookId,
      "--url",
      receiver.url("/moved"),
      "--active",
      "true",
    ]);
    expect(moved.stdout).toMatch(new RegExp(`^URL: +${receiver.url("/moved")}$`, "m"));
    expect(moved.stdout).toMatch(new RegExp(`^Webhook: +${webhookId} +active$`, "m"));
    const shown = await ok(["webhooks", "get", webhookId]);
    expect(shown.stdout).toMatch(new RegExp(`^URL: +${receiver.url("/moved")}$`, "m"));

    const refused = await bacowr(["webhooks", "update", webhookId, "--url", "http://example.com/hook"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^bacowr: INVALID_URL: .* \(url\)$/m);
    const badEvent = await bacowr(["webhooks", "create", receiver.url("/x"), "--events", "job.exploded"]);
    expect(badEvent.code).toBe(1);
    expect(badEvent.stderr).toContain("VALIDATION_ERROR");

    expect((await ok(["webhooks", "delete", webhookId])).stdout.trim()).toBe(`${webhookId} deleted`);
    await ok(["webhooks", "delete", asJson.webhook_id, "--json"]);
    const gone = await bacowr(["webhooks", "get", webhookId]);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain("WEBHOOK_NOT_FOUND");
  });

  it("sends a test ping, shows the delivery log, and rotates the secret", async () => {
    const webhookId = JSON.parse(
      (await ok(["webhooks", "create", receiver.url("/ping"), "--events", "job.created", "--json"])).stdout,
    ).webhook_id as string;
    const test = await ok(["webhooks", "test", webhookId]);
    const deliveryId = test.stdout.match(/^(whd_\w+) +pending +ping +0 attempts +- +\S+$/m)?.[1] ?? "";
    expect(deliveryId, test.stdout).not.toBe("");
    expect(test.stdout).toContain(`bacowr webhooks deliveries ${webhookId} --event ping`);
    await deliveriesUntil(webhookId, ["--status", "delivered"], (d) => d.length === 1);
    expect(receiver.paths).toContain("/ping");

    const log = await ok(["webhooks", "deliveries", webhookId, "--event", "ping"]);
    expect(log.stdout).toMatch(
      new RegExp(`^${deliveryId} +delivered +ping +1 attempt +HTTP 200 +\\S+$`, "m"),
    );
    expect(log.stderr).toMatch(/^1–1 of 1$/m);
    const logJson = JSON.parse((await ok(["webhooks", "deliveries", webhookId, "--json"])).stdout);
    expect(logJson.deliveries[0]).toMatchObject({
      delivery_id: deliveryId,
      webhook_id: webhookId,
      data: { webhook_id: webhookId },
      attempt_log: [expect.objectContaining({ attempt: 1, status_code: 200 })],
    });

    const rotated = await ok(["webhooks", "rotate-secret", webhookId]);
    expect(rotated.stdout).toMatch(/^Secret: +whsec_\S+$/m);
    expect(rotated.stdout).toMatch(/^Old secret: +also signs until \d{4}-\d\d-\d\dT/m);
    await ok(["webhooks", "delete", webhookId]);
  });

  it("shows dead deliveries, then replays one, and the rest since a time", async () => {
    const since = new Date().toISOString();
    receiver.failing.add("/down");
    const webhookId = JSON.parse(
      (await ok(["webhooks", "create", receiver.url("/down"), "--events", "job.created", "--json"])).stdout,
    ).webhook_id as string;
    await ok(["webhooks", "test", webhookId]);
    await ok(["webhooks", "test", webhookId]);
    const dead = await deliveriesUntil(webhookId, ["--status", "dead"], (d) => d.length === 2);
    const log = await ok(["webhooks", "deliveries", webhookId, "--status", "dead"]);
    expect(log.stdout.match(/^whd_\w+ +dead +ping +2 attempts +HTTP 500 +\S+$/gm)).toHaveLength(2);
    const shown = await ok(["webhooks", "get", webhookId]);
    expect(shown.stdout).toMatch(/^Failing since: +\d{4}-/m);

    receiver.failing.delete("/down");
    const first = dead[0]?.delivery_id ?? "";
    const replayed = await ok(["webhooks", "replay-delivery", first]);
    expect(replayed.stdout).toMatch(new RegExp(`^${first} +(pending|delivered) +ping `, "m"));
    await deliveriesUntil(webhookId, ["--status", "delivered"], (d) => d.length === 1);

    const range = await ok(["webhooks", "replay", webhookId, "--since", since]);
    expect(range.stdout.trim()).toBe(`1 dead delivery of ${webhookId} since ${since} sent again`);
    await deliveriesUntil(webhookId, ["--status", "delivered"], (d) => d.length === 2);
    const again = JSON.parse(
      (await ok(["webhooks", "replay", webhookId, "--since", since, "--status", "delivered", "--json"]))
        .stdout,
    );
    expect(again).toEqual({ webhook_id: webhookId, replayed: 2 });
    const missing = await bacowr(["webhooks", "replay-delivery", "whd_missing"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("DELIVERY_NOT_FOUND");
    await ok(["webhooks", "delete", webhookId]);
  });
});
