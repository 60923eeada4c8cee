export * from "./cache-entries";
export * from "./database";
export * from "./migrate";
export * from "./schema";
