import { type Logger, pino } from "pino";

export type LogFormat = "auto" | "json" | "pretty";

/** `auto` is readable lines for a person at a terminal, JSON lines for everything else (files, collectors). */
export const prettyLogs = (format: LogFormat, stdout: { isTTY?: boolean }): boolean =>
  format === "pretty" || (format === "auto" && stdout.isTTY === true);

/**
 * The logger of a process (`pnpm start`, `pnpm dev`, the worker): JSON lines, one per event, or the same events
 * as readable coloured lines (pino-pretty, see `prettyLogs`). pino-pretty is loaded only then, and writes
 * synchronously so the last lines before an exit are not lost.
 */
export async function processLogger(
  options: { level: string; format: LogFormat; service: string },
  stdout: { isTTY?: boolean } = process.stdout,
): Promise<Logger> {
  const settings = { level: options.level, base: { service: options.service } };
  if (!prettyLogs(options.format, stdout)) return pino(settings);
  const { PinoPretty } = await import("pino-pretty");
  return pino(
    settings,
    PinoPretty({
      sync: true,
      colorize: stdout.isTTY === true,
      singleLine: true,
      translateTime: "SYS:HH:MM:ss.l",
      ignore: "pid,hostname",
    }),
  );
}
