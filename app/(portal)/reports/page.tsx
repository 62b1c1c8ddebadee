// Reports: make a thematic or annual report (.docx) or a register (.xlsx), and download the ones made before.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { getTranslator } from "@/lib/i18n/server";
import { listReports } from "@/lib/data/dashboard-reports";
import { loadDashboardOptions } from "@/lib/data/dashboard-options";
import { toIsoDate } from "@/lib/format";
import { PageHeading } from "@/components/page-heading";
import { ReportForm } from "./report-form";
import { ReportList } from "./report-list";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("reports.title") };
}

export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireUser();
  if (!can(actor.role, "report.generate")) notFound();
  const created = Number((await searchParams).created) || undefined;
  const [{ t }, reports, options] = await Promise.all([
    getTranslator(),
    listReports(actor),
    loadDashboardOptions(),
  ]);
  const today = toIsoDate(new Date());
  return (
    <>
      <PageHeading title={t("reports.title")} intro={t("reports.intro")} />
      <section aria-labelledby="new-report" className="mb-10">
        <h2 id="new-report" className="mb-3 text-lg font-semibold">
          {t("reports.form.title")}
        </h2>
        <ReportForm t={t} options={options} year={Number(today.slice(0, 4))} today={today} />
      </section>
      <section aria-labelledby="made-reports">
        <h2 id="made-reports" className="mb-3 text-lg font-semibold">
          {t("reports.list.title")}
        </h2>
        <ReportList items={reports} t={t} created={created} />
      </section>
    </>
  );
}
