export * from "./address-policy";
export * from "./page-fetcher";
export * from "./public-url";
