import { describe, expect, it } from "vitest";
import { RETRY_JITTER, retryDelay } from "../src/retry-delay";

const policy = { baseSeconds: 30, capSeconds: 3_600 };

describe("retryDelay", () => {
  it("doubles from the base, without jitter when random gives 0", () => {
    const exact = (attempt: number) => retryDelay(attempt, { ...policy, random: () => 0 });
    expect([1, 2, 3, 4].map(exact)).toEqual([30, 60, 120, 240]);
    expect(exact(0)).toBe(30);
  });

  it("never exceeds the cap, however many attempts", () => {
    for (const attempt of [8, 9, 20, 31, 1_000, Number.MAX_SAFE_INTEGER]) {
      const delay = retryDelay(attempt, { ...policy, random: () => 0 });
      expect(delay).toBe(3_600);
    }
    expect(retryDelay(3, { baseSeconds: 30, capSeconds: 100, random: () => 0 })).toBe(100);
  });

  it("shortens a delay by at most a quarter at random", () => {
    expect(RETRY_JITTER).toBe(0.25);
    expect(retryDelay(2, { ...policy, random: () => 0.5 })).toBe(52.5);
    expect(retryDelay(2, { ...policy, random: () => 0.999_999 })).toBeCloseTo(45, 3);
    expect(retryDelay(20, { ...policy, random: () => 0.999_999 })).toBeCloseTo(2_700, 1);
    // A misbehaving random source cannot push a delay outside its bounds.
    expect(retryDelay(2, { ...policy, random: () => 7 })).toBe(45);
    expect(retryDelay(2, { ...policy, random: () => -1 })).toBe(60);
  });

  it("stays within [0.75 d, d] with the real random source", () => {
    for (let attempt = 1; attempt <= 12; attempt++) {
      const d = Math.min(3_600, 30 * 2 ** (attempt - 1));
      for (let i = 0; i < 50; i++) {
        const delay = retryDelay(attempt, policy);
        expect(delay).toBeGreaterThanOrEqual(0.75 * d);
        expect(delay).toBeLessThanOrEqual(d);
      }
    }
  });

  it("is zero for a zero base (tests that retry at once)", () => {
    expect(retryDelay(5, { baseSeconds: 0, capSeconds: 3_600 })).toBe(0);
  });
});
