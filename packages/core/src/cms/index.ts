export * from "./export-records";
export * from "./export-service";
export * from "./ports";
export * from "./wordpress-api";
