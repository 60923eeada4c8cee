export { accessTokenSettingsFrom, buildServer } from "./app";
export { createLogger, type Platform, startPlatform } from "./platform";
