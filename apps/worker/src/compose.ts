import type { AppConfig } from "@bacowr/config";
import {
  type Clock,
  createOperatorService,
  createRecordsService,
  createSecretBox,
  createTaskService,
  type SecretBox,
} from "@bacowr/core";
import { createBridgeRepositories, type DatabaseHandle } from "@bacowr/db";

/**
 * The composition root shared by the server and the standalone worker: core
 * services over the database's repositories, configured from AppConfig.
 */
export function composeServices(options: {
  config: AppConfig;
  database: DatabaseHandle;
  clock: Clock;
  encryptionKey: Uint8Array;
}) {
  const { config, database, clock } = options;
  const box: SecretBox = createSecretBox(options.encryptionKey);
  const repositories = createBridgeRepositories(database.db, box);
  const tasks = createTaskService(repositories.tasks, clock, {
    leaseSeconds: config.env.TASK_LEASE_SECONDS,
    retry: {
      baseDelaySeconds: config.env.TASK_RETRY_BASE_SECONDS,
      maxDelaySeconds: config.env.TASK_RETRY_MAX_SECONDS,
    },
  });
  return {
    box,
    repositories,
    bridge: {
      tasks,
      records: createRecordsService(repositories, clock, {
        proxyDeactivateAfter: config.env.PROXY_MAX_ERRORS,
      }),
      operator: createOperatorService(repositories, clock),
    },
  };
}

export type Services = ReturnType<typeof composeServices>;
