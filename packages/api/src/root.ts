import { bridgeMetaRouter } from "./routers/bridge/meta";
import { v1MetaRouter } from "./routers/v1/meta";
import { router } from "./trpc";

export const appRouter = router({
  v1: router({
    meta: router(v1MetaRouter),
  }),
  bridge: router({
    meta: router(bridgeMetaRouter),
  }),
});

export type AppRouter = typeof appRouter;
