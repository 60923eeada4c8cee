import type { WebhookDispatcher } from "@bacowr/core";
import { startWebhookDispatcher } from "@bacowr/runtime";
import { pino } from "pino";
import { describe, expect, it } from "vitest";

// The dispatcher loop's wake-ups (a job changed, a test ping, a replay), with a stand-in dispatcher: the
// poll interval is a minute, so only a wake-up can start the next run within the test's time.
describe("the webhook dispatcher loop", () => {
  it("does not lose a wake-up that arrives while a run is finding nothing due", async () => {
    let runs = 0;
    let loop: ReturnType<typeof startWebhookDispatcher> | undefined;
    let secondRun: () => void = () => undefined;
    const ranAgain = new Promise<void>((resolve) => {
      secondRun = resolve;
    });
    const dispatcher: WebhookDispatcher = {
      async runOnce() {
        runs++;
        // The claim query is in flight; meanwhile an event commits and its wake-up comes in.
        await new Promise((resolve) => setTimeout(resolve, 10));
        if (runs === 1) loop?.nudge();
        if (runs === 2) secondRun();
        // The claim had already looked: it found nothing.
        return 0;
      },
    };
    loop = startWebhookDispatcher({ dispatcher, pollIntervalMs: 60_000, logger: pino({ level: "silent" }) });
    const started = Date.now();
    try {
      await Promise.race([
        ranAgain,
        new Promise((_, reject) => setTimeout(() => reject(new Error("the wake-up was lost")), 2_000)),
      ]);
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      await loop.stop();
    }
  });

  it("sleeps until the poll interval when nothing woke it", async () => {
    let runs = 0;
    const dispatcher: WebhookDispatcher = {
      async runOnce() {
        runs++;
        return 0;
      },
    };
    const loop = startWebhookDispatcher({
      dispatcher,
      pollIntervalMs: 200,
      logger: pino({ level: "silent" }),
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await loop.stop();
    // At 0, 200 and 400 ms: polling, not spinning.
    expect(runs).toBeGreaterThanOrEqual(2);
    expect(runs).toBeLessThanOrEqual(4);
  });
});
