import { APIConnectionError, AuthenticationError, BacowrError, PermissionDeniedError } from "@bacowr/sdk";

/** Exit codes shared by both commands (documented in their usage text). */
export const exitCodes = { done: 0, refused: 1, auth: 2, unreachable: 3, jobNotDelivered: 4, usage: 64 };

/** A failure the command explains itself, with its exit code. */
export class CliError extends Error {
  override name = "CliError";
  constructor(
    message: string,
    readonly exitCode: number = exitCodes.refused,
  ) {
    super(message);
  }
}

export const usageError = (message: string) => new CliError(message, exitCodes.usage);

interface Program {
  /** The command's name, which prefixes every message (`bacowr: …`). */
  name: string;
  usage: string;
}

/** The server's refusal in one line: `CODE: message (field) [job status S]`. */
export function describeRefusal(error: BacowrError): string {
  const where = error.field ? ` (${error.field})` : "";
  const code = error.code ? `${error.code}: ` : "";
  const jobStatus = error.body?.job_status;
  const status = typeof jobStatus === "string" ? ` [job status ${jobStatus}]` : "";
  return `${code}${error.message}${where}${status}`;
}

/**
 * For every command but login: a refused session (the access token expired and the refresh token was spent
 * or revoked) is a reason to log in again, and the message says so.
 */
export function sessionRefused(hint: string) {
  return (error: unknown): never => {
    if (error instanceof AuthenticationError) {
      throw new CliError(`${describeRefusal(error)}; ${hint}`, exitCodes.auth);
    }
    throw error;
  };
}

/** One line for the user and an exit code, from anything a command can throw. */
export function explain(error: unknown, program: Program): { message: string; code: number } {
  if (error instanceof CliError) {
    const usage = error.exitCode === exitCodes.usage ? `\n\n${program.usage}` : "";
    return { message: `${error.message}${usage}`, code: error.exitCode };
  }
  if ((error as { code?: unknown })?.code?.toString().startsWith("ERR_PARSE_ARGS")) {
    return { message: `${(error as Error).message}\n\n${program.usage}`, code: exitCodes.usage };
  }
  if (error instanceof APIConnectionError) {
    return { message: `server unreachable: ${error.message}`, code: exitCodes.unreachable };
  }
  if (error instanceof AuthenticationError || error instanceof PermissionDeniedError) {
    return { message: describeRefusal(error), code: exitCodes.auth };
  }
  if (error instanceof BacowrError) return { message: describeRefusal(error), code: exitCodes.refused };
  return {
    message: `unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    code: exitCodes.refused,
  };
}

/** Runs a command's main function and exits with its code, explaining any failure on stderr. */
export function runMain(program: Program, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      const { message, code } = explain(error, program);
      process.stderr.write(`${program.name}: ${message}\n`);
      process.exit(code);
    },
  );
}
