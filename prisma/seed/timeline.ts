// Date helpers for the demo: calendar days (UTC midnight), instants in Vietnam time, working-day spreads.
import { addWorkingDays, isWorkingDay, type CalendarExceptions } from "../../lib/calendar/working-days";
import type { Rng } from "./random";

const DAY_MS = 86_400_000;
const ICT_OFFSET_MS = 7 * 3_600_000;

export const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);
export const addDays = (day: Date, n: number) => new Date(day.getTime() + n * DAY_MS);
export const isoDay = (day: Date) => day.toISOString().slice(0, 10);

/** The calendar date in Vietnam of an instant, as UTC midnight. */
export function vietnamDay(instant: Date): Date {
  return new Date(Math.floor((instant.getTime() + ICT_OFFSET_MS) / DAY_MS) * DAY_MS);
}

/** The instant of hh:mm Vietnam time on a calendar day. */
export function atVietnamTime(day: Date, hour: number, minute = 0): Date {
  return new Date(day.getTime() - ICT_OFFSET_MS + (hour * 60 + minute) * 60_000);
}

/** The first working day on or after `day`. */
export function onOrAfterWorkingDay(day: Date, exc: CalendarExceptions): Date {
  let d = day;
  while (!isWorkingDay(d, exc)) d = addDays(d, 1);
  return d;
}

/** The last working day on or before `day`. */
export function onOrBeforeWorkingDay(day: Date, exc: CalendarExceptions): Date {
  let d = day;
  while (!isWorkingDay(d, exc)) d = addDays(d, -1);
  return d;
}

/** Working days from a to b (b ≥ a, both working days), counting b but not a. */
export function wdGap(a: Date, b: Date, exc: CalendarExceptions): number {
  let n = 0;
  for (let d = a; d.getTime() < b.getTime();) {
    d = addWorkingDays(d, 1, exc);
    if (d.getTime() <= b.getTime()) n += 1;
  }
  return n;
}

/**
 * Days for a chain of steps after `start`: step i comes gaps[i] working days after step i-1. When the chain
 * would run past `end`, the gaps are scaled down so the last step lands on or before it (same-day steps allowed).
 */
export function spreadForward(
  start: Date,
  gaps: readonly number[],
  end: Date,
  exc: CalendarExceptions,
): Date[] {
  const room = Math.max(0, wdGap(start, end, exc));
  const total = gaps.reduce((a, b) => a + b, 0);
  const scale = total > room ? room / total : 1;
  const out: Date[] = [];
  let day = start;
  let used = 0;
  let exact = 0;
  for (const gap of gaps) {
    exact += gap * scale;
    const step = Math.max(0, Math.floor(exact) - used);
    used += step;
    day = addWorkingDays(day, step, exc);
    out.push(day);
  }
  return out;
}

/** Instants for consecutive steps on the given days: office hours, strictly increasing. */
export function stampDays(days: readonly Date[], rng: Rng, after?: Date): Date[] {
  const out: Date[] = [];
  let last = after?.getTime() ?? 0;
  for (const day of days) {
    const earliest = atVietnamTime(day, 7, 30).getTime();
    let t = Math.max(earliest + rng.int(0, 8 * 60) * 60_000, last + rng.int(10, 120) * 60_000);
    if (t > atVietnamTime(day, 21, 0).getTime()) t = last + rng.int(2, 9) * 60_000; // a busy day runs late, never backwards
    out.push(new Date(t));
    last = t;
  }
  return out;
}
