// The Standing Committee dashboard: figures, breakdowns, trend and agency scorecard, filtered through the URL.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { getTranslator } from "@/lib/i18n/server";
import { getDashboard } from "@/lib/data/dashboard";
import { parseDashboardFilters } from "@/lib/schemas/dashboard";
import { formatDate } from "@/lib/format";
import { isoDateKey } from "@/lib/calendar/working-days";
import { PageHeading } from "@/components/page-heading";
import { PrintButton } from "@/components/print-button";
import { ActionForm } from "@/components/action-form";
import { makeDisplay } from "./display";
import { FilterForm } from "./filter-form";
import { FigureCards } from "./figure-cards";
import { Scorecard } from "./scorecard";
import { FieldSection, SessionSection } from "./breakdown-sections";
import { LocalitySection } from "./locality-section";
import { TrendSection } from "./trend-section";
import { exportSessionRegister } from "./actions";
import { DashboardNotes, activeFilterText } from "./notes";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("dashboard.title") };
}

export default async function DashboardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireUser();
  if (!can(actor.role, "dashboard.view")) notFound();
  const filters = parseDashboardFilters(await searchParams);
  const [{ locale, t }, dashboard] = await Promise.all([getTranslator(), getDashboard(actor, filters)]);
  const d = makeDisplay(locale, t);
  const reports = can(actor.role, "report.generate");
  return (
    <>
      <PageHeading title={t("dashboard.title")} intro={t("dashboard.intro")}>
        <div className="flex flex-wrap gap-2 print:hidden">
          <PrintButton label={t("dashboard.print")} />
          {reports && (
            <Link
              href="/reports"
              className="rounded border border-gray-400 px-4 py-2 font-medium hover:bg-gray-50"
            >
              {t("dashboard.toReports")}
            </Link>
          )}
        </div>
      </PageHeading>
      <p className="mb-4 text-sm text-muted">
        {t("dashboard.printedOn", { date: formatDate(dashboard.today) })} ·{" "}
        {t("dashboard.activeFilters", { filters: activeFilterText(dashboard, d) })}
      </p>
      <FilterForm
        filters={filters}
        options={dashboard.options}
        todayIso={isoDateKey(dashboard.today)}
        d={d}
      />
      <FigureCards totals={dashboard.totals} filters={filters} d={d} />
      <Scorecard rows={dashboard.byAgency} filters={filters} d={d} />
      <FieldSection rows={dashboard.byField} filters={filters} d={d} />
      <LocalitySection rows={dashboard.byUnit} filters={filters} d={d} />
      <SessionSection rows={dashboard.bySession} filters={filters} d={d} />
      <TrendSection points={dashboard.trend} d={d} />
      {reports && (
        <section
          aria-labelledby="register"
          className="mb-10 rounded-lg border border-gray-200 bg-white p-4 print:hidden"
        >
          <h2 id="register" className="text-lg font-semibold">
            {t("dashboard.register.title")}
          </h2>
          {filters.session ? (
            <ActionForm
              action={exportSessionRegister}
              hidden={{ session: filters.session }}
              submitLabel={t("dashboard.register.submit")}
              pendingLabel={t("dashboard.register.pending")}
              className="mt-2"
            >
              <p className="text-sm text-muted">{t("dashboard.register.intro")}</p>
            </ActionForm>
          ) : (
            <p className="mt-2 text-sm text-muted">{t("dashboard.register.chooseSession")}</p>
          )}
        </section>
      )}
      <DashboardNotes d={d} />
    </>
  );
}
