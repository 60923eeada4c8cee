/**
 * pnpm bench:hosts — the server's memory under /openapi.json requests with distinct Host headers. The server runs
 * in its own process (embedded in-memory PGlite); this process sends the requests and reads the server's RSS
 * from /proc before and after. A document cached per Host value grew RSS by ~255 MB per 400 hosts; the target is
 * under 10 MB for 1 000.
 *
 *   BENCH_HOSTS=1000 pnpm bench:hosts
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { startTemporaryPostgres } from "./temp-postgres";

const hosts = Number(process.env.BENCH_HOSTS ?? 1000);

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });

const rssMb = (pid: number) => {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+) kB/);
  return Number(line?.[1] ?? 0) / 1024;
};

const get = (port: number, host: string) =>
  new Promise<number>((resolve, reject) => {
    const req = request({ port, host: "127.0.0.1", path: "/openapi.json", headers: { host } }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end();
  });

async function main() {
  const port = await freePort();
  // A real PostgreSQL keeps the server's RSS steady; embedded PGlite's WebAssembly heap moves by hundreds of MB.
  const postgres = process.env.DATABASE_URL
    ? undefined
    : await startTemporaryPostgres().catch(() => undefined);
  const databaseUrl = process.env.DATABASE_URL ?? postgres?.url ?? "";
  const database = databaseUrl ? "PostgreSQL" : "embedded PGlite";
  const entry = fileURLToPath(new URL("../src/main.ts", import.meta.url));
  const server = spawn(process.execPath, ["--import", "tsx", entry], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: "memory",
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const pid = server.pid ?? 0;
  try {
    for (let i = 0; ; i++) {
      if (i > 600) throw new Error("the server did not start");
      const up = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    // Warm: the document is built, routes compiled, the first allocations made.
    for (let i = 0; i < 50; i++) await get(port, "127.0.0.1");
    await new Promise((r) => setTimeout(r, 1000));
    // Baseline in the same run: as many requests with one Host, so what serving the document costs anyway
    // (buffers, garbage not yet collected) is not charged to distinct hosts.
    const phase = async (hostOf: (i: number) => string) => {
      const before = rssMb(pid);
      let ok = 0;
      for (let i = 0; i < hosts; i++) if ((await get(port, hostOf(i))) === 200) ok++;
      await new Promise((r) => setTimeout(r, 1000));
      return { ok, before, growth: rssMb(pid) - before };
    };
    const same = await phase(() => "127.0.0.1");
    const distinct = await phase((i) => `host-${i}.example:${1000 + i}`);
    const line = (name: string, p: typeof same) =>
      `  ${name}: ${p.ok} × 200, RSS ${p.before.toFixed(1)} MB before, growth ${p.growth.toFixed(1)} MB`;
    console.log(`/openapi.json, ${hosts} requests per phase, server in its own process on ${database}:`);
    console.log(line("one Host      ", same));
    console.log(`${line("distinct Hosts", distinct)} (target < 10 MB)`);
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    postgres?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
