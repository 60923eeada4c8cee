import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stripVTControlCharacters } from "node:util";
import { afterEach, describe, expect, it } from "vitest";

const serverDir = fileURLToPath(new URL("..", import.meta.url));
const hasScript = spawnSync("script", ["--version"]).status === 0;
const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

function run(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: serverDir,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (d) => {
    stdout += d;
  });
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

describe("the server process", () => {
  it.each([
    ["DATABASE_URL", "not-a-url"],
    ["PORT", "abc"],
  ])("exits non-zero with one line naming %s when it is %s", async (name, value) => {
    const proc = run({ [name]: value, DATA_DIR: "memory" });
    expect(await proc.exited).toBe(78);
    const lines = proc.err().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^bacowr: invalid configuration: ${name}: `));
  });

  it("starts with no external service, serves, and shuts down cleanly on SIGTERM", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "bacowr-proc-"));
    try {
      const proc = run({ PORT: "0", DATA_DIR: dataDir, LOG_LEVEL: "info" });
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          const line = proc
            .out()
            .split("\n")
            .find((l) => l.includes("bacowr server listening"));
          if (line) {
            clearInterval(timer);
            resolve((JSON.parse(line) as { url: string }).url);
          }
        }, 50);
        void proc.exited.then((code) => {
          clearInterval(timer);
          reject(new Error(`exited early with ${code}: ${proc.err()}`));
        });
      });
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      const ready = await fetch(`${url}/readyz`);
      expect(await ready.json()).toMatchObject({ status: "ready", checks: { database: "ok" } });

      proc.child.kill("SIGTERM");
      expect(await proc.exited).toBe(0);
      const log = proc.out();
      expect(log).toContain("shutting down: draining requests");
      expect(log).toContain("worker loop stopped");
      expect(log).toContain("shutdown complete");
      // Not a terminal: one JSON object per line, for log collectors.
      const lines = log.split("\n").filter((l) => l.trim());
      for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
      // Every request log line carries the request id.
      const requestLines = log.split("\n").filter((l) => l.includes('"msg":"request completed"'));
      expect(requestLines.length).toBeGreaterThanOrEqual(2);
      for (const line of requestLines) expect(JSON.parse(line).request_id).toMatch(/^req_/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it.skipIf(!hasScript)(
    "prints readable lines on a terminal (run under a pseudo-terminal by util-linux `script`)",
    async () => {
      // `exec`, so the server is the terminal's foreground process and Ctrl-C reaches it as SIGINT.
      const child = spawn(
        "script",
        ["-qefc", `exec '${process.execPath}' --import tsx src/main.ts`, "/dev/null"],
        {
          cwd: serverDir,
          env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", PORT: "0", DATA_DIR: "memory" },
          stdio: ["pipe", "pipe", "pipe"],
        },
      );
      children.push(child);
      let screen = "";
      child.stdout?.on("data", (d) => {
        screen += d;
      });
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      const listening = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          const line = screen.split("\n").find((l) => l.includes("bacowr server listening"));
          if (line) {
            clearInterval(timer);
            resolve(line);
          }
        }, 50);
        void exited.then((code) => {
          clearInterval(timer);
          reject(new Error(`exited early with ${code}: ${screen}`));
        });
      });
      const plain = stripVTControlCharacters(listening).trim();
      expect(plain).toMatch(
        /^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: bacowr server listening \{.*"url":"http:\/\/127\.0\.0\.1:\d+"/,
      );
      expect(listening).toContain("\u001b["); // coloured
      const url = plain.match(/"url":"([^"]+)"/)?.[1];
      // Once it answers, its signal handlers are in place: Ctrl-C shuts it down gracefully, still readable.
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      child.stdin?.write("\u0003");
      expect(await exited).toBe(0);
      const last = stripVTControlCharacters(screen).trim().split("\n").at(-1)?.trim();
      expect(last).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: shutdown complete /);
    },
  );
});
