import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import {
  accessToken,
  bridgeHeaders,
  client,
  manualClock,
  seedTasks,
  startTestPlatform,
  uniqueType,
} from "./harness";

const clock = manualClock();
let platform: Platform;
let worker: ReturnType<typeof client>;
let admin: ReturnType<typeof client>;

beforeAll(async () => {
  platform = await startTestPlatform(
    { TASK_LEASE_SECONDS: "60", TASK_RETRY_BASE_SECONDS: "30", TASK_RETRY_MAX_SECONDS: "3600" },
    // No jitter: the retry delays below are exact.
    { clock, random: () => 0 },
  );
  worker = client(platform.url, bridgeHeaders);
  admin = client(platform.url, { authorization: `Bearer ${await accessToken("admin")}` });
});
afterAll(() => platform?.close());

const taskOf = async (id: number, type: string) => {
  const { body } = await admin("GET", `/v1/tasks?type=${type}&limit=100`);
  return body.data.tasks.find((t: { id: number }) => t.id === id);
};

describe("GET /api/tasks/pending", () => {
  it("returns pending tasks of a type oldest first, with the contract's fields", async () => {
    const type = uniqueType();
    const { campaignId, taskIds } = await seedTasks(platform.url, [
      { type, payload: { target_url: "https://example.com/a", keywords: ["seo"] } },
      { type, max_retries: 5 },
    ]);
    const { status, body } = await worker("GET", `/api/tasks/pending?type=${type}`);
    expect(status).toBe(200);
    expect(body.tasks.map((t: { id: number }) => t.id)).toEqual(taskIds);
    expect(body.tasks[0]).toEqual({
      id: taskIds[0],
      campaign_id: campaignId,
      type,
      status: "pending",
      payload: { campaign_id: campaignId, target_url: "https://example.com/a", keywords: ["seo"] },
      max_retries: 3,
      retry_count: 0,
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/),
    });
    expect(body.tasks[1].max_retries).toBe(5);
  });

  it("honours limit and validates it", async () => {
    const type = uniqueType();
    await seedTasks(platform.url, [{ type }, { type }, { type }]);
    expect((await worker("GET", `/api/tasks/pending?type=${type}&limit=2`)).body.tasks).toHaveLength(2);
    for (const bad of ["0", "101", "abc", "1.5"]) {
      const { status, body } = await worker("GET", `/api/tasks/pending?limit=${bad}`);
      expect(status).toBe(400);
      expect(body.errors.limit).toHaveLength(1);
    }
    const badType = await worker("GET", `/api/tasks/pending?type=${encodeURIComponent("<script>")}`);
    expect(badType.status).toBe(400);
    expect(Object.keys(badType.body.errors)).toEqual(["type"]);
  });
});

describe("POST /api/tasks/{id}/lock", () => {
  it("locks once, then refuses with 400", async () => {
    const type = uniqueType();
    const [id] = (await seedTasks(platform.url, [{ type }])).taskIds;
    const first = await worker("POST", `/api/tasks/${id}/lock`, { worker_id: "python-worker-01" });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      message: "Task locked successfully",
      task: { id, status: "running", locked_at: expect.any(String), locked_by: "python-worker-01" },
    });
    const second = await worker("POST", `/api/tasks/${id}/lock`, { worker_id: "python-worker-02" });
    expect(second.status).toBe(400);
    expect(second.body).toEqual({ error: "Task already locked" });
    expect((await worker("GET", `/api/tasks/pending?type=${type}`)).body.tasks).toEqual([]);
  });

  it("takes the worker id from X-Worker-ID when the body has none, and requires one of them", async () => {
    const [a, b] = (await seedTasks(platform.url, [{ type: uniqueType() }, { type: uniqueType() }])).taskIds;
    const fromHeader = await worker("POST", `/api/tasks/${a}/lock`);
    expect(fromHeader.status).toBe(200);
    expect(fromHeader.body.task.locked_by).toBe("python-worker-01");

    const anonymous = client(platform.url, { "x-api-token": bridgeHeaders["x-api-token"] });
    const missing = await anonymous("POST", `/api/tasks/${b}/lock`, {});
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual({ worker_id: [expect.stringContaining("required")] });
  });

  it("answers 404 for unknown ids and 400 for ids that are not ids", async () => {
    expect((await worker("POST", "/api/tasks/999999999/lock", {})).status).toBe(404);
    expect((await worker("POST", "/api/tasks/999999999/lock", {})).body).toEqual({ error: "Task not found" });
    expect((await worker("POST", "/api/tasks/abc/lock", {})).status).toBe(400);
    expect((await worker("POST", "/api/tasks/-1/lock", {})).status).toBe(400);
  });

  it("gives exactly one of 50 concurrent lockers the task", async () => {
    const [id] = (await seedTasks(platform.url, [{ type: uniqueType() }])).taskIds;
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => worker("POST", `/api/tasks/${id}/lock`, { worker_id: `w-${i}` })),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 400)).toHaveLength(49);
    const winner = results.find((r) => r.status === 200)?.body.task.locked_by;
    const { body } = await admin("GET", `/v1/tasks?status=running&limit=100`);
    expect(body.data.tasks.find((t: { id: number }) => t.id === id).locked_by).toBe(winner);
  });
});

