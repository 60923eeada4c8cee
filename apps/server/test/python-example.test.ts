import { spawn, spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Platform } from "../src/platform";
import { accessToken, client, seedTasks, startTestPlatform, uniqueType } from "./harness";

// The seed's example, byte for byte: it talks to http://localhost:8000/api with the token below.
const script = fileURLToPath(new URL("../../../examples/python/worker_example.py", import.meta.url));
// The first Python that has `requests`: $PYTHON, Debian's (the first `python3` on PATH may be a build without
// it), then PATH's. Without one the example cannot run: skipped visibly here, a failure in CI, which installs it.
const candidates = [process.env.PYTHON, "/usr/bin/python3", "python3"].filter((c): c is string => Boolean(c));
const withRequests = candidates.find(
  (candidate) => spawnSync(candidate, ["-c", "import requests"], { stdio: "ignore" }).status === 0,
);
const python = withRequests ?? candidates[0] ?? "python3";
const runnable = withRequests !== undefined || Boolean(process.env.CI);

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)))
      .listen(port, "localhost");
  });
}

const title = runnable
  ? "the seed's Python worker example"
  : "the seed's Python worker example (skipped: no python3 with `requests`; install python3-requests, or set PYTHON)";

describe.skipIf(!runnable)(title, () => {
  let platform: Platform;
  beforeAll(async () => {
    if (!(await portIsFree(8000)))
      throw new Error("port 8000 is busy: the seed's example needs it (stop `pnpm start`)");
    // Its own database: the script takes the first pending task of all, which must be ours.
    platform = await startTestPlatform({
      HOST: "localhost",
      PORT: "8000",
      DATABASE_URL: "",
      API_TOKEN: "your-api-token-here",
    });
  });
  afterAll(() => platform?.close());

  it("runs unchanged: pending → lock → status success", async () => {
    const type = uniqueType();
    const [taskId] = (
      await seedTasks(platform.url, [{ type, payload: { target_url: "https://example.com/article" } }])
    ).taskIds;

    const run = spawn(python, [script], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    run.stderr.on("data", (d) => {
      stderr += d;
    });
    const code = await new Promise<number | null>((resolve) => run.on("exit", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);

    const admin = client(platform.url, { authorization: `Bearer ${await accessToken("admin")}` });
    const { body } = await admin("GET", `/v1/tasks?type=${type}`);
    expect(body.data.tasks).toEqual([
      expect.objectContaining({
        id: taskId,
        status: "success",
        result: { url: "https://example.com/backlink" },
        last_worker_id: "python-worker-01",
        locked_by: null,
      }),
    ]);
    const events = await platform.database.db
      .selectFrom("task_events")
      .select(["event", "worker_id", "to_status"])
      .where("task_id", "=", taskId as number)
      .orderBy("id")
      .execute();
    expect(events).toEqual([
      { event: "created", worker_id: null, to_status: "pending" },
      { event: "locked", worker_id: "python-worker-01", to_status: "running" },
      { event: "reported", worker_id: "python-worker-01", to_status: "success" },
    ]);
  });
});
