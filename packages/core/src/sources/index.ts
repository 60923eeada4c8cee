export * from "./source-finder";
export * from "./source-ledger";
export * from "./source-register";
