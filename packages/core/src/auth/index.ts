export * from "./auth-service";
export * from "./login-throttle";
export * from "./password-hash";
export * from "./ports";
export * from "./principal-resolver";
export * from "./records";
