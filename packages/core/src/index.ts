export * from "./app-error";
export * from "./bridge";
export * from "./clock";
export * from "./coordination-ports";
export * from "./ids";
export * from "./secret-box";
