import type { AppConfig } from "@bacowr/config";
import {
  type Clock,
  createAnalyticsService,
  createBatchService,
  createCaptchaRelay,
  createEstimateService,
  createExportService,
  createJobService,
  createLinkService,
  createLlmRelay,
  createOperatorService,
  createQcCheckService,
  createRecordsService,
  createSecretBox,
  createSourceFinder,
  createSourceLedger,
  createTaskService,
  createWebhookDispatcher,
  createWebhookService,
  defaultQcSettings,
  type EstimateSettings,
  type EventBus,
  estimateJob,
  type JobOptions,
  type OperationsObserver,
  observedUsage,
  type PipelineDeps,
  type SecretBox,
  type TierLimits,
  type WebhookDispatcherObserver,
} from "@bacowr/core";
import {
  createAnalyticsRepository,
  createBatchRepository,
  createBridgeRepositories,
  createCmsConnectionRepository,
  createExportRepository,
  createIdempotencyKeyStore,
  createJobRepository,
  createLinkRepository,
  createResearchCache,
  createWebhookRepository,
  type DatabaseHandle,
} from "@bacowr/db";
import {
  createSafeFetcher,
  createUrlVetter,
  createWikipediaSearch,
  createWordPressClient,
  wikipediaCheckUrl,
} from "@bacowr/providers";
import type { Logger } from "pino";
import {
  captchaSolverFrom,
  llmClientsFrom,
  priceTableFrom,
  serpClientFrom,
  sourceRegisterFrom,
} from "./providers";

/** Each tier's limits (the seed's table) as configured. */
export function tierLimitsFrom(config: AppConfig): TierLimits {
  const { env } = config;
  return {
    free: {
      requests_per_hour: env.V1_RATE_LIMIT_FREE,
      concurrent_jobs: env.TIER_CONCURRENT_JOBS_FREE,
      batch_size: env.TIER_BATCH_SIZE_FREE,
    },
    pro: {
      requests_per_hour: env.V1_RATE_LIMIT_PRO,
      concurrent_jobs: env.TIER_CONCURRENT_JOBS_PRO,
      batch_size: env.TIER_BATCH_SIZE_PRO,
    },
    enterprise: {
      requests_per_hour: env.V1_RATE_LIMIT_ENTERPRISE,
      concurrent_jobs: env.TIER_CONCURRENT_JOBS_ENTERPRISE,
      batch_size: env.TIER_BATCH_SIZE_ENTERPRISE,
    },
  };
}

/** The API's public base URL: PUBLIC_URL, or where this server listens (a local default). */
export function publicUrlOf(config: AppConfig): string {
  if (config.env.PUBLIC_URL) return config.env.PUBLIC_URL;
  const host = ["0.0.0.0", "::", "[::]"].includes(config.env.HOST) ? "localhost" : config.env.HOST;
  return `http://${host.includes(":") && !host.startsWith("[") ? `[${host}]` : host}:${config.env.PORT}`;
}

/**
 * The composition root shared by the server and the standalone worker: core
 * services over the database's repositories, configured from AppConfig.
 */
