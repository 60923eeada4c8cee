import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { z } from "zod";

const sessionSchema = z.object({ url: z.string(), access_token: z.string(), refresh_token: z.string() });
export type Session = z.infer<typeof sessionSchema>;

/** Where `login` keeps the operator's tokens: BACOWR_ADMIN_SESSION, else ~/.config/bacowr/admin.json. */
export function sessionPath(env: NodeJS.ProcessEnv = process.env): string {
  return (
    env.BACOWR_ADMIN_SESSION ??
    join(env.XDG_CONFIG_HOME ?? join(homedir(), ".config"), "bacowr", "admin.json")
  );
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
