import { loadConfig } from "@bacowr/config";
import { type Platform, startPlatform } from "@bacowr/server";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BacowrClient, PermissionDeniedError } from "../src";

const ADMIN = { email: "sdk-admin@bacowr.test", password: "sdk admin password 1" };
let platform: Platform;

beforeAll(async () => {
  platform = await startPlatform(
    loadConfig({
      PORT: "0",
      DATA_DIR: "memory",
      DATABASE_URL: "",
      LOG_LEVEL: "silent",
      WORKER_IN_PROCESS: "false",
      JWT_SECRET: "sdk-admin-test-secret-0123456789-0123456789",
      API_TOKEN: "sdk-bridge-token",
      BACOWR_ADMIN_EMAIL: ADMIN.email,
      BACOWR_ADMIN_PASSWORD: ADMIN.password,
    }),
    pino({ level: "silent" }),
  );
});
afterAll(() => platform?.close());

describe("the operator resources", () => {
  it("creates users and imports proxies as an administrator, and reads any path in the API's own shape", async () => {
    const admin = new BacowrClient({ baseUrl: platform.url });
    await admin.auth.login(ADMIN);

    const user = await admin.users.create({ email: "Someone@Example.com", password: "a long password 1" });
    expect(user).toMatchObject({ email: "someone@example.com", role: "user", tier: "free" });
    expect(user.createdAt).toEqual(expect.any(String));
    expect(user).not.toHaveProperty("password");
    expect(user.disabledAt).toBeNull();

    const changed = await admin.users.update(user.id, { tier: "pro", disabled: true });
    expect(changed).toMatchObject({ id: user.id, tier: "pro", disabledAt: expect.any(String) });
    await expect(
      new BacowrClient({ baseUrl: platform.url }).auth.login({
        email: "someone@example.com",
        password: "a long password 1",
      }),
    ).rejects.toThrow();
    expect((await admin.users.update(user.id, { disabled: false })).disabledAt).toBeNull();

    const imported = await admin.proxies.import([
      {
        host: "p1.example.com",
        port: 8080,
        username: "u",
        password: "secret",
        country: "SE",
        isActive: true,
      },
      { host: "p2.example.com", port: 1080, type: "socks5" },
    ]);
    expect(imported).toEqual({ proxyIds: [expect.any(Number), expect.any(Number)], count: 2 });
    const pool = (await fetch(`${platform.url}/api/proxies?country=SE`, {
      headers: { "x-api-token": "sdk-bridge-token" },
    }).then((r) => r.json())) as { proxies: Record<string, unknown>[] };
    expect(pool.proxies).toEqual([
      expect.objectContaining({ host: "p1.example.com", port: 8080, password: "secret", is_active: true }),
    ]);

    // `get` answers exactly what the API sent: snake_case, no renaming.
    const raw = await admin.get("/v1/campaigns", { limit: 1 });
    expect(raw).toMatchObject({ campaigns: [], pagination: { has_more: false, next_offset: null } });

    // A user is not an administrator.
    const customer = new BacowrClient({ baseUrl: platform.url });
    await customer.auth.login({ email: "someone@example.com", password: "a long password 1" });
    await expect(
      customer.users.create({ email: "x@example.com", password: "a long password 2" }),
    ).rejects.toThrow(PermissionDeniedError);
    await expect(customer.proxies.import([{ host: "p3.example.com", port: 1 }])).rejects.toThrow(
      PermissionDeniedError,
    );
    await expect(customer.users.delete(user.id)).rejects.toThrow(PermissionDeniedError);

    const doomed = await admin.users.create({ email: "doomed@example.com", password: "a long password 3" });
    expect(await admin.users.delete(doomed.id)).toEqual({ id: doomed.id, deleted: true });
  });
});
