export * from "./order-rules";
export * from "./qc-check-service";
