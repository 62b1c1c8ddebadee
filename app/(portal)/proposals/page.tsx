// The proposal list: everything within the caller's scope, with filters that live in the URL.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listProposals, listSessionsForFilter } from "@/lib/data/proposals";
import { deadlineWindow } from "@/lib/data/calendar";
import {
  CARRIED_FILTERS,
  DEADLINE_FILTERS,
  filterParams,
  parseProposalFilters,
} from "@/lib/schemas/proposal-filters";
import { ALL_STATUSES } from "@/lib/workflow/proposal-status";
import { formatNumber } from "@/lib/format";
import { PageHeading } from "@/components/page-heading";
import { ProposalTable } from "@/components/proposal-table";
import { Pagination } from "@/components/pagination";
import { can } from "@/lib/permissions";
import { listCurrentAgencies } from "@/lib/data/triage";
import { BULK_FORM_ID, BulkForm } from "./bulk-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("proposals.title") };
}

export default async function ProposalsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireUser();
  const filters = parseProposalFilters(await searchParams);
  const [{ locale, t }, result, sessions, window] = await Promise.all([
    getTranslator(),
    listProposals(actor, filters),
    listSessionsForFilter(actor),
    deadlineWindow(),
  ]);
  const bulk = can(actor.role, "proposal.assign") ? await listCurrentAgencies(actor) : null;
  const statuses =
    actor.role === "COMMUNE_LEADER" ? ALL_STATUSES : ALL_STATUSES.filter((status) => status !== "DRAFT");
  const field = "mt-1 block w-full rounded border border-gray-400 bg-white px-2 py-2 text-base sm:text-sm";
  return (
    <>
      <PageHeading title={t("proposals.title")} intro={t("proposals.intro")}>
        {can(actor.role, "proposal.create") && (
          <Link
            href="/proposals/new"
            className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {t("nav.newProposal")}
          </Link>
        )}
      </PageHeading>
      <form
        method="get"
        role="search"
        className="mb-4 grid gap-3 rounded-lg border border-gray-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto]"
      >
        <div>
          <label htmlFor="q" className="text-sm font-medium">
            {t("proposals.search")}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            placeholder={t("proposals.searchPlaceholder")}
            className={field}
          />
        </div>
        {CARRIED_FILTERS.map((name) =>
          filters[name] === undefined ? null : (
            <input key={name} type="hidden" name={name} value={String(filters[name])} />
          ),
        )}
        <div>
          <label htmlFor="status" className="text-sm font-medium">
            {t("proposals.status")}
          </label>
          <select id="status" name="status" defaultValue={filters.status ?? ""} className={field}>
            <option value="">{t("proposals.allStatuses")}</option>
            {statuses.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="session" className="text-sm font-medium">
            {t("proposals.session")}
          </label>
          <select id="session" name="session" defaultValue={filters.session ?? ""} className={field}>
            <option value="">{t("proposals.allSessions")}</option>
            {sessions.map((session) => (
              <option key={session.id} value={session.id}>
                {session.code}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="deadline" className="text-sm font-medium">
            {t("proposals.deadlineFilter")}
          </label>
          <select id="deadline" name="deadline" defaultValue={filters.deadline ?? ""} className={field}>
            <option value="">{t("proposals.allDeadlines")}</option>
            {DEADLINE_FILTERS.filter(
              (value) => value !== "receipt-overdue" || can(actor.role, "proposal.triage"),
            ).map((value) => (
              <option key={value} value={value}>
                {t(`proposals.deadlineFilters.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-end gap-2">
          <button
            type="submit"
            className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {t("proposals.filter")}
          </button>
          <Link href="/proposals" className="px-2 py-2 text-sm text-brand-800 underline">
            {t("proposals.clear")}
          </Link>
        </div>
      </form>
      <p className="mb-2 text-sm text-muted" aria-live="polite">
        {t(result.capped ? "proposals.resultsMore" : "proposals.results", {
          count: formatNumber(result.total, locale),
        })}
      </p>
      <ProposalTable
        items={result.items}
        t={t}
        locale={locale}
        window={window}
        caption={t("proposals.title")}
        showUnit={actor.role !== "COMMUNE_LEADER"}
        selectForm={bulk ? BULK_FORM_ID : undefined}
      />
      {bulk && result.items.length > 0 && <BulkForm agencies={bulk} t={t} locale={locale} />}
      <Pagination
        page={result.page}
        pages={result.pages}
        params={filterParams(filters)}
        basePath="/proposals"
        t={t}
      />
    </>
  );
}
