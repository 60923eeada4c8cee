import { APIUserAbortError, BacowrError } from "./errors";
import { wait } from "./transport";

/** How to follow one resource until it is final: its event stream first, polling when there is none. */
export interface FollowPlan<P, R> {
  /** Milliseconds before rejecting with `timeoutError`; at 2^31 ms or more there is no timer at all. */
  timeout: number;
  timeoutError: (last: P | undefined) => BacowrError;
  signal?: AbortSignal | undefined;
  /** Use the event stream (default), or only poll. */
  stream?: boolean | undefined;
  pollInterval?: number | undefined;
  events: (signal: AbortSignal) => AsyncIterable<P>;
  /** A fresh read: its progress, and the final resource when it is final. */
  poll: (signal: AbortSignal) => Promise<{ progress: P; final?: R }>;
  isFinal: (progress: P) => boolean;
  /** The key two reports share when nothing changed between them, so `onProgress` is called once per change. */
  changeKey: (progress: P) => string;
  onProgress?: ((progress: P) => void) | undefined;
}

/**
 * Follows a job or a batch to its end: the server's event stream until it
 * reports a final state (or is unavailable or drops: a proxy that buffers, an
 * older server), then polls until a read is final. Errors the caller caused
 * (4xx) are thrown at once; the timeout and the caller's signal abort both.
 */
export async function followUntilFinal<P, R>(plan: FollowPlan<P, R>): Promise<R> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(new APIUserAbortError("Waiting was aborted"));
  plan.signal?.addEventListener("abort", onAbort, { once: true });
  let last: P | undefined;
  // setTimeout cannot wait longer than 2^31-1 ms (it would fire at once): no timer at all for longer waits.
  const timer =
    plan.timeout < 2 ** 31
      ? setTimeout(() => controller.abort(plan.timeoutError(last)), plan.timeout)
      : undefined;
  const signal = controller.signal;
  const failure = () =>
    signal.reason instanceof BacowrError ? signal.reason : new APIUserAbortError("Aborted");
  let shown: string | undefined;
  const report = (progress: P) => {
    last = progress;
    const key = plan.changeKey(progress);
    if (key === shown) return;
    shown = key;
    plan.onProgress?.(progress);
  };
  try {
    if (plan.stream !== false) {
      try {
        for await (const progress of plan.events(signal)) {
          report(progress);
          if (plan.isFinal(progress)) break;
        }
      } catch (error) {
        if (signal.aborted) throw failure();
        if (error instanceof BacowrError && error.status !== undefined && error.status < 500) throw error;
      }
    }
    for (;;) {
      const read = await plan.poll(signal).catch((error: unknown) => {
        throw signal.aborted ? failure() : error;
      });
      report(read.progress);
      if (read.final !== undefined) return read.final;
      await wait(plan.pollInterval ?? 2_000, signal, failure);
    }
  } finally {
    clearTimeout(timer);
    plan.signal?.removeEventListener("abort", onAbort);
  }
}
