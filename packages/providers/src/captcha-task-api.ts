import {
  type CaptchaChallenge,
  CaptchaProviderError,
  type CaptchaSolver,
  type CaptchaType,
} from "@bacowr/core";
import { z } from "zod";

/**
 * 2Captcha (API v2) and Anti-Captcha speak the same JSON protocol:
 * `createTask`, then `getTaskResult` until the task is ready.
 */
export const captchaServices = {
  "2captcha": { baseUrl: "https://api.2captcha.com" },
  anticaptcha: { baseUrl: "https://api.anti-captcha.com" },
} as const;
export type CaptchaService = keyof typeof captchaServices;

const taskTypes: Record<CaptchaType, string> = {
  recaptcha_v2: "RecaptchaV2TaskProxyless",
  hcaptcha: "HCaptchaTaskProxyless",
};

const errorFields = {
  errorId: z.number(),
  errorCode: z.string().optional(),
  errorDescription: z.string().optional(),
};
const createTaskResponse = z.object({ ...errorFields, taskId: z.union([z.number(), z.string()]).optional() });
const taskResultResponse = z.object({
  ...errorFields,
  status: z.enum(["processing", "ready"]).optional(),
  solution: z.object({ gRecaptchaResponse: z.string(), token: z.string().optional() }).partial().optional(),
  cost: z.union([z.string(), z.number()]).optional(),
});

export interface CaptchaTaskApiOptions {
  service: CaptchaService;
  apiKey: string;
  baseUrl?: string | undefined;
  pollIntervalMs: number;
  timeoutMs: number;
  /** Injected for tests; the global fetch otherwise. */
  fetch?: typeof fetch;
}

export function createCaptchaTaskApiSolver(options: CaptchaTaskApiOptions): CaptchaSolver {
  const base = (options.baseUrl ?? captchaServices[options.service].baseUrl).replace(/\/+$/, "");
  const doFetch = options.fetch ?? fetch;
  const provider = options.service;

  // What a timeout means depends on the phase: creating the task, or waiting for its solution.
  const timeoutReason = (path: string) =>
    path === "createTask" ? "timed out creating the task" : "timed out waiting for a solution";

  const post = async <T>(
    path: string,
    body: unknown,
    schema: z.ZodType<T>,
    signal: AbortSignal,
  ): Promise<T> => {
    let response: Response;
    try {
      response = await doFetch(`${base}/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify(body),
        signal,
      });
    } catch (error) {
      const reason = signal.aborted
        ? timeoutReason(path)
        : `unreachable (${error instanceof Error ? error.message : error})`;
      throw new CaptchaProviderError(provider, reason, undefined, { cause: error });
    }
    if (!response.ok) throw new CaptchaProviderError(provider, `HTTP ${response.status} from ${path}`);
    const parsed = schema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new CaptchaProviderError(provider, `unexpected response from ${path}`);
    return parsed.data;
  };

  const failure = (
    r: { errorCode?: string | undefined; errorDescription?: string | undefined },
    taskId?: string,
  ) => new CaptchaProviderError(provider, r.errorDescription ?? r.errorCode ?? "unknown error", taskId);

  return {
    provider,
    async solve(challenge: CaptchaChallenge) {
      const deadline = AbortSignal.timeout(options.timeoutMs);
      const signal = challenge.signal ? AbortSignal.any([deadline, challenge.signal]) : deadline;
      const created = await post(
        "createTask",
        {
          clientKey: options.apiKey,
          task: {
            type: taskTypes[challenge.type],
            websiteURL: challenge.pageUrl,
            websiteKey: challenge.siteKey,
          },
        },
        createTaskResponse,
        signal,
      );
      if (created.errorId !== 0 || created.taskId === undefined) throw failure(created);
      const taskId = String(created.taskId);

      while (true) {
        await new Promise<void>((resolve, reject) => {
          const onAbort = () => {
            clearTimeout(timer);
            reject(new CaptchaProviderError(provider, timeoutReason("getTaskResult"), taskId));
          };
          const timer = setTimeout(() => {
            signal.removeEventListener("abort", onAbort);
            resolve();
          }, options.pollIntervalMs);
          if (signal.aborted) onAbort();
          else signal.addEventListener("abort", onAbort, { once: true });
        });
        const result = await post(
          "getTaskResult",
          { clientKey: options.apiKey, taskId: created.taskId },
          taskResultResponse,
          signal,
        ).catch((error: unknown) => {
          throw error instanceof CaptchaProviderError && !error.taskId
            ? new CaptchaProviderError(provider, error.reason, taskId, { cause: error })
            : error;
        });
        if (result.errorId !== 0) throw failure(result, taskId);
        if (result.status !== "ready") continue;
        const solution = result.solution?.gRecaptchaResponse ?? result.solution?.token;
        if (!solution) throw new CaptchaProviderError(provider, "the solution was empty", taskId);
        return { solution, taskId, cost: Number(result.cost ?? 0) || 0 };
      }
    },
  };
}
