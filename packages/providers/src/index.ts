export * from "./anthropic-client";
export * from "./brave-search-client";
export * from "./captcha-task-api";
export * from "./openai-client";
export * from "./safe-fetcher";
export * from "./serpapi-client";
export * from "./serper-client";
export * from "./wordpress-client";
