export * from "./source-finder";
export * from "./source-register";
