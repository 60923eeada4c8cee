import type { LinkVerdict } from "./link-inspection";
import type { LinkStatus } from "./link-records";

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3_600, d: 86_400 };

/** `"1h,1d,7d,30d"` → seconds after placement of each re-check; the last interval then repeats. */
export function parseLinkCheckSchedule(value: string): number[] {
  const parts = value
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length === 0) throw new Error("must list at least one interval, e.g. 1h,1d,7d,30d");
  const offsets = parts.map((part) => {
    const match = /^(\d+(?:\.\d+)?)\s*([smhd])$/i.exec(part);
    const unit = match?.[2] && UNITS[match[2].toLowerCase()];
    if (!match?.[1] || !unit) throw new Error(`"${part}" is not an interval like 30s, 15m, 1h or 7d`);
    const seconds = Number(match[1]) * unit;
    if (seconds <= 0) throw new Error(`"${part}" must be longer than nothing`);
    return seconds;
  });
  for (let i = 1; i < offsets.length; i += 1) {
    if ((offsets[i] ?? 0) <= (offsets[i - 1] ?? 0)) {
      throw new Error(`the intervals must grow: ${parts[i]} comes after ${parts[i - 1]}`);
    }
  }
  return offsets;
}

/**
 * When a link is next due, after `checksDone` checks: the first check is at placement, then at placement +
 * each offset in turn, then every last offset after that. Never before `now`.
 */
export function nextLinkCheckAt(
  placedAt: Date,
  checksDone: number,
  schedule: readonly number[],
  now: Date,
): Date {
  if (checksDone <= 0 || schedule.length === 0) return now;
  const last = schedule[schedule.length - 1] ?? 0;
  const index = checksDone - 1;
  // Past the list, the last interval repeats: 2 × last, 3 × last … after placement.
  const seconds = index < schedule.length ? (schedule[index] ?? 0) : last * (index - schedule.length + 2);
  const due = new Date(placedAt.getTime() + seconds * 1000);
  return due < now ? now : due;
}

/** A page that could not be read this many times in a row is taken to be gone. */
export const UNREACHABLE_CHECKS_BEFORE_GONE = 3;

/**
 * A link's status after a check, from its verdicts (newest first): a page that could not be read leaves the
 * status as it was, unless it failed the last three times, which counts as `page_gone`.
 */
export function linkStatusAfter(previous: LinkStatus, verdicts: readonly LinkVerdict[]): LinkStatus {
  const latest = verdicts[0];
  if (latest === undefined) return previous;
  if (latest !== "unreachable") return latest;
  const recent = verdicts.slice(0, UNREACHABLE_CHECKS_BEFORE_GONE);
  return recent.length === UNREACHABLE_CHECKS_BEFORE_GONE && recent.every((v) => v === "unreachable")
    ? "page_gone"
    : previous;
}
