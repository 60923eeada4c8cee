export * from "./article-model";
export * from "./checks-content";
export * from "./checks-sources";
export * from "./qc-context";
export * from "./qc-report";
export * from "./qc-settings";
export * from "./run-qc";
export * from "./url-match";
