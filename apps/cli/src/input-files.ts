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

/** A job of a batch file as the API spells it; the CLI hands it to the SDK as it is, camelized. */
export interface BatchJobRecord {
  publisher_domain: string;
  target_url: string;
  anchor_text: string;
  max_cost?: number;
  options?: Record<string, unknown>;
}

const jobColumns = ["publisher_domain", "target_url", "anchor_text"] as const;
const optionColumns = ["llm_provider", "strategy", "preflight_mode", "custom_instructions"] as const;
const batchColumns = new Set<string>([...jobColumns, ...optionColumns, "max_cost", "options"]);

/**
 * The jobs of a batch file: one record per job with the API's field names (CSV columns publisher_domain,
 * target_url, anchor_text, and optionally max_cost and the job options llm_provider, strategy, preflight_mode,
 * custom_instructions; JSON may also nest them under `options`). Empty cells are left out, so the batch's own
 * options apply. A misspelt column is refused here, because the API would silently drop it. Values are
 * otherwise the server's to judge: its error names the job by index, which `rowOf` turns back into a row.
 */
export function batchJobs(records: Record<string, unknown>[], path: string): BatchJobRecord[] {
  if (records.length === 0)
    throw new CliError(`${path}: no jobs (expected a header row and one row per job)`);
  return records.map((record, index) => {
    const where = `${path} ${rowOf(index)}`;
    const unknown = Object.keys(record).filter((column) => !batchColumns.has(column));
    if (unknown.length) {
      throw new CliError(
        `${where}: unknown column ${unknown.map((c) => `"${c}"`).join(", ")} ` +
          `(known: ${[...batchColumns].join(", ")})`,
      );
    }
    const present = (value: unknown) => value !== undefined && value !== null && value !== "";
    const nested = record.options;
    if (present(nested) && (typeof nested !== "object" || Array.isArray(nested))) {
      throw new CliError(`${where}: options must be an object`);
    }
    const options: Record<string, unknown> = {
      ...(present(nested) ? (nested as Record<string, unknown>) : {}),
    };
    for (const column of optionColumns) if (present(record[column])) options[column] = record[column];
    const job: BatchJobRecord = {
      publisher_domain: String(record.publisher_domain ?? ""),
      target_url: String(record.target_url ?? ""),
      anchor_text: String(record.anchor_text ?? ""),
      ...(Object.keys(options).length ? { options } : {}),
    };
    if (present(record.max_cost)) {
      const cost = Number(record.max_cost);
      if (!Number.isFinite(cost)) throw new CliError(`${where}: max_cost must be a number of USD`);
      job.max_cost = cost;
    }
    return job;
  });
}

/** Where the index-th job of a batch file is, for a person: its row, the header not counted (row 1 is jobs[0]). */
export const rowOf = (index: number) => `row ${index + 1}`;
