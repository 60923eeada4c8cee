/**
 * ISO 8601 dates and times as users write them, to the period they name:
 * `2026-11-01` is the whole day, `2026-11-01T10:15` the whole minute,
 * `2026-11-01T10:15:30.250+02:00` one instant. Without an offset a value is UTC.
 *
 * Accepted: calendar (`2026-11-01`, `20261101`, `2026-11`, `2026`), ordinal (`2026-305`)
 * and week dates (`2026-W44-7`, `2026W447`); a time after `T` (or a space, as
 * Python's `str(datetime)` writes it) to the hour, minute or second, with a
 * fraction (`.` or `,`) on its last part, in extended or basic form; offsets
 * `Z`, `±hh`, `±hh:mm`, `±hhmm`.
 */

export interface IsoPeriod {
  /** The first millisecond of the period. */
  start: Date;
  /** The last millisecond of the period (inclusive). */
  end: Date;
}

const DAY_MS = 86_400_000;

const datePatterns: [RegExp, (m: RegExpExecArray) => { day: number; lengthDays?: number } | undefined][] = [
  // Calendar date, extended or basic.
  [
    /^(\d{4})-(\d{2})-(\d{2})$|^(\d{4})(\d{2})(\d{2})$/,
    (m) => calendar(m[1] ?? m[4], m[2] ?? m[5], m[3] ?? m[6]),
  ],
  // A year or a month: all of it.
  [
    /^(\d{4})$/,
    (m) => {
      const first = Date.UTC(Number(m[1]), 0, 1);
      return { day: first, lengthDays: (Date.UTC(Number(m[1]) + 1, 0, 1) - first) / DAY_MS };
    },
  ],
  [
    /^(\d{4})-(\d{2})$/,
    (m) => {
      const year = Number(m[1]);
      const month = Number(m[2]);
      if (month < 1 || month > 12) return undefined;
      const first = Date.UTC(year, month - 1, 1);
      return { day: first, lengthDays: (Date.UTC(year, month, 1) - first) / DAY_MS };
    },
  ],
  // Ordinal date.
  [
    /^(\d{4})-?(\d{3})$/,
    (m) => {
      const year = Number(m[1]);
      const ordinal = Number(m[2]);
      const daysInYear = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY_MS;
      if (ordinal < 1 || ordinal > daysInYear) return undefined;
      return { day: Date.UTC(year, 0, 1) + (ordinal - 1) * DAY_MS };
    },
  ],
  // Week date (ISO weeks start on Monday; week 1 holds the year's first Thursday).
  [
    /^(\d{4})-?W(\d{2})-?([1-7])$/,
    (m) => {
      const year = Number(m[1]);
      const week = Number(m[2]);
      const weekday = Number(m[3]);
      const jan4 = Date.UTC(year, 0, 4);
      const mondayOfWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
      const weeksInYear = isLongYear(year) ? 53 : 52;
      if (week < 1 || week > weeksInYear) return undefined;
      return { day: mondayOfWeek1 + ((week - 1) * 7 + weekday - 1) * DAY_MS };
    },
  ],
];

function isLongYear(year: number): boolean {
  // A year has 53 ISO weeks when it starts on a Thursday, or is a leap year starting on a Wednesday.
  const jan1 = new Date(Date.UTC(year, 0, 1)).getUTCDay();
  const leap = new Date(Date.UTC(year, 1, 29)).getUTCMonth() === 1;
  return jan1 === 4 || (leap && jan1 === 3);
}

function calendar(yearText?: string, monthText?: string, dayText?: string) {
  const [year, month, day] = [Number(yearText), Number(monthText), Number(dayText)];
  const at = Date.UTC(year, month - 1, day);
  const date = new Date(at);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  return { day: at };
}

const timePattern = /^(\d{2})(?::?(\d{2})(?::?(\d{2}))?)?(?:[.,](\d{1,9}))?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** The time of day in ms after midnight UTC-offset-adjusted, and the length of the period it names. */
function parseTime(text: string): { offsetMs: number; lengthMs: number } | undefined {
  const m = timePattern.exec(text);
  if (!m) return undefined;
  const [, hh, mm, ss, fraction, zone] = m;
  const hours = Number(hh);
  const minutes = mm === undefined ? 0 : Number(mm);
  const seconds = ss === undefined ? 0 : Number(ss);
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const unitMs = ss !== undefined ? 1000 : mm !== undefined ? 60_000 : 3_600_000;
  const fractionMs = fraction === undefined ? 0 : Math.floor(Number(`0.${fraction}`) * unitMs);
  let zoneMs = 0;
  if (zone && zone.toUpperCase() !== "Z") {
    const digits = zone.slice(1).replace(":", "");
    const zoneHours = Number(digits.slice(0, 2));
    const zoneMinutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
    if (zoneHours > 14 || zoneMinutes > 59) return undefined;
    zoneMs = (zone.startsWith("-") ? -1 : 1) * (zoneHours * 3_600_000 + zoneMinutes * 60_000);
  }
  return {
    offsetMs: hours * 3_600_000 + minutes * 60_000 + seconds * 1000 + fractionMs - zoneMs,
    // A fraction names an instant (to the millisecond); otherwise the whole hour, minute or second.
    lengthMs: fraction === undefined ? unitMs : 1,
  };
}

/** The period an ISO 8601 date or date-time names, or undefined when it is not one. */
export function parseIsoPeriod(value: string): IsoPeriod | undefined {
  const text = value.trim();
  const [datePart = "", timePart, ...rest] = text.split(/[Tt ]/);
  if (rest.length > 0 || (timePart !== undefined && timePart === "")) return undefined;
  let date: { day: number; lengthDays?: number } | undefined;
  for (const [pattern, build] of datePatterns) {
    const m = pattern.exec(datePart);
    if (m) {
      date = build(m);
      break;
    }
  }
  if (!date) return undefined;
  if (timePart === undefined) {
    const end = date.day + (date.lengthDays ?? 1) * DAY_MS - 1;
    return { start: new Date(date.day), end: new Date(end) };
  }
  if (date.lengthDays !== undefined) return undefined; // a time needs a day, not a month
  const time = parseTime(timePart);
  if (!time) return undefined;
  const start = date.day + time.offsetMs;
  if (Number.isNaN(start)) return undefined;
  return { start: new Date(start), end: new Date(start + time.lengthMs - 1) };
}
