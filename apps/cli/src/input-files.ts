import { readFileSync } from "node:fs";
import { parse as parseCsv } from "csv-parse/sync";
import { CliError } from "./failure";

/** Reads a file, or standard input for `-`. */
export function readInput(path: string): string {
  try {
    return readFileSync(path === "-" ? 0 : path, "utf8");
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${error instanceof Error ? error.message : error}`);
  }
}

/** Records from JSON (an array, or an object holding one under `key`), JSON Lines, or CSV with a header row. */
export function parseRecords(text: string, path: string, key: string): Record<string, unknown>[] {
  const trimmed = text.trim();
  if (path.endsWith(".csv")) {
    return parseCsv(trimmed, { columns: true, skip_empty_lines: true, trim: true }) as Record<
      string,
      unknown
    >[];
  }
  try {
    if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
      const parsed: unknown = JSON.parse(trimmed);
      const list = Array.isArray(parsed) ? parsed : (parsed as Record<string, unknown>)[key];
      if (Array.isArray(list)) return list as Record<string, unknown>[];
    }
  } catch {
    // Not one JSON document: try JSON Lines below.
  }
  try {
    return trimmed
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  } catch {
    throw new CliError(`${path}: expected a JSON array, {"${key}": [...]}, JSON Lines or a .csv file`);
  }
}

/** CSV cells are strings: give numbers and booleans their types before sending. */
export function typedProxy(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(row)) {
    if (value === "" || value === undefined) continue;
    if (field === "port") out[field] = Number(value);
    else if (field === "is_active") out[field] = value === true || value === "true" || value === "1";
    else out[field] = value;
  }
  return out;
}
