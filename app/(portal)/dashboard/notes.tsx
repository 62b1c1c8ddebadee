// How the dashboard's figures are counted, and which filters are on: printed with the page.
import type { Dashboard } from "@/lib/data/dashboard";
import type { Display } from "./display";

const NOTES = ["answered", "onTime", "overdue", "median", "period", "agencies"] as const;

export function DashboardNotes({ d }: { d: Display }) {
  return (
    <section aria-labelledby="notes" className="mb-6 text-sm text-muted print:break-inside-avoid">
      <h2 id="notes" className="mb-2 text-base font-semibold text-ink">
        {d.t("dashboard.notes.title")}
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        {NOTES.map((key) => (
          <li key={key}>{d.t(`dashboard.notes.${key}`)}</li>
        ))}
        <li>{d.t("dashboard.locality.note")}</li>
      </ul>
    </section>
  );
}

/** "DT-2023; Sở Xây dựng; 01/01/2023 – 31/12/2023" for the filters in force, or "the whole program". */
export function activeFilterText(dashboard: Dashboard, d: Display): string {
  const { filters, options } = dashboard;
  const pick = (list: { id: number; label: string; labelEn: string }[], id?: number) => {
    const option = id === undefined ? undefined : list.find((o) => o.id === id);
    return option ? d.name(option, String(id)) : undefined;
  };
  const date = (iso?: string) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : "…");
  const parts = [
    pick(options.sessions, filters.session),
    pick(options.fields, filters.field),
    pick(options.agencies, filters.agency),
    pick([...options.units, ...options.districts], filters.unit),
    filters.from || filters.to ? `${date(filters.from)} – ${date(filters.to)}` : undefined,
  ].filter(Boolean);
  return parts.length ? parts.join("; ") : d.t("dashboard.noFilters");
}
