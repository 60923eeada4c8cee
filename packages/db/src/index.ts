export * from "./cache-entries";
export * from "./database";
export * from "./migrate";
export * from "./repositories";
export * from "./schema";
