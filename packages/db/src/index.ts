export * from "./cache-entries";
export * from "./database";
export * from "./migrate";
export * from "./pg-events";
export * from "./repositories";
export * from "./schema";