describe("PUT /api/tasks/{id}/status", () => {
  it("stores the result of a success and ends the task", async () => {
    const type = uniqueType();
    const [id] = (await seedTasks(platform.url, [{ type }])).taskIds;
    await worker("POST", `/api/tasks/${id}/lock`, { worker_id: "python-worker-01" });
    const done = await worker("PUT", `/api/tasks/${id}/status`, {
      status: "success",
      result: { url: "https://example.com/article#comment-123", backlink_id: 42 },
      error: null,
    });
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ message: "Task status updated successfully" });
    const task = await taskOf(id as number, type);
    expect(task).toMatchObject({
      status: "success",
      result: { url: "https://example.com/article#comment-123", backlink_id: 42 },
      locked_by: null,
      last_worker_id: "python-worker-01",
    });
    expect(task.completed_at).toEqual(expect.any(String));

    const again = await worker("PUT", `/api/tasks/${id}/status`, { status: "success" });
    expect(again.status).toBe(400);
    expect(again.body.error).toBe("Task is not running (status: success)");
  });

  it("retries a failure with exponential backoff until max_retries, then fails", async () => {
    const type = uniqueType();
    const [id] = (await seedTasks(platform.url, [{ type, max_retries: 2 }])).taskIds;
    const attempt = async () => {
      expect((await worker("POST", `/api/tasks/${id}/lock`, {})).status).toBe(200);
      const reported = await worker("PUT", `/api/tasks/${id}/status`, {
        status: "failed",
        error: "captcha loop",
      });
      expect(reported.status).toBe(200);
    };

    await attempt();
    let task = await taskOf(id as number, type);
    expect(task).toMatchObject({ status: "pending", retry_count: 1, error: "captcha loop", locked_by: null });
    // Waiting out the first backoff (30 s): not offered, and not lockable, until then.
    expect((await worker("GET", `/api/tasks/pending?type=${type}`)).body.tasks).toEqual([]);
    const early = await worker("POST", `/api/tasks/${id}/lock`, {});
    expect(early.status).toBe(400);
    expect(early.body.error).toMatch(/^Task is waiting to be retried until /);
    clock.advance(31);
    expect((await worker("GET", `/api/tasks/pending?type=${type}`)).body.tasks).toHaveLength(1);

    await attempt();
    task = await taskOf(id as number, type);
    expect(task).toMatchObject({ status: "pending", retry_count: 2 });
    const delay = (Date.parse(task.run_after) - clock.now().getTime()) / 1000;
    expect(delay).toBeGreaterThan(55); // the second retry waits 60 s
    expect(delay).toBeLessThanOrEqual(60);
    clock.advance(61);

    await attempt();
    task = await taskOf(id as number, type);
    expect(task).toMatchObject({ status: "failed", retry_count: 2 });
    expect(task.completed_at).toEqual(expect.any(String));
  });

  it("ends a task on error without retrying", async () => {
    const type = uniqueType();
    const [id] = (await seedTasks(platform.url, [{ type, max_retries: 3 }])).taskIds;
    await worker("POST", `/api/tasks/${id}/lock`, {});
    await worker("PUT", `/api/tasks/${id}/status`, { status: "error", error: "site gone" });
    expect(await taskOf(id as number, type)).toMatchObject({
      status: "error",
      retry_count: 0,
      error: "site gone",
    });
  });

  it("refuses unknown statuses, tasks that are not running, and workers that do not hold the lock", async () => {
    const type = uniqueType();
    const [pending, running] = (await seedTasks(platform.url, [{ type }, { type }])).taskIds;
    const notRunning = await worker("PUT", `/api/tasks/${pending}/status`, { status: "success" });
    expect(notRunning.status).toBe(400);
    expect(notRunning.body.error).toBe("Task is not running (status: pending)");

    await worker("POST", `/api/tasks/${running}/lock`, { worker_id: "owner" });
    const bogus = await worker("PUT", `/api/tasks/${running}/status`, { status: "done" });
    expect(bogus.status).toBe(400);
    expect(bogus.body.errors.status).toEqual(["The selected status is invalid (success, failed, error)."]);

    const intruder = await worker(
      "PUT",
      `/api/tasks/${running}/status`,
      { status: "success" },
      {
        "x-worker-id": "someone-else",
      },
    );
    expect(intruder.status).toBe(400);
    expect(intruder.body.error).toBe("Task is locked by another worker");
    expect((await worker("PUT", "/api/tasks/999999999/status", { status: "success" })).status).toBe(404);
  });

  it("never answers 500 to malformed, mistyped, oversized or hostile bodies", async () => {
    const [id] = (await seedTasks(platform.url, [{ type: uniqueType() }])).taskIds;
    await worker("POST", `/api/tasks/${id}/lock`, {});
    const cases: unknown[] = [
      "{not json",
      "[]",
      "null",
      { status: 123 },
      { status: "success", result: "a string" },
      { status: "success", result: [1, 2] },
      { status: "failed", error: { nested: true } },
      { status: "failed", error: "x".repeat(10_001) },
      { status: "success", __proto__: { polluted: true }, constructor: { prototype: { x: 1 } } },
      { status: "success", result: { a: "b".repeat(2 * 1024 * 1024) } },
    ];
    for (const body of cases) {
      const { status, body: answer } = await worker("PUT", `/api/tasks/${id}/status`, body);
      expect(status, JSON.stringify(body).slice(0, 80)).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      expect(typeof answer.error).toBe("string");
    }
    // Unknown fields are ignored, as the original backend did, and nothing was lost.
    const ok = await worker("PUT", `/api/tasks/${id}/status`, {
      status: "success",
      result: {},
      extra: "ignored",
    });
    expect(ok.status).toBe(200);
  });
});

