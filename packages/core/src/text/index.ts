export * from "./intent";
export * from "./language";
export * from "./normalise";
export * from "./segment";
export * from "./stem";
export * from "./terms";
export * from "./trust";
export * from "./urls";
