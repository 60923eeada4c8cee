export * from "./anthropic-client";
export * from "./captcha-task-api";
export * from "./openai-client";
