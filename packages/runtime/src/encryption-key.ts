import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { AppConfig } from "@bacowr/config";
import { encryptionKeyFrom } from "@bacowr/core";
import type { Logger } from "pino";

/**
 * The key for secrets at rest: ENCRYPTION_KEY when set; otherwise a key file
 * created once beside the embedded database, so a plain `pnpm start` keeps
 * working across restarts without any setup.
 */
export function resolveEncryptionKey(config: AppConfig, logger: Logger): Uint8Array {
  if (config.env.ENCRYPTION_KEY) return encryptionKeyFrom(config.env.ENCRYPTION_KEY);
  if (config.env.DATA_DIR === "memory") return randomBytes(32);
  const dir = config.database.kind === "pglite" ? join(config.database.dataDir, "..") : config.env.DATA_DIR;
  const file = join(dir, "encryption.key");
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
    logger.warn(
      { file },
      "ENCRYPTION_KEY is not set; created a key file (set ENCRYPTION_KEY for shared databases)",
    );
  }
  return encryptionKeyFrom(readFileSync(file, "utf8").trim());
}
