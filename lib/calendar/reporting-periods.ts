// The reporting periods of Decree 09/2019/NĐ-CP (Art. 12): figures are closed on the 14th, so a month runs from the
// 15th of the month before to the 14th, a quarter from the 15th of the month before it to the 14th of its last
// month, six months from 15/12 of the year before to 14/06, a year from 15/12 of the year before to 14/12.
import { isoDateKey } from "@/lib/calendar/working-days";

export type ReportingPeriod = {
  kind: "month" | "quarter" | "half" | "year";
  /** the month (1–12), quarter (1–4) or half (1) reported on; the year for a year */
  number: number;
  year: number;
  /** yyyy-MM-dd, both days included */
  from: string;
  to: string;
};

/** yyyy-MM-dd of the day in month m (1–12; 0 is December of the year before) of year y. */
const day = (y: number, m: number, d: number) => isoDateKey(new Date(Date.UTC(y, m - 1, d)));

/** The period reporting on month m of year y, and on the months up to it (quarter, half, year). */
function closingOn(y: number, m: number): ReportingPeriod {
  return { kind: "month", number: m, year: y, from: day(y, m - 1, 15), to: day(y, m, 14) };
}

/**
 * The current reporting periods for a day (a yyyy-MM-dd in Vietnam): the month, the quarter, the first six months
 * and the year whose figures that day falls in, then the year before, for comparison.
 */
export function reportingPeriods(todayIso: string): ReportingPeriod[] {
  const [y, m, d] = todayIso.split("-").map(Number) as [number, number, number];
  // From the 15th on, a day belongs to the next month's report (15/12 to the year after's).
  const month = d >= 15 ? (m === 12 ? { y: y + 1, m: 1 } : { y, m: m + 1 }) : { y, m };
  const quarter = Math.ceil(month.m / 3);
  const year = month.y;
  return [
    closingOn(month.y, month.m),
    {
      kind: "quarter",
      number: quarter,
      year,
      from: day(year, quarter * 3 - 3, 15),
      to: day(year, quarter * 3, 14),
    },
    { kind: "half", number: 1, year, from: day(year, 0, 15), to: day(year, 6, 14) },
    { kind: "year", number: year, year, from: day(year, 0, 15), to: day(year, 12, 14) },
    { kind: "year", number: year - 1, year: year - 1, from: day(year - 1, 0, 15), to: day(year - 1, 12, 14) },
  ];
}
