export * from "./app-error";
export * from "./clock";
export * from "./coordination-ports";
export * from "./ids";
