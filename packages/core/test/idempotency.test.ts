import { describe, expect, it } from "vitest";
import { AppError } from "../src/app-error";
import {
  checkIdempotencyKey,
  createOnce,
  decideKey,
  IDEMPOTENCY_WINDOW_SECONDS,
  idempotencyKeyReused,
  idempotencyScopes,
  requestFingerprint,
} from "../src/idempotency/idempotency";
import {
  type IdempotencyClaim,
  type IdempotencyKeyRecord,
  IdempotencyKeyTaken,
} from "../src/idempotency/ports";

const now = new Date("2026-11-23T12:00:00Z");
const record = (over: Partial<IdempotencyKeyRecord> = {}): IdempotencyKeyRecord => ({
  userId: "usr_1",
  scope: "jobs",
  key: "k",
  fingerprint: "f",
  resourceId: "job_1",
  responseStatus: 201,
  replaySecret: null,
  firstUsedAt: now,
  ...over,
});
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);

describe("the 24 h rule", () => {
  it("replays the same request, refuses another, and creates once the key is spent", () => {
    expect(IDEMPOTENCY_WINDOW_SECONDS).toBe(86_400);
    expect(decideKey(undefined, "f", now)).toBe("create");
    expect(decideKey(record(), "f", now)).toBe("replay");
    expect(decideKey(record(), "other", now)).toBe("conflict");
    expect(decideKey(record({ firstUsedAt: ago(86_399) }), "f", now)).toBe("replay");
    expect(decideKey(record({ firstUsedAt: ago(86_400) }), "other", now)).toBe("conflict");
    expect(decideKey(record({ firstUsedAt: ago(86_401) }), "other", now)).toBe("create");
  });

  it("fingerprints a request whatever the order of its members", () => {
    expect(requestFingerprint({ a: 1, b: { c: [1, { d: 2, e: 3 }] } })).toBe(
      requestFingerprint({ b: { c: [1, { e: 3, d: 2 }] }, a: 1 }),
    );
    expect(requestFingerprint({ a: 1 })).not.toBe(requestFingerprint({ a: 2 }));
    expect(requestFingerprint({ a: 1, b: undefined })).toBe(requestFingerprint({ a: 1 }));
  });

  it("accepts keys of 1–255 printable characters", () => {
    expect(checkIdempotencyKey(undefined, "f")).toBeUndefined();
    expect(checkIdempotencyKey("k".repeat(255), "f")).toBe("k".repeat(255));
    for (const bad of ["", "k".repeat(256), "a\nb"]) {
      expect(() => checkIdempotencyKey(bad, "Idempotency-Key")).toThrow(
        expect.objectContaining({ code: "VALIDATION_ERROR", field: "Idempotency-Key" }),
      );
    }
  });
});

describe("createOnce", () => {
  /** An in-memory store that behaves as the database does: one key per (user, scope, key). */
  function memoryStore() {
    const rows = new Map<string, IdempotencyKeyRecord>();
    const id = (u: string, s: string, k: string) => `${u}|${s}|${k}`;
    let created = 0;
    return {
      rows,
      get created() {
        return created;
      },
      keys: { find: async (u: string, s: string, k: string) => rows.get(id(u, s, k)) },
      async create(claim: IdempotencyClaim | undefined): Promise<string> {
        const resourceId = `res_${++created}`;
        if (claim) {
          const at = id(claim.userId, claim.scope, claim.key);
          const held = rows.get(at);
          if (held && held.firstUsedAt >= claim.spentBefore) {
            created--;
            throw new IdempotencyKeyTaken(held);
          }
          rows.set(at, { ...claim, resourceId, replaySecret: claim.replaySecret ?? null });
        }
        return resourceId;
      },
    };
  }
  const run = (store: ReturnType<typeof memoryStore>, fingerprint: string, at = now, key = "k") =>
    createOnce({
      scope: idempotencyScopes.users,
      request: { userId: "usr_1", key, fingerprint, keyField: "Idempotency-Key" },
      now: at,
      keys: store.keys,
      create: (claim) => store.create(claim),
      replay: async (r) => r.resourceId,
    });

  it("creates, replays with the original status, and names the resource in the 422", async () => {
    const store = memoryStore();
    expect(await run(store, "f")).toEqual({ value: "res_1", status: 201, replayed: false });
    expect(await run(store, "f")).toEqual({ value: "res_1", status: 201, replayed: true });
    const refused = await run(store, "g").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({
      code: "IDEMPOTENCY_KEY_REUSED",
      status: 422,
      field: "Idempotency-Key",
      details: { user_id: "res_1" },
    });
    expect(store.created).toBe(1);
  });

  it("names campaigns and task batches by their numeric ids in the 422", () => {
    const held = record({ resourceId: "7,8,9" });
    expect(idempotencyKeyReused(idempotencyScopes.campaignTasks, held).details).toEqual({
      task_ids: [7, 8, 9],
    });
    expect(idempotencyKeyReused(idempotencyScopes.campaigns, record({ resourceId: "12" })).details).toEqual({
      campaign_id: 12,
    });
  });

  it("answers a job replay with 200, as the contract says", async () => {
    const store = memoryStore();
    const job = () =>
      createOnce({
        scope: idempotencyScopes.jobs,
        request: { userId: "usr_1", key: "k", fingerprint: "f" },
        now,
        keys: store.keys,
        create: (claim) => store.create(claim),
        replay: async (r) => r.resourceId,
      });
    expect((await job()).status).toBe(201);
    expect(await job()).toEqual({ value: "res_1", status: 200, replayed: true });
  });

  it("creates anew with a key first used more than 24 hours ago", async () => {
    const store = memoryStore();
    await run(store, "f", ago(86_401));
    expect(await run(store, "other")).toEqual({ value: "res_2", status: 201, replayed: false });
  });

  it("resolves a lost race from what the store reports", async () => {
    const store = memoryStore();
    // Another request stores its key between our look-up and our insert.
    const keys = { find: async () => undefined };
    await run(store, "f");
    const raced = await createOnce({
      scope: idempotencyScopes.users,
      request: { userId: "usr_1", key: "k", fingerprint: "f" },
      now,
      keys,
      create: (claim) => store.create(claim),
      replay: async (r) => r.resourceId,
    });
    expect(raced).toEqual({ value: "res_1", status: 201, replayed: true });
    expect(store.created).toBe(1);
  });

  it("creates without a key every time", async () => {
    const store = memoryStore();
    const keyless = () =>
      createOnce({
        scope: idempotencyScopes.campaigns,
        request: { userId: "usr_1", key: undefined, fingerprint: "f" },
        now,
        keys: store.keys,
        create: (claim) => store.create(claim),
        replay: async (r) => r.resourceId,
      });
    expect((await keyless()).replayed).toBe(false);
    expect((await keyless()).value).toBe("res_2");
    expect(store.rows.size).toBe(0);
  });
});
