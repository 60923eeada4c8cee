import { type AppConfig, ConfigError, loadConfig } from "@bacowr/config";

/** Loads the configuration or exits with one line naming the bad variable (exit code 78, EX_CONFIG). */
export function loadConfigOrExit(program: string): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${program}: ${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
}
