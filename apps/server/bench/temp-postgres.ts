import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A throwaway PostgreSQL server from the machine's Debian packages, for
 * benchmarks run without DATABASE_URL. Returns undefined when none is installed.
 */
export async function startTemporaryPostgres(): Promise<{ url: string; stop(): void } | undefined> {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const version = readdirSync(root).sort((a, b) => Number(b) - Number(a))[0];
  if (!version) return undefined;
  const bin = join(root, version, "bin");
  const dir = mkdtempSync(join(tmpdir(), "bacowr-bench-pg-"));
  chmodSync(dir, 0o755);
  const data = join(dir, "data");
  // PostgreSQL refuses to run as root.
  const asUser = process.getuid?.() === 0 ? ["runuser", "-u", "postgres", "--"] : [];
  const run = (cmd: string, args: string[]) => {
    const [program, ...rest] = [...asUser, cmd, ...args];
    execFileSync(program as string, rest, { stdio: "ignore" });
  };
  if (asUser.length) execFileSync("chown", ["postgres", dir]);
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
  run(join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust"]);
  run(join(bin, "pg_ctl"), [
    "-D",
    data,
    "-w",
    "-l",
    join(dir, "log"),
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=off`,
    "start",
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run(join(bin, "pg_ctl"), ["-D", data, "-m", "fast", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
