export * from "./observe";
export * from "./ports";
