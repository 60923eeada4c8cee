export * from "./ports";
export * from "./records";
export * from "./task-rules";
export * from "./task-schemas";
export * from "./task-service";
