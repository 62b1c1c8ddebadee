// Dates as dd/MM/yyyy and 24-hour times in Asia/Ho_Chi_Minh; numbers the Vietnamese way (1.234.567,5).
import type { Locale } from "@/lib/i18n/config";

export const TIME_ZONE = "Asia/Ho_Chi_Minh";

const dateParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
});
const timeParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** 03/08/2023 — the same in both languages, as officials write it. */
export function formatDate(value: Date | string | null | undefined): string {
  if (value === null || value === undefined) return "";
  return dateParts.format(new Date(value));
}

/** 03/08/2023 14:05 */
export function formatDateTime(value: Date | string | null | undefined): string {
  if (value === null || value === undefined) return "";
  const date = new Date(value);
  return `${dateParts.format(date)} ${timeParts.format(date)}`;
}

/** ISO yyyy-MM-dd of the calendar day in Vietnam, for <input type="date"> and date columns. */
export function toIsoDate(value: Date): string {
  const [day, month, year] = dateParts.format(value).split("/");
  return `${year}-${month}-${day}`;
}

// A number format is costly to build (tens of microseconds) and the dashboard formats thousands of figures.
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, locale: Locale, fractionDigits = 0): string {
  const key = `${locale}:${fractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US", {
      maximumFractionDigits: fractionDigits,
    });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

export function formatPercent(ratio: number, locale: Locale): string {
  return `${formatNumber(ratio * 100, locale, 1)}%`;
}
