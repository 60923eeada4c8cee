import type { Face } from "../faces";
import { appRouter } from "../root";
import { router } from "../trpc";

/**
 * Each face's procedures alone, under their usual dotted paths, so a REST mount of one face can
 * never answer with another face's procedure.
 */
export const faceRouters = {
  v1: router({ v1: appRouter.v1 }),
  bridge: router({ bridge: appRouter.bridge }),
} satisfies Record<Face, unknown>;
