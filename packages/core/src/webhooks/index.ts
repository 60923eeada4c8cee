export * from "./ports";
export * from "./webhook-dispatcher";
export * from "./webhook-records";
export * from "./webhook-service";
export * from "./webhook-signing";
