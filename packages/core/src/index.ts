export * from "./app-error";
export * from "./bridge";
export * from "./captcha";
export * from "./clock";
export * from "./coordination-ports";
export * from "./ids";
export * from "./llm";
export * from "./secret-box";
