import { describe, expect, it } from "vitest";
import { createPrincipalResolver, loginDelaySeconds, noOverrides, type UserRecord } from "../src";

describe("loginDelaySeconds", () => {
  it("is free up to the threshold, then doubles from 1 s and stops at the cap", () => {
    const delays = Array.from({ length: 18 }, (_, failures) => loginDelaySeconds(failures, 5, 900));
    expect(delays.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(delays.slice(5, 10)).toEqual([1, 2, 4, 8, 16]);
    expect(Math.max(...delays)).toBe(900);
    expect(loginDelaySeconds(10_000, 5, 900)).toBe(900);
  });
});

describe("createPrincipalResolver", () => {
  const user = (over: Partial<UserRecord> = {}): UserRecord => ({
    id: "usr_1",
    email: "a@example.com",
    role: "admin",
    tier: "pro",
    created_at: new Date(0),
    disabled_at: null,
    limits: noOverrides,
    ...over,
  });

  it("reads role and tier from the store, keeps them at most 30 s, and refuses missing or disabled users", async () => {
    let now = 0;
    let stored: UserRecord | undefined = user();
    let reads = 0;
    const resolver = createPrincipalResolver(
      async () => {
        reads++;
        return stored;
      },
      { now: () => new Date(now) },
    );
    expect(await resolver.resolve("usr_1")).toEqual({
      userId: "usr_1",
      role: "admin",
      tier: "pro",
      limits: noOverrides,
    });
    stored = user({ role: "user" });
    now = 29_999;
    expect((await resolver.resolve("usr_1")).role).toBe("admin");
    now = 30_000;
    expect((await resolver.resolve("usr_1")).role).toBe("user");
    expect(reads).toBe(2);

    stored = user({ disabled_at: new Date(1) });
    resolver.forget("usr_1");
    await expect(resolver.resolve("usr_1")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    stored = undefined;
    await expect(resolver.resolve("usr_2")).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("never caches a read that a change overtook: the demotion holds at once", async () => {
    let release: (row: UserRecord) => void = () => undefined;
    let slow = true;
    const resolver = createPrincipalResolver(
      (): Promise<UserRecord> =>
        slow ? new Promise((resolve) => (release = resolve)) : Promise.resolve(user({ role: "user" })),
      { now: () => new Date(0) },
    );
    // A request reads the admin row; before the read returns, the user is demoted and forgotten.
    const pending = resolver.resolve("usr_1");
    resolver.forget("usr_1");
    release(user({ role: "admin" }));
    expect((await pending).role).toBe("admin");
    slow = false;
    expect((await resolver.resolve("usr_1")).role).toBe("user");
  });
});