describe("POST /api/tasks/{id}/unlock", () => {
  it("returns a running task to pending without counting an attempt", async () => {
    const type = uniqueType();
    const [id] = (await seedTasks(platform.url, [{ type }])).taskIds;
    await worker("POST", `/api/tasks/${id}/lock`, {});
    // The seed's clients send the JSON content type with no body at all.
    const bare = await fetch(`${platform.url}/api/tasks/${id}/unlock`, {
      method: "POST",
      headers: { ...bridgeHeaders, "content-type": "application/json" },
    });
    expect(bare.status).toBe(200);
    expect(await bare.json()).toEqual({ message: "Task unlocked successfully" });
    expect(await taskOf(id as number, type)).toMatchObject({
      status: "pending",
      retry_count: 0,
      locked_by: null,
    });

    const again = await fetch(`${platform.url}/api/tasks/${id}/unlock`, {
      method: "POST",
      headers: bridgeHeaders,
    });
    expect(again.status).toBe(200);
    expect((await worker("POST", "/api/tasks/999999999/unlock")).status).toBe(404);
  });

  it("refuses to unlock a finished task or another worker's lock", async () => {
    const [done, held] = (await seedTasks(platform.url, [{ type: uniqueType() }, { type: uniqueType() }]))
      .taskIds;
    await worker("POST", `/api/tasks/${done}/lock`, {});
    await worker("PUT", `/api/tasks/${done}/status`, { status: "success" });
    expect((await worker("POST", `/api/tasks/${done}/unlock`)).status).toBe(400);

    await worker("POST", `/api/tasks/${held}/lock`, { worker_id: "owner" });
    const other = await worker("POST", `/api/tasks/${held}/unlock`, undefined, { "x-worker-id": "other" });
    expect(other.status).toBe(400);
    expect(other.body.error).toBe("Task is locked by another worker");
  });
});

