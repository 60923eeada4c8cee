export * from "./ports";
export * from "./pricing";
export * from "./routing";
