import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "@bacowr/config";
import { type Platform, startPlatform } from "@bacowr/server";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli";

const bin = fileURLToPath(new URL("../bin/bacowr-admin.js", import.meta.url));
const ADMIN = { email: "cli-admin@bacowr.test", password: "cli admin password 1" };
let platform: Platform;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "bacowr-cli-"));
  platform = await startPlatform(
    loadConfig({
      PORT: "0",
      DATA_DIR: "memory",
      // Its own database: the first admin must be the one this suite logs in as.
      DATABASE_URL: "",
      LOG_LEVEL: "silent",
      WORKER_IN_PROCESS: "false",
      JWT_SECRET: "cli-test-secret-0123456789-0123456789-xyz",
      API_TOKEN: "cli-bridge-token",
      BACOWR_ADMIN_EMAIL: ADMIN.email,
      BACOWR_ADMIN_PASSWORD: ADMIN.password,
    }),
    pino({ level: "silent" }),
  );
});
afterAll(async () => {
  await platform?.close();
  rmSync(dir, { recursive: true, force: true });
});

function admin(args: string[], env: Record<string, string> = {}) {
  return runCli(bin, args, { BACOWR_ADMIN_SESSION: join(dir, "session.json"), ...env });
}

describe("bacowr-admin", () => {
  it("starts a campaign end to end: login, campaign, tasks, proxies, listing", async () => {
    const login = await admin(["login", "--url", platform.url, "--email", ADMIN.email], {
      BACOWR_ADMIN_PASSWORD: ADMIN.password,
    });
    expect(login).toMatchObject({ code: 0, stderr: "logged in\n" });
    expect(statSync(join(dir, "session.json")).mode & 0o777).toBe(0o600);

    const campaign = await admin([
      "campaigns",
      "create",
      "--name",
      "Spring push",
      "--settings",
      '{"tone":"casual"}',
    ]);
    expect(campaign.code).toBe(0);
    const campaignId = JSON.parse(campaign.stdout).id as number;

    const tasksFile = join(dir, "tasks.jsonl");
    writeFileSync(
      tasksFile,
      Array.from({ length: 1203 }, (_, i) =>
        JSON.stringify({ type: "comment", payload: { target_url: `https://example.com/${i}` } }),
      ).join("\n"),
    );
    const added = await admin(["tasks", "add", "--campaign", String(campaignId), "--file", tasksFile]);
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toMatchObject({ campaign_id: campaignId, count: 1203 });

    const listed = await admin(["tasks", "list", "--campaign", String(campaignId), "--limit", "2"]);
    expect(JSON.parse(listed.stdout).pagination).toMatchObject({ total: 1203, limit: 2, has_more: true });

    const proxiesFile = join(dir, "proxies.csv");
    writeFileSync(
      proxiesFile,
      "host,port,username,password,type,country\nproxy.example.com,8080,user,pass,http,US\n",
    );
    const imported = await admin(["proxies", "import", "--file", proxiesFile]);
    expect(JSON.parse(imported.stdout).count).toBe(1);
    const proxies = await fetch(`${platform.url}/api/proxies?country=US`, {
      headers: { "x-api-token": "cli-bridge-token" },
    }).then((r) => r.json() as Promise<{ proxies: Record<string, unknown>[] }>);
    expect(proxies.proxies[0]).toMatchObject({ host: "proxy.example.com", port: 8080, password: "pass" });

    const user = await admin([
      "users",
      "create",
      "--email",
      "new@example.com",
      "--password",
      "a long password 1",
    ]);
    expect(JSON.parse(user.stdout)).toMatchObject({ email: "new@example.com", role: "user", tier: "free" });
    const userId = JSON.parse(user.stdout).id as string;
    const updated = await admin(["users", "update", "--id", userId, "--tier", "pro", "--disabled", "true"]);
    expect(updated.code, updated.stderr).toBe(0);
    expect(JSON.parse(updated.stdout)).toMatchObject({
      id: userId,
      tier: "pro",
      disabled_at: expect.any(String),
    });
    expect((await admin(["users", "update", "--id", userId, "--disabled", "maybe"])).code).toBe(64);
    expect((await admin(["users", "update", "--id", userId])).code).toBe(64);
    const deleted = await admin(["users", "delete", "--id", userId]);
    expect(JSON.parse(deleted.stdout)).toEqual({ id: userId, deleted: true });
    const again = await admin(["users", "delete", "--id", userId]);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe("bacowr-admin: NOT_FOUND: User not found\n");
  });

  it("explains failures with exit codes", async () => {
    const badLogin = await admin(
      ["login", "--url", platform.url, "--email", ADMIN.email, "--password", "wrong one"],
      {
        BACOWR_ADMIN_SESSION: join(dir, "other.json"),
      },
    );
    expect(badLogin.code).toBe(2);
    expect(badLogin.stderr).toBe("bacowr-admin: UNAUTHORIZED: Invalid email or password\n");

    const notLoggedIn = await admin(["campaigns", "list"], { BACOWR_ADMIN_SESSION: join(dir, "none.json") });
    expect(notLoggedIn.code).toBe(2);
    expect(notLoggedIn.stderr).toMatch(/not logged in/);

    const one = join(dir, "one.json");
    writeFileSync(one, JSON.stringify({ tasks: [{ type: "comment" }] }));
    const unknownCampaign = await admin(["tasks", "add", "--campaign", "999999", "--file", one]);
    expect(unknownCampaign.code).toBe(1);
    expect(unknownCampaign.stderr).toBe("bacowr-admin: NOT_FOUND: Campaign not found\n");
    const emptyInput = await admin(["tasks", "add", "--campaign", "1", "--file", "-"]);
    expect(emptyInput.stderr).toMatch(/no tasks/);

    const validation = await admin(["campaigns", "create", "--name", ""]);
    expect(validation.code).toBe(64);
    const unreachable = await admin(["campaigns", "list", "--url", "http://127.0.0.1:9"]);
    expect(unreachable.code).toBe(3);
    expect((await admin(["frobnicate"])).code).toBe(64);

    // A refused access token is renewed with the refresh token (by the SDK), and the new pair is saved.
    const file = join(dir, "session.json");
    const before = JSON.parse(readFileSync(file, "utf8"));
    writeFileSync(file, JSON.stringify({ ...before, access_token: "expired.or.revoked" }));
    const renewed = await admin(["campaigns", "list", "--limit", "1"]);
    expect(renewed.code, renewed.stderr).toBe(0);
    const after = JSON.parse(readFileSync(file, "utf8"));
    expect(after.refresh_token).not.toBe(before.refresh_token);
    expect(after.access_token).not.toBe("expired.or.revoked");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    // A spent refresh token ends the session: log in again.
    const stale = join(dir, "stale.json");
    writeFileSync(stale, JSON.stringify({ ...before, access_token: "expired.or.revoked" }));
    const refused = await admin(["campaigns", "list"], { BACOWR_ADMIN_SESSION: stale });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^bacowr-admin: UNAUTHORIZED: .+; run `bacowr-admin login` again\n$/);
  });
});
