export * from "./auth-service";
export * from "./password-hash";
export * from "./ports";
export * from "./records";
