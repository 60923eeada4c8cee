import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { z } from "zod";

const sessionSchema = z.object({ url: z.string(), access_token: z.string(), refresh_token: z.string() });
export type Session = z.infer<typeof sessionSchema>;

/**
 * Where `login` keeps the tokens: the file named by `variable` (BACOWR_ADMIN_SESSION for bacowr-admin,
 * BACOWR_SESSION for bacowr), else ~/.config/bacowr/<file>.
 */
export function sessionPath(
  env: NodeJS.ProcessEnv = process.env,
  place: { variable: string; file: string } = { variable: "BACOWR_ADMIN_SESSION", file: "admin.json" },
): string {
  return env[place.variable] ?? join(env.XDG_CONFIG_HOME ?? join(homedir(), ".config"), "bacowr", place.file);
}

export function readSession(path = sessionPath()): Session | undefined {
  try {
    return sessionSchema.parse(JSON.parse(readFileSync(path, "utf8")));
  } catch {
    return undefined;
  }
}

export function writeSession(session: Session, path = sessionPath()): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, `${JSON.stringify(session, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
}
