import { type Logger, pino } from "pino";

/**
 * The logger of a process (`pnpm start`, `pnpm dev`, the worker): JSON lines, one per event, as log collectors
 * want them; on a terminal, the same events as readable coloured lines (pino-pretty). pino-pretty is loaded only
 * for a terminal and writes synchronously, so the last lines before an exit are not lost.
 */
export async function processLogger(
  level: string,
  service: string,
  stdout: { isTTY?: boolean } = process.stdout,
): Promise<Logger> {
  const options = { level, base: { service } };
  if (!stdout.isTTY) return pino(options);
  const { PinoPretty } = await import("pino-pretty");
  return pino(
    options,
    PinoPretty({
      sync: true,
      colorize: true,
      singleLine: true,
      translateTime: "SYS:HH:MM:ss.l",
      ignore: "pid,hostname",
    }),
  );
}
