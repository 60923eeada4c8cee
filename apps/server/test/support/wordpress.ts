import { type ChildProcess, execFile, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const TOOLING = resolve(import.meta.dirname, "../../../../tooling/wordpress");
const WORDPRESS = "/usr/share/wordpress";
const inCI = Boolean(process.env.CI) && !/^(false|0)$/i.test(process.env.CI ?? "");

export interface TestWordPress {
  /** The site's base URL (http://127.0.0.1:PORT). */
  url: string;
  /** An editor with an application password: what a customer gives BACOWR. */
  username: string;
  applicationPassword: string;
  /** The administrator's application password, for what the tests do behind the customer's back. */
  admin: { username: string; applicationPassword: string };
  /** The category whose posts the test mu-plugin strips of links (a plugin that rewrites links). */
  stripLinksCategoryId: number;
  uncategorizedCategoryId: number;
  /** Calls the REST API as the administrator (trashing a post, reading what the editor cannot). */
  asAdmin(method: string, route: string, body?: unknown): Promise<{ status: number; body: unknown }>;
  stop(): Promise<void>;
}

/** What is missing to run WordPress here, or undefined when everything is. */
export async function wordPressMissing(): Promise<string | undefined> {
  if (!existsSync(join(WORDPRESS, "wp-includes/version.php"))) return `${WORDPRESS} (Debian's wordpress)`;
  if (!existsSync(join(WORDPRESS, "wp-content/themes/twentytwentythree"))) {
    return "wordpress-theme-twentytwentythree";
  }
  for (const command of ["php", "mariadbd", "mariadb-install-db", "mariadb"]) {
    const found = await run("sh", ["-c", `command -v ${command}`]).then(
      () => true,
      () => false,
    );
    if (!found) return command;
  }
  return undefined;
}

/**
 * A private, real WordPress for one test file: its own MariaDB on a unix socket in a temporary directory, a
 * copy of Debian's WordPress with its own wp-config.php (WP_ENVIRONMENT_TYPE=local, so application
 * passwords work over plain http), installed by tooling/wordpress/setup-site.php and served by `php -S`.
 * Undefined (with the reason printed) where WordPress is not installed; in CI that is an error instead.
 */
export async function startWordPress(): Promise<TestWordPress | undefined> {
  // CI runs the real-WordPress suites once, in its PostgreSQL + Redis pass; its PGlite pass sets this.
  if (process.env.WORDPRESS_TESTS === "skip") {
    console.warn(
      "skipping the real-WordPress tests: WORDPRESS_TESTS=skip (CI runs them in its PostgreSQL pass)",
    );
    return undefined;
  }
  const missing = await wordPressMissing();
  if (missing) {
    const message = `WordPress tests need ${missing}: run tooling/wordpress/install.sh (CI does)`;
    if (inCI) throw new Error(`${message}; CI is set, so they may not be skipped`);
    console.warn(`skipping the real-WordPress tests: ${message}`);
    return undefined;
  }
  const dir = await mkdtemp(join(tmpdir(), "bacowr-wp-"));
  const children: ChildProcess[] = [];
  const stop = async () => {
    // Each server leads its own process group (`detached`): php -S forks its workers, and they must go too.
    const signalGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
      try {
        if (child.pid) process.kill(-child.pid, signal);
      } catch {
        // Already gone.
      }
    };
    for (const child of children.reverse()) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((done) => child.once("exit", done));
        signalGroup(child, "SIGTERM");
        await Promise.race([exited, new Promise((done) => setTimeout(done, 5_000))]);
      }
      signalGroup(child, "SIGKILL");
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const socket = join(dir, "mysqld.sock");
    await startMariaDb(dir, socket, children);
    await run("mariadb", [
      "--no-defaults",
      `--socket=${socket}`,
      "-uroot",
      "-e",
      "create database wordpress",
    ]);

    const site = join(dir, "site");
    // A copy (symlinks followed), so the site has its own wp-config.php and wp-content; 60 MB, under a second.
    await cp(WORDPRESS, site, { recursive: true, dereference: true });
    await rm(join(site, ".htaccess"), { force: true });
    await cp(join(TOOLING, "mu-plugins"), join(site, "wp-content/mu-plugins"), { recursive: true });
    await cp(join(TOOLING, "setup-site.php"), join(site, "setup-site.php"));
    await writeFile(join(site, "wp-config.php"), wpConfig(socket));

    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const setup = await run("php", ["setup-site.php", url, randomBytes(12).toString("hex")], { cwd: site });
    const installed = JSON.parse(setup.stdout.trim().split("\n").at(-1) ?? "{}") as {
      editor: string;
      editor_application_password: string;
      admin: string;
      admin_application_password: string;
      strip_links_category_id: number;
      uncategorized_category_id: number;
    };
    const server = spawn("php", ["-S", `127.0.0.1:${port}`, "-t", site, join(TOOLING, "router.php")], {
      cwd: site,
      // Several requests at once (WordPress answers REST calls one by one otherwise).
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: "4" },
      stdio: ["ignore", "ignore", "ignore"],
      detached: true,
    });
    children.push(server);
    await waitFor(async () => (await fetch(`${url}/wp-json/`)).ok, 15_000, "php -S did not serve WordPress");

    const admin = { username: installed.admin, applicationPassword: installed.admin_application_password };
    const adminAuth = `Basic ${Buffer.from(`${admin.username}:${admin.applicationPassword}`).toString("base64")}`;
    return {
      url,
      username: installed.editor,
      applicationPassword: installed.editor_application_password,
      admin,
      stripLinksCategoryId: installed.strip_links_category_id,
      uncategorizedCategoryId: installed.uncategorized_category_id,
      async asAdmin(method, route, body) {
        const answer = await fetch(`${url}/wp-json${route}`, {
          method,
          headers: { authorization: adminAuth, "content-type": "application/json" },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        return { status: answer.status, body: await answer.json().catch(() => undefined) };
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function startMariaDb(dir: string, socket: string, children: ChildProcess[]): Promise<void> {
  const data = join(dir, "db");
  // mariadbd refuses to run as root unless told to; as anyone else, --user is ignored.
  const asUser = process.getuid?.() === 0 ? ["--user=root"] : [];
  await run("mariadb-install-db", [
    "--no-defaults",
    `--datadir=${data}`,
    "--auth-root-authentication-method=normal",
    "--skip-test-db",
    ...asUser,
  ]);
  const server = spawn(
    "mariadbd",
    [
      "--no-defaults",
      `--datadir=${data}`,
      `--socket=${socket}`,
      `--pid-file=${join(dir, "mysqld.pid")}`,
      "--skip-networking",
      `--log-error=${join(dir, "mysqld.log")}`,
      "--innodb-buffer-pool-size=16M",
      "--innodb-log-file-size=8M",
      ...asUser,
    ],
    { stdio: "ignore", detached: true },
  );
  children.push(server);
  await waitFor(
    async () => (await readdir(dir)).includes("mysqld.sock"),
    20_000,
    `mariadbd did not start (see ${join(dir, "mysqld.log")})`,
  );
}

function wpConfig(socket: string): string {
  const salt = () => randomBytes(32).toString("hex");
  const keys = ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY"];
  const salts = ["AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"];
  return `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${[...keys, ...salts].map((name) => `define('${name}', '${salt()}');`).join("\n")}
// Application passwords need https, except on a site that says it is a local one.
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_DEBUG', false);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, failure: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(failure);
    await new Promise((done) => setTimeout(done, 100));
  }
}