describe("leases", () => {
  it("returns a crashed worker's task to pending as a failed attempt, and ignores its late report", async () => {
    const type = uniqueType();
    const [id] = (await seedTasks(platform.url, [{ type, max_retries: 3 }])).taskIds;
    await worker("POST", `/api/tasks/${id}/lock`, { worker_id: "crashy" });
    clock.advance(30);
    expect((await worker("GET", `/api/tasks/pending?type=${type}`)).body.tasks).toEqual([]);

    clock.advance(31); // past the 60 s lease
    expect(await platform.services.bridge.tasks.reapExpiredLeases()).toBeGreaterThanOrEqual(1);
    const task = await taskOf(id as number, type);
    expect(task).toMatchObject({ status: "pending", retry_count: 1, locked_by: null });
    expect(task.error).toMatch(/^lease expired: worker crashy/);

    clock.advance(31); // the first retry's backoff
    expect(
      (await worker("GET", `/api/tasks/pending?type=${type}`)).body.tasks.map((t: { id: number }) => t.id),
    ).toEqual([id]);
    const late = await worker(
      "PUT",
      `/api/tasks/${id}/status`,
      { status: "success" },
      { "x-worker-id": "crashy" },
    );
    expect(late.status).toBe(400);
  });

  it("reaps expired leases when workers ask for pending tasks, with no worker loop running", async () => {
    const type = uniqueType();
    const [id] = (await seedTasks(platform.url, [{ type, max_retries: 0 }])).taskIds;
    await worker("POST", `/api/tasks/${id}/lock`, {});
    clock.advance(61);
    await worker("GET", `/api/tasks/pending?type=${type}`);
    // max_retries 0: the lost attempt was the only one.
    expect(await taskOf(id as number, type)).toMatchObject({ status: "failed" });
  });
});

describe("operator endpoints", () => {
  it("are for admins only", async () => {
    const user = client(platform.url, { authorization: `Bearer ${await accessToken("user")}` });
    const refused = await user("POST", "/v1/campaigns", { name: "x" });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("FORBIDDEN");
    expect((await client(platform.url)("GET", "/v1/tasks")).status).toBe(401);
  });

  it("validate bulk task input and report unknown campaigns as 404", async () => {
    expect((await admin("POST", "/v1/campaigns/999999/tasks", { tasks: [{ type: "comment" }] })).status).toBe(
      404,
    );
    const { campaignId } = await seedTasks(platform.url, [{ type: uniqueType() }]);
    const empty = await admin("POST", `/v1/campaigns/${campaignId}/tasks`, { tasks: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.error.field).toBe("tasks");
    const badRetries = await admin("POST", `/v1/campaigns/${campaignId}/tasks`, {
      tasks: [{ type: "comment", max_retries: -1 }],
    });
    expect(badRetries.body.error.field).toBe("tasks[0].max_retries");
  });

  it("list campaigns and tasks with pagination", async () => {
    const type = uniqueType();
    const { campaignId } = await seedTasks(platform.url, [{ type }, { type }, { type }]);
    const page = await admin("GET", `/v1/tasks?campaign_id=${campaignId}&limit=2`);
    expect(page.body.data.pagination).toEqual({
      total: 3,
      limit: 2,
      offset: 0,
      has_more: true,
      next_offset: 2,
    });
    const campaigns = await admin("GET", "/v1/campaigns?limit=1");
    expect(campaigns.body.data.campaigns).toHaveLength(1);
    expect(campaigns.body.data.pagination.has_more).toBe(true);
  });
});
