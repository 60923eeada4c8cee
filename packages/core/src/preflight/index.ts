export * from "./page-profile";
export * from "./preflight";
export * from "./topic-terms";
