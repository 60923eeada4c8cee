import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { BacowrClient } from "@bacowr/sdk";
import { z } from "zod";
import { CliError, exitCodes } from "./failure";

const sessionSchema = z.object({ url: z.string(), access_token: z.string(), refresh_token: z.string() });
export type Session = z.infer<typeof sessionSchema>;

/**
 * Where `login` keeps the tokens: the file named by `variable` (BACOWR_ADMIN_SESSION for bacowr-admin,
 * BACOWR_SESSION for bacowr), else ~/.config/bacowr/<file>.
 */
export function sessionPath(env: NodeJS.ProcessEnv, place: { variable: string; file: string }): string {
  return env[place.variable] ?? join(env.XDG_CONFIG_HOME ?? join(homedir(), ".config"), "bacowr", place.file);
}

export function readSession(path: string): Session | undefined {
  try {
    return sessionSchema.parse(JSON.parse(readFileSync(path, "utf8")));
  } catch {
    return undefined;
  }
}

export function writeSession(session: Session, path: string): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  writeFileSync(path, `${JSON.stringify(session, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
}

/** Logs in and saves the session; the URL is the one given, else the saved session's. */
export async function login(
  file: string,
  url: string | undefined,
  credentials: { email: string; password: string },
): Promise<BacowrClient> {
  const baseUrl = url ?? readSession(file)?.url;
  if (!baseUrl) throw new CliError("--url is required for the first login", exitCodes.usage);
  const client = new BacowrClient({ baseUrl });
  const tokens = await client.auth.login(credentials);
  writeSession(
    { url: client.baseUrl, access_token: tokens.accessToken, refresh_token: tokens.refreshToken },
    file,
  );
  return client;
}

/**
 * A client on the saved session: the SDK renews the access token with the refresh token when it expires
 * (or is refused), and every renewed pair is saved, so the next command starts from it.
 */
export function sessionClient(file: string, url: string | undefined, loginCommand: string): BacowrClient {
  const session = readSession(file);
  if (!session) throw new CliError(`not logged in: run \`${loginCommand}\` first`, exitCodes.auth);
  return new BacowrClient({
    baseUrl: url ?? session.url,
    token: session.access_token,
    refreshToken: session.refresh_token,
    onTokens: (tokens) =>
      writeSession(
        { url: session.url, access_token: tokens.accessToken, refresh_token: tokens.refreshToken ?? "" },
        file,
      ),
  });
}
