/** Time as a port, so rules about leases, expiry and backoff can be tested without sleeping. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
