import { ProviderError } from "../provider-error";

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

/** A captcha service refused or failed; `taskId` names its task when one was created. */
export class CaptchaProviderError extends ProviderError {
  override name = "CaptchaProviderError";
  constructor(
    provider: string,
    reason: string,
    readonly taskId?: string,
    options?: { cause?: unknown },
  ) {
    super(provider, reason, options);
  }
}
