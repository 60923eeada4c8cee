export * from "./operator-service";
export * from "./ports";
export * from "./records";
export * from "./records-service";
export * from "./relays";
export * from "./task-rules";
export * from "./task-schemas";
export * from "./task-service";
