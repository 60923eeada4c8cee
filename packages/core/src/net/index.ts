export * from "./address-policy";
export * from "./page-fetcher";
