export * from "./idempotency";
export * from "./ports";
