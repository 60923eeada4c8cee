/** An outside service (LLM, captcha, SERP) refused or failed; `reason` is safe to show to the caller. */
export class ProviderError extends Error {
  constructor(
    readonly provider: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${provider}: ${reason}`, options);
  }
}
