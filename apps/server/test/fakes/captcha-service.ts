import { type FakeServer, startFakeServer } from "./http-fake";

export const FAKE_CAPTCHA_KEY = "fake-captcha-client-key";

/**
 * The createTask / getTaskResult protocol that 2Captcha (API v2) and
 * Anti-Captcha share: the task is "processing" for `pollsUntilReady` polls.
 */
export function startFakeCaptchaService(
  options: {
    pollsUntilReady?: number;
    error?: { code: string; description: string };
    neverReady?: boolean;
  } = {},
): Promise<FakeServer> {
  const polls = new Map<string, number>();
  let nextId = 7_000_000;
  return startFakeServer((request) => {
    if (request.body?.clientKey !== FAKE_CAPTCHA_KEY) {
      return {
        body: {
          errorId: 1,
          errorCode: "ERROR_KEY_DOES_NOT_EXIST",
          errorDescription: "Account authorization key not found",
        },
      };
    }
    if (request.path === "/createTask") {
      if (options.error)
        return {
          body: { errorId: 1, errorCode: options.error.code, errorDescription: options.error.description },
        };
      const type = request.body.task?.type;
      if (type !== "RecaptchaV2TaskProxyless" && type !== "HCaptchaTaskProxyless") {
        return {
          body: {
            errorId: 1,
            errorCode: "ERROR_TASK_NOT_SUPPORTED",
            errorDescription: "Task type not supported",
          },
        };
      }
      const taskId = nextId++;
      polls.set(String(taskId), 0);
      return { body: { errorId: 0, taskId } };
    }
    if (request.path === "/getTaskResult") {
      const id = String(request.body.taskId);
      const seen = polls.get(id);
      if (seen === undefined)
        return {
          body: { errorId: 16, errorCode: "ERROR_NO_SUCH_CAPCHA_ID", errorDescription: "Task not found" },
        };
      polls.set(id, seen + 1);
      if (options.neverReady || seen + 1 < (options.pollsUntilReady ?? 2))
        return { body: { errorId: 0, status: "processing" } };
      return {
        body: {
          errorId: 0,
          status: "ready",
          solution: { gRecaptchaResponse: `03AGdBq24Pj-solution-for-${id}` },
          cost: "0.00299",
          ip: "127.0.0.1",
          createTime: 1692863536,
          endTime: 1692863556,
          solveCount: 1,
        },
      };
    }
    return {
      status: 404,
      body: { errorId: 1, errorCode: "ERROR_UNKNOWN", errorDescription: "Unknown method" },
    };
  });
}
