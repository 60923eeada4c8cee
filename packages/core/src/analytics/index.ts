export * from "./analytics-records";
export * from "./analytics-service";
export * from "./ports";
