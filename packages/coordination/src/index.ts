import type { Coordination } from "@bacowr/core";
import { createMemoryCoordination } from "./memory";
import { createRedisCoordination } from "./redis";

export { createMemoryCoordination, createRedisCoordination };

/** Redis when a URL is configured, in-process otherwise. */
export function openCoordination(redisUrl: string | undefined, keyPrefix?: string): Promise<Coordination> {
  return redisUrl
    ? createRedisCoordination(redisUrl, keyPrefix)
    : Promise.resolve(createMemoryCoordination());
}
