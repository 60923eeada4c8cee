export const captchaTypes = ["recaptcha_v2", "hcaptcha"] as const;
export type CaptchaType = (typeof captchaTypes)[number];

export interface CaptchaChallenge {
  type: CaptchaType;
  siteKey: string;
  pageUrl: string;
  signal?: AbortSignal | undefined;
}

export interface CaptchaSolution {
  solution: string;
  taskId: string;
  /** USD, as the provider billed it. */
  cost: number;
}

/** A captcha-solving service (2Captcha, Anti-Captcha). */
export interface CaptchaSolver {
  readonly provider: string;
  solve(challenge: CaptchaChallenge): Promise<CaptchaSolution>;
}

export class CaptchaProviderError extends Error {
  override name = "CaptchaProviderError";
  constructor(
    readonly provider: string,
    readonly reason: string,
    readonly taskId?: string,
    options?: { cause?: unknown },
  ) {
    super(`${provider}: ${reason}`, options);
  }
}
