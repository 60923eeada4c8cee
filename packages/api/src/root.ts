import { bridgeMetaRouter } from "./routers/bridge/meta";
import { bridgeProxiesRouter } from "./routers/bridge/proxies";
import { bridgeBacklinksRouter, bridgeSiteAccountsRouter } from "./routers/bridge/records";
import { bridgeCaptchaRouter, bridgeLlmRouter } from "./routers/bridge/relays";
import { bridgeTasksRouter } from "./routers/bridge/tasks";
import { analyticsRouter } from "./routers/v1/analytics";
import { authRouter } from "./routers/v1/auth";
import { batchesRouter } from "./routers/v1/batches";
import { cmsRouter } from "./routers/v1/cms";
import { estimateRouter } from "./routers/v1/estimate";
import { jobsRouter } from "./routers/v1/jobs";
import { linksRouter } from "./routers/v1/links";
import { v1MetaRouter } from "./routers/v1/meta";
import { operatorRouter } from "./routers/v1/operator";
import { qcRouter } from "./routers/v1/qc";
import { webhooksRouter } from "./routers/v1/webhooks";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  v1: router({
    analytics: router(analyticsRouter),
    auth: router(authRouter),
    batches: router(batchesRouter),
    cms: router(cmsRouter),
    estimate: router(estimateRouter),
    jobs: router(jobsRouter),
    links: router(linksRouter),
    meta: router(v1MetaRouter),
    operator: router(operatorRouter),
    qc: router(qcRouter),
    webhooks: router(webhooksRouter),
  }),
  bridge: router({
    meta: router(bridgeMetaRouter),
    tasks: router(bridgeTasksRouter),
    backlinks: router(bridgeBacklinksRouter),
    siteAccounts: router(bridgeSiteAccountsRouter),
    proxies: router(bridgeProxiesRouter),
    llm: router(bridgeLlmRouter),
    captcha: router(bridgeCaptchaRouter),
  }),
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process with a context, for routes the HTTP host serves outside the adapter. */
export const createCaller = createCallerFactory(appRouter);
