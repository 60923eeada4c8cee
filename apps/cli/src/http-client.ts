import { readSession, type Session, writeSession } from "./session";

/** A failed call, with the server's contract error when there was one. */
export class CliError extends Error {
  override name = "CliError";
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

interface Envelope {
  success: boolean;
  data?: unknown;
  error?: { code: string; message: string; field?: string };
}

/** Calls the v1 API with the saved session, refreshing the access token once when it has expired. */
export function createAdminClient(options: { url?: string | undefined; sessionFile?: string | undefined }) {
  let session: Session | undefined = readSession(options.sessionFile);
  const base = () => {
    const url = options.url ?? session?.url;
    if (!url) throw new CliError("not logged in: run `bacowr-admin login --url URL --email EMAIL` first", 2);
    return url.replace(/\/+$/, "");
  };

  const send = async (method: string, path: string, body: unknown, token: string | undefined) => {
    let response: Response;
    try {
      response = await fetch(`${base()}${path}`, {
        method,
        headers: {
          accept: "application/json",
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(60_000),
      });
    } catch (error) {
      throw new CliError(`cannot reach ${base()}: ${error instanceof Error ? error.message : error}`, 3);
    }
    const envelope = (await response.json().catch(() => undefined)) as Envelope | undefined;
    return { status: response.status, envelope };
  };

  const failure = (status: number, envelope: Envelope | undefined) => {
    const error = envelope?.error;
    const field = error?.field ? ` (${error.field})` : "";
    return new CliError(
      error ? `${error.code}${field}: ${error.message}` : `HTTP ${status}`,
      status === 401 ? 2 : 1,
    );
  };

  return {
    async login(email: string, password: string): Promise<void> {
      const { status, envelope } = await send("POST", "/v1/auth/login", { email, password }, undefined);
      if (status !== 200) throw failure(status, envelope);
      const tokens = envelope?.data as { access_token: string; refresh_token: string };
      session = { url: base(), ...tokens };
      writeSession(session, options.sessionFile);
    },

    async call<T>(method: string, path: string, body?: unknown): Promise<T> {
      if (!session)
        throw new CliError("not logged in: run `bacowr-admin login --url URL --email EMAIL` first", 2);
      let answer = await send(method, path, body, session.access_token);
      if (answer.status === 401) {
        const refreshed = await send(
          "POST",
          "/v1/auth/refresh",
          { refresh_token: session.refresh_token },
          undefined,
        );
        if (refreshed.status !== 200)
          throw new CliError("session expired: run `bacowr-admin login` again", 2);
        session = { ...session, ...(refreshed.envelope?.data as Session) };
        writeSession(session, options.sessionFile);
        answer = await send(method, path, body, session.access_token);
      }
      if (answer.status >= 400) throw failure(answer.status, answer.envelope);
      return answer.envelope?.data as T;
    },
  };
}

export type AdminClient = ReturnType<typeof createAdminClient>;
