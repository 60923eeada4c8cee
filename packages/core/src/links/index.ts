export * from "./link-inspection";
export * from "./link-records";
export * from "./link-schedule";
export * from "./link-service";
export * from "./ports";
