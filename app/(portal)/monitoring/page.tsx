// The monitoring board (theo dõi, đôn đốc): late work by agency and by field, each figure opening the list behind
// it, and an urge per agency. For the coordinator (agency.urge).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { getTranslator } from "@/lib/i18n/server";
import { getMonitoringBoard } from "@/lib/data/monitoring";
import { formatDate, formatNumber } from "@/lib/format";
import { PageHeading } from "@/components/page-heading";
import { StatCard } from "@/components/ui/stat-card";
import { UrgeForm } from "./urge-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("monitoring.title") };
}

function listHref(deadline: "overdue" | "due-soon", by: { agency?: number; field?: number | null }) {
  const params = new URLSearchParams({ deadline });
  if (by.agency) params.set("agency", String(by.agency));
  if (by.field) params.set("field", String(by.field));
  return `/proposals?${params}`;
}

export default async function MonitoringPage() {
  const actor = await requireUser();
  if (!can(actor.role, "agency.urge")) notFound();
  const [{ locale, t }, board] = await Promise.all([getTranslator(), getMonitoringBoard(actor)]);
  const n = (value: number) => formatNumber(value, locale);
  const figure = (value: number, href: string, label: string, alert: boolean) =>
    value > 0 ? (
      <Link
        href={href}
        aria-label={`${label}: ${n(value)}`}
        className={`font-semibold underline ${alert ? "text-red-800" : "text-brand-800"}`}
      >
        {n(value)}
      </Link>
    ) : (
      <span className="text-muted">0</span>
    );
  return (
    <>
      <PageHeading
        title={t("monitoring.title")}
        intro={t("monitoring.intro", { date: formatDate(board.soonThreshold) })}
      />
      <section aria-label={t("monitoring.summary")} className="mb-8 grid grid-cols-2 gap-3 md:grid-cols-4">
        <StatCard
          label={t("deadline.overdue")}
          value={n(board.totals.overdue)}
          href="/proposals?deadline=overdue"
          tone={board.totals.overdue > 0 ? "alert" : "default"}
        />
        <StatCard
          label={t("deadline.dueSoon")}
          value={n(board.totals.dueSoon)}
          href="/proposals?deadline=due-soon"
        />
        <StatCard
          label={t("monitoring.receiptOverdue")}
          value={n(board.totals.receiptOverdue)}
          href="/proposals?deadline=receipt-overdue"
          tone={board.totals.receiptOverdue > 0 ? "alert" : "default"}
        />
        <StatCard label={t("monitoring.urges30")} value={n(board.totals.urges)} />
      </section>

      <section aria-labelledby="by-agency" className="mb-8">
        <h2 id="by-agency" className="mb-3 text-lg font-semibold">
          {t("monitoring.byAgency")}
        </h2>
        {board.byAgency.length === 0 ? (
          <p className="rounded border border-dashed border-gray-300 bg-white p-4 text-muted">
            {t("monitoring.nothingLate")}
          </p>
        ) : (
          <ul className="space-y-3">
            {board.byAgency.map((agency) => {
              const name = locale === "vi" ? agency.name : agency.nameEn;
              return (
                <li key={agency.agencyId} className="rounded-lg border border-gray-200 bg-white p-4">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <h3 className="font-semibold">{name}</h3>
                    {agency.urges > 0 && (
                      <p
                        className={`rounded px-2 py-0.5 text-xs font-medium ${agency.maxLevel >= 2 ? "bg-red-100 text-red-900" : "bg-amber-100 text-amber-900"}`}
                      >
                        {t("monitoring.urgedTimes", {
                          count: agency.urges,
                          date: formatDate(agency.lastUrgedAt),
                        })}
                        {agency.maxLevel >= 2 && ` · ${t("monitoring.escalated")}`}
                      </p>
                    )}
                  </div>
                  <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm">
                    <div className="flex gap-1">
                      <dt>{t("deadline.overdue")}:</dt>
                      <dd>
                        {figure(
                          agency.overdue,
                          listHref("overdue", { agency: agency.agencyId }),
                          `${name} — ${t("deadline.overdue")}`,
                          true,
                        )}
                      </dd>
                    </div>
                    <div className="flex gap-1">
                      <dt>{t("deadline.dueSoon")}:</dt>
                      <dd>
                        {figure(
                          agency.dueSoon,
                          listHref("due-soon", { agency: agency.agencyId }),
                          `${name} — ${t("deadline.dueSoon")}`,
                          false,
                        )}
                      </dd>
                    </div>
                  </dl>
                  <details className="mt-3">
                    <summary className="cursor-pointer font-medium text-brand-800 underline">
                      {t("monitoring.urge")}
                    </summary>
                    <div className="mt-3">
                      <UrgeForm agency={agency} t={t} />
                    </div>
                  </details>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="by-field">
        <h2 id="by-field" className="mb-3 text-lg font-semibold">
          {t("monitoring.byField")}
        </h2>
        {board.byField.length === 0 ? (
          <p className="rounded border border-dashed border-gray-300 bg-white p-4 text-muted">
            {t("monitoring.nothingLate")}
          </p>
        ) : (
          <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t("monitoring.byField")}</caption>
              <thead className="bg-gray-50 text-xs uppercase text-muted">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    {t("proposals.field")}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    {t("deadline.overdue")}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    {t("deadline.dueSoon")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-gray-100">
                {board.byField.map((row) => {
                  const name = (locale === "vi" ? row.name : row.nameEn) ?? t("monitoring.noField");
                  return (
                    <tr key={row.fieldId ?? "none"}>
                      <th scope="row" className="px-3 py-2 font-normal">
                        {name}
                      </th>
                      <td className="px-3 py-2 text-right">
                        {row.fieldId
                          ? figure(
                              row.overdue,
                              listHref("overdue", { field: row.fieldId }),
                              `${name} — ${t("deadline.overdue")}`,
                              true,
                            )
                          : n(row.overdue)}
                      </td>
                      <td className="px-3 py-2 text-right">
                        {row.fieldId
                          ? figure(
                              row.dueSoon,
                              listHref("due-soon", { field: row.fieldId }),
                              `${name} — ${t("deadline.dueSoon")}`,
                              false,
                            )
                          : n(row.dueSoon)}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