export function composeServices(options: {
  config: AppConfig;
  database: DatabaseHandle;
  clock: Clock;
  encryptionKey: Uint8Array;
  logger: Logger;
  /** Announces new jobs and job progress across processes (Redis, or PostgreSQL NOTIFY: see `eventBusFor`). */
  events?: EventBus;
  /** The jitter of retry delays; Math.random unless a test needs them exact. */
  random?: () => number;
  /** Told of every recorded LLM call (the operators' metrics). */
  observer?: OperationsObserver & WebhookDispatcherObserver;
}) {
  const { config, database, clock } = options;
  const box: SecretBox = createSecretBox(options.encryptionKey);
  const stores = createBridgeRepositories(database.db, box, {
    onUnreadableProxy: (proxyId, error) =>
      options.logger.error(
        { proxyId, err: error },
        "proxy password cannot be decrypted with this ENCRYPTION_KEY; the proxy is left out",
      ),
  });
  // One observed usage store for the pipeline and the relay: every priced LLM call reaches the metrics.
  const repositories = options.observer
    ? { ...stores, usage: observedUsage(stores.usage, options.observer) }
    : stores;
  const idempotencyKeys = createIdempotencyKeyStore(database.db);
  const tasks = createTaskService(repositories.tasks, clock, {
    leaseSeconds: config.env.TASK_LEASE_SECONDS,
    retry: {
      baseSeconds: config.env.TASK_RETRY_BASE_SECONDS,
      capSeconds: config.env.TASK_RETRY_MAX_SECONDS,
      random: options.random,
    },
  });
  const pageFetcher = createSafeFetcher({
    allowList: config.env.FETCH_ALLOW_PRIVATE_HOSTS,
    timeoutMs: config.env.FETCH_TIMEOUT_MS,
    maxBytes: config.env.FETCH_MAX_BYTES,
    maxRedirects: config.env.FETCH_MAX_REDIRECTS,
    userAgent: config.env.FETCH_USER_AGENT,
  });
  const preflight = {
    publisherHome: (domain: string) => config.env.PUBLISHER_URL_TEMPLATE.replaceAll("{domain}", domain),
  };
  const qcCheck = createQcCheckService({
    fetcher: pageFetcher,
    preflight,
    qc: defaultQcSettings,
    allowPrivateHosts: config.env.FETCH_ALLOW_PRIVATE_HOSTS,
  });
  const serp = serpClientFrom(config, pageFetcher);
  const llmClients = llmClientsFrom(config);
  const prices = priceTableFrom(config);
  const jobRepository = createJobRepository(database.db);
  const estimateSettings: EstimateSettings = {
    prices,
    models: Object.fromEntries(Object.values(llmClients).map((c) => [c.provider, c.defaultModel])),
    serpCostPerQuery: config.env.SERP_COST_PER_QUERY,
    shape: {
      qc: defaultQcSettings,
      maxOutputTokens: config.env.LLM_MAX_OUTPUT_TOKENS,
      maxRescueRounds: config.env.RESCUE_MAX_ROUNDS,
    },
  };
  const jobSettings = {
    llmProviders: Object.keys(llmClients),
    serpConfigured: serp !== undefined,
    allowPrivateHosts: config.env.FETCH_ALLOW_PRIVATE_HOSTS,
    events: options.events,
    estimateCost: (jobOptions: JobOptions) => estimateJob(jobOptions, estimateSettings).total,
  };
  const jobs = createJobService(jobRepository, idempotencyKeys, clock, jobSettings);
  const batches = createBatchService(createBatchRepository(database.db), idempotencyKeys, clock, {
    ...jobSettings,
    footprint: defaultQcSettings.footprint,
  });
  const estimates = createEstimateService(jobSettings, estimateSettings);
  const analytics = createAnalyticsService(createAnalyticsRepository(database.db), clock);
  const webhookRepository = createWebhookRepository(database.db);
  const webhooks = createWebhookService(webhookRepository, box, clock, {
    allowPrivateHosts: config.env.FETCH_ALLOW_PRIVATE_HOSTS,
    vetUrl: createUrlVetter({ allowList: config.env.FETCH_ALLOW_PRIVATE_HOSTS }).url,
    secretOverlapSeconds: config.env.WEBHOOK_SECRET_OVERLAP_SECONDS,
    maxSubscriptionsPerUser: config.env.WEBHOOK_MAX_PER_USER,
    events: options.events,
  });
  // Its own fetcher: the delivery timeout, no redirects followed, and a receiver's long answer is not an error.
  const webhookFetcher = createSafeFetcher({
    allowList: config.env.FETCH_ALLOW_PRIVATE_HOSTS,
    timeoutMs: config.env.WEBHOOK_TIMEOUT_MS,
    maxBytes: 1024 * 1024,
    maxRedirects: 0,
    userAgent: "BACOWR-Webhooks/1.0",
  });
  const webhookDispatcher = createWebhookDispatcher({
    repository: webhookRepository,
    box,
    fetcher: webhookFetcher,
    clock,
    observer: options.observer,
    settings: {
      publicUrl: publicUrlOf(config),
      maxAttempts: config.env.WEBHOOK_MAX_ATTEMPTS,
      retry: {
        baseSeconds: config.env.WEBHOOK_RETRY_BASE_SECONDS,
        capSeconds: config.env.WEBHOOK_RETRY_MAX_SECONDS,
        random: options.random,
      },
      leaseSeconds: config.env.WEBHOOK_LEASE_SECONDS ?? Math.ceil(config.env.WEBHOOK_TIMEOUT_MS / 1000) + 30,
      batchSize: config.env.WEBHOOK_CONCURRENCY,
      disableAfterSeconds: config.env.WEBHOOK_DISABLE_AFTER_SECONDS,
    },
  });
  // The monitor's own fetcher: a user agent that says who is visiting and why.
  const linkFetcher = createSafeFetcher({
    allowList: config.env.FETCH_ALLOW_PRIVATE_HOSTS,
    timeoutMs: config.env.FETCH_TIMEOUT_MS,
    maxBytes: config.env.FETCH_MAX_BYTES,
    maxRedirects: config.env.FETCH_MAX_REDIRECTS,
    userAgent: config.env.LINK_CHECK_USER_AGENT,
  });
  const links = createLinkService({
    links: createLinkRepository(database.db),
    jobs: jobRepository,
    fetcher: linkFetcher,
    checkUrlOf: config.env.SOURCE_WIKIPEDIA_URL
      ? wikipediaCheckUrl(config.env.SOURCE_WIKIPEDIA_URL)
      : undefined,
    clock,
    events: options.events,
    settings: {
      schedule: config.env.LINK_CHECK_SCHEDULE,
      leaseSeconds: config.env.LINK_CHECK_LEASE_SECONDS,
      batchSize: config.env.LINK_CHECK_CONCURRENCY,
      allowPrivateHosts: config.env.FETCH_ALLOW_PRIVATE_HOSTS,
    },
  });
  const exports = createExportService({
    jobs: jobRepository,
    exports: createExportRepository(database.db),
    connections: createCmsConnectionRepository(database.db),
    wordpress: createWordPressClient({ fetcher: pageFetcher }),
    box,
    clock,
    events: options.events,
    onPublished: (job, record) => links.placeExport(job, record),
    settings: { allowPrivateHosts: config.env.FETCH_ALLOW_PRIVATE_HOSTS },
  });
  const sources = config.env.SOURCE_FINDER_ENABLED
    ? createSourceFinder({
        fetcher: pageFetcher,
        encyclopedia: config.env.SOURCE_WIKIPEDIA_URL
          ? createWikipediaSearch({ fetcher: pageFetcher, urlTemplate: config.env.SOURCE_WIKIPEDIA_URL })
          : undefined,
        register: sourceRegisterFrom(config),
        cache: createResearchCache(database.db, clock),
        ttlSeconds: config.env.SOURCE_CHECK_TTL_SECONDS,
        qc: defaultQcSettings,
      })
    : undefined;
  const pipeline: PipelineDeps = {
    jobs: jobRepository,
    usage: repositories.usage,
    llm: llmClients,
    prices,
    fetcher: pageFetcher,
    preflight,
    sources,
    watchSources: (job, cited) => links.placeSources(job, cited),
    ledger: config.env.SOURCE_LEDGER_ENABLED
      ? createSourceLedger({
          fetcher: pageFetcher,
          qc: defaultQcSettings,
          checkUrlOf: config.env.SOURCE_WIKIPEDIA_URL
            ? wikipediaCheckUrl(config.env.SOURCE_WIKIPEDIA_URL)
            : undefined,
          now: () => clock.now(),
        })
      : undefined,
    research: serp && {
      serp,
      cache: createResearchCache(database.db, clock),
      ttlSeconds: config.env.SERP_CACHE_TTL_SECONDS,
      costPerQuery: config.env.SERP_COST_PER_QUERY,
    },
    qc: defaultQcSettings,
    clock,
    events: options.events,
    logger: options.logger.child({ component: "pipeline" }),
    settings: {
      maxRescueRounds: config.env.RESCUE_MAX_ROUNDS,
      maxAttempts: config.env.JOB_MAX_ATTEMPTS,
      retry: {
        baseSeconds: config.env.JOB_RETRY_BASE_SECONDS,
        capSeconds: config.env.JOB_RETRY_MAX_SECONDS,
        random: options.random,
      },
      maxOutputTokens: config.env.LLM_MAX_OUTPUT_TOKENS,
    },
  };
  return {
    box,
    repositories,
    llmClients,
    prices,
    /** The only way out to the web (SSRF-safe); closed with `close()`. */
    pageFetcher,
    close: async () => {
      await pageFetcher.close();
      await webhookFetcher.close();
      await linkFetcher.close();
    },
    qcCheck,
    jobs,
    batches,
    estimates,
    analytics,
    webhooks,
    /** WordPress export and saved CMS connections. */
    exports,
    /** The live-link monitor (run by `startLinkMonitor` wherever the worker loop runs). */
    links,
    /** Sends due webhook deliveries (run by `startWebhookDispatcher` wherever the worker loop runs). */
    webhookDispatcher,
    webhookRetentionDays: config.env.WEBHOOK_RETENTION_DAYS,
    tierLimits: tierLimitsFrom(config),
    /** What the job runner needs to run the pipeline. */
    pipeline,
    /** SERP research for heavy preflight; undefined without SERP_API_KEY. */
    serp,
    bridge: {
      llm: createLlmRelay(repositories, {
        clients: llmClients,
        defaultProvider: config.env.LLM_RELAY_PROVIDER,
        defaultMaxTokens: config.env.LLM_RELAY_DEFAULT_MAX_TOKENS,
        maxTokensLimit: config.env.LLM_RELAY_MAX_TOKENS,
        prices,
      }),
      captcha: createCaptchaRelay(repositories, captchaSolverFrom(config)),
      tasks,
      records: createRecordsService(repositories, clock, {
        proxyDeactivateAfter: config.env.PROXY_MAX_ERRORS,
        allowPrivateHosts: config.env.FETCH_ALLOW_PRIVATE_HOSTS,
        onBacklinkLive: (backlink, campaign) => links.placeBacklink(backlink, campaign),
      }),
      operator: createOperatorService(repositories, idempotencyKeys, clock),
    },
  };
}

export type Services = ReturnType<typeof composeServices>;
