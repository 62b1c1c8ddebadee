// Vietnam's public holidays and make-up working days 2023–2027 (CalendarDay reference data).
import type { Prisma } from "../../lib/generated/prisma/client";
import type { CalendarExceptionKind } from "../../lib/calendar/working-days";

export interface CalendarEntry {
  date: string; // yyyy-MM-dd
  kind: CalendarExceptionKind;
  name: string;
}

/** Consecutive dates from `from` to `to` inclusive, all with the same kind and name. */
function range(
  from: string,
  to: string,
  name: string,
  kind: CalendarExceptionKind = "HOLIDAY",
): CalendarEntry[] {
  const out: CalendarEntry[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push({ date: new Date(t).toISOString().slice(0, 10), kind, name });
  }
  return out;
}

const day = (date: string, name: string, kind: CalendarExceptionKind = "HOLIDAY"): CalendarEntry[] => [
  { date, kind, name },
];

/**
 * Sources: the Government's / Ministry's yearly notices on public holidays for civil servants (Labour
 * Code 2019 art. 112; two days for National Day from 2021). 2026 Tết follows the announced plan
 * (14–22/02/2026); Giỗ Tổ 2026–2027 are computed from the lunar calendar; 2027 Tết and the 2026–2027 National
 * Day bridge day are estimates (marked "ước tính") until the Government decides.
 */
export const CALENDAR_DAYS: readonly CalendarEntry[] = [
  // 2023
  ...day("2023-01-01", "Tết Dương lịch 2023"),
  ...day("2023-01-02", "Nghỉ bù Tết Dương lịch 2023"),
  ...range("2023-01-20", "2023-01-26", "Tết Nguyên đán Quý Mão 2023"),
  ...day("2023-04-29", "Giỗ Tổ Hùng Vương (10/3 âm lịch) 2023"),
  ...day("2023-04-30", "Ngày Giải phóng miền Nam, thống nhất đất nước 30/4/2023"),
  ...day("2023-05-01", "Ngày Quốc tế Lao động 1/5/2023"),
  ...range("2023-05-02", "2023-05-03", "Nghỉ bù Giỗ Tổ Hùng Vương và 30/4/2023"),
  ...day("2023-09-01", "Quốc khánh 2023 (ngày liền kề)"),
  ...day("2023-09-02", "Quốc khánh 2/9/2023"),
  ...day("2023-09-04", "Nghỉ bù Quốc khánh 2023"),
  // 2024
  ...day("2024-01-01", "Tết Dương lịch 2024"),
  ...range("2024-02-08", "2024-02-14", "Tết Nguyên đán Giáp Thìn 2024"),
  ...day("2024-04-18", "Giỗ Tổ Hùng Vương (10/3 âm lịch) 2024"),
  ...day("2024-04-29", "Nghỉ hoán đổi dịp 30/4/2024 (làm bù thứ Bảy 04/5/2024)"),
  ...day("2024-04-30", "Ngày Giải phóng miền Nam, thống nhất đất nước 30/4/2024"),
  ...day("2024-05-01", "Ngày Quốc tế Lao động 1/5/2024"),
  ...day("2024-05-04", "Làm bù cho ngày nghỉ 29/4/2024", "WORKING_DAY"),
  ...range("2024-09-02", "2024-09-03", "Quốc khánh 2/9/2024"),
  // 2025
  ...day("2025-01-01", "Tết Dương lịch 2025"),
  ...range("2025-01-25", "2025-02-02", "Tết Nguyên đán Ất Tỵ 2025"),
  ...day("2025-02-08", "Làm bù cho ngày nghỉ 27/01/2025 (Tết Ất Tỵ)", "WORKING_DAY"),
  ...day("2025-04-07", "Giỗ Tổ Hùng Vương (10/3 âm lịch) 2025"),
  ...day("2025-04-26", "Làm bù cho ngày nghỉ 02/5/2025", "WORKING_DAY"),
  ...day("2025-04-30", "Ngày Giải phóng miền Nam, thống nhất đất nước 30/4/2025"),
  ...day("2025-05-01", "Ngày Quốc tế Lao động 1/5/2025"),
  ...day("2025-05-02", "Nghỉ hoán đổi dịp 30/4/2025 (làm bù thứ Bảy 26/4/2025)"),
  ...range("2025-09-01", "2025-09-02", "Quốc khánh 2/9/2025"),
  // 2026
  ...day("2026-01-01", "Tết Dương lịch 2026"),
  ...range("2026-02-14", "2026-02-22", "Tết Nguyên đán Bính Ngọ 2026"),
  ...day("2026-04-26", "Giỗ Tổ Hùng Vương (10/3 âm lịch) 2026"),
  ...day("2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương 2026"),
  ...day("2026-04-30", "Ngày Giải phóng miền Nam, thống nhất đất nước 30/4/2026"),
  ...day("2026-05-01", "Ngày Quốc tế Lao động 1/5/2026"),
  ...day("2026-09-01", "Quốc khánh 2026 (ngày liền kề, ước tính)"),
  ...day("2026-09-02", "Quốc khánh 2/9/2026"),
  // 2027
  ...day("2027-01-01", "Tết Dương lịch 2027"),
  ...range("2027-02-05", "2027-02-11", "Tết Nguyên đán Đinh Mùi 2027 (ước tính, mùng 1 Tết là 06/02/2027)"),
  ...day("2027-04-16", "Giỗ Tổ Hùng Vương (10/3 âm lịch) 2027"),
  ...day("2027-04-30", "Ngày Giải phóng miền Nam, thống nhất đất nước 30/4/2027"),
  ...day("2027-05-01", "Ngày Quốc tế Lao động 1/5/2027"),
  ...day("2027-05-03", "Nghỉ bù Ngày Quốc tế Lao động 2027"),
  ...range("2027-09-02", "2027-09-03", "Quốc khánh 2/9/2027 (ngày liền kề ước tính)"),
];

/** The entries as the map the working-days functions take. */
export function calendarExceptions(
  entries: readonly CalendarEntry[] = CALENDAR_DAYS,
): Map<string, CalendarExceptionKind> {
  return new Map(entries.map((entry) => [entry.date, entry.kind]));
}

/** Inserts missing dates; an existing date (possibly edited by an administrator) is left as it is. */
export async function seedCalendar(db: Prisma.TransactionClient): Promise<number> {
  const result = await db.calendarDay.createMany({
    data: CALENDAR_DAYS.map((entry) => ({
      date: new Date(`${entry.date}T00:00:00Z`),
      kind: entry.kind,
      name: entry.name,
    })),
    skipDuplicates: true,
  });
  return result.count;
}
