export * from "./auth/access-token";
export * from "./context";
export * from "./faces";
export * from "./http/error-payload";
export * from "./http/face-routers";
export * from "./http/response-shape";
export * from "./openapi";
export { type AppRouter, appRouter, createCaller } from "./root";
export type { Meta } from "./trpc";
