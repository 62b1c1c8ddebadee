// How the dashboard writes its figures: numbers and rates the reader's way, names in the reader's language.
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { formatDate, formatNumber, formatPercent } from "@/lib/format";
import type { BreakdownRow, Figures } from "@/lib/data/dashboard";

export type Display = ReturnType<typeof makeDisplay>;

export function makeDisplay(locale: Locale, t: Translate) {
  const n = (value: number) => formatNumber(value, locale);
  const rate = (part: number, whole: number) =>
    whole === 0 ? t("common.none") : formatPercent(part / whole, locale);
  return {
    locale,
    t,
    n,
    rate,
    answeredRate: (f: Figures) => rate(f.answered, f.total),
    /** on time out of those whose outcome is known: approved (with a deadline) or already overdue */
    onTimeRate: (f: Figures) => rate(f.onTime, f.approved + f.overdue),
    satisfiedRate: (f: Figures) => rate(f.satisfied, f.rated),
    median: (f: Figures) =>
      f.medianDays === null ? t("common.none") : formatNumber(f.medianDays, locale, 1),
    name: (row: Pick<BreakdownRow, "label" | "labelEn" | "ended" | "province">, fallback: string) => {
      if (row.province) return t("dashboard.locality.afterReform");
      const name = (locale === "en" ? row.labelEn : row.label) || fallback;
      return row.ended ? t("dashboard.filters.ended", { name, date: formatDate(row.ended) }) : name;
    },
  };
}
