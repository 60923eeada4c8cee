export * from "./serp";
