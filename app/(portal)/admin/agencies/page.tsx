// Agencies as of a date (?on=, default today): in force, ended, or all; with a search.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listAgenciesForAdmin } from "@/lib/data/admin-agencies";
import { isValidOn } from "@/lib/data/validity";
import { AGENCY_STATUSES, AgencyFilters } from "@/lib/schemas/admin-agency";
import { formatDate, formatNumber, toIsoDate } from "@/lib/format";
import { PageHeading } from "@/components/page-heading";
import { notFoundUnlessAllowed } from "../not-found-unless-allowed";
import { buttonClass, cardClass, inputClass, primaryLinkClass, validityText } from "../admin-ui";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.agencies.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function stateOn(agency: { validFrom: Date; validTo: Date | null }, on: Date) {
  if (isValidOn(agency, on)) return "admin.agencies.stateCurrent";
  return agency.validFrom > on ? "admin.agencies.stateUpcoming" : "admin.agencies.stateEnded";
}

export default async function AgenciesPage({ searchParams }: Props) {
  const actor = await requireUser();
  const filters = AgencyFilters.parse(await searchParams);
  const result = await listAgenciesForAdmin(actor, filters).catch(notFoundUnlessAllowed);
  const { locale, t } = await getTranslator();
  return (
    <>
      <PageHeading
        title={t("admin.agencies.title")}
        intro={t("admin.agencies.intro", {
          count: formatNumber(result.rows.length, locale),
          date: formatDate(result.on),
        })}
      >
        <Link href="/admin/agencies/new" className={primaryLinkClass}>
          {t("admin.agencies.new")}
        </Link>
      </PageHeading>
      <form
        method="get"
        className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-[11rem_14rem_1fr_auto] lg:items-end"
      >
        <div>
          <label htmlFor="on" className="text-sm font-medium">
            {t("admin.agencies.on")}
          </label>
          <input id="on" name="on" type="date" defaultValue={toIsoDate(result.on)} className={inputClass} />
        </div>
        <div>
          <label htmlFor="status" className="text-sm font-medium">
            {t("admin.agencies.status")}
          </label>
          <select id="status" name="status" defaultValue={filters.status} className={inputClass}>
            {AGENCY_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`admin.agencies.statuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="q" className="text-sm font-medium">
            {t("admin.agencies.search")}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            maxLength={200}
            defaultValue={filters.q ?? ""}
            className={inputClass}
          />
        </div>
        <button type="submit" className={buttonClass}>
          {t("admin.agencies.filter")}
        </button>
      </form>
      {result.rows.length === 0 ? (
        <p className={`${cardClass} text-muted`}>{t("admin.agencies.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("admin.agencies.caption")}</caption>
            <thead className="bg-gray-50">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("admin.agencies.name")}
                </th>
                <th scope="col" className="hidden px-3 py-2 md:table-cell">
                  {t("admin.agencies.type")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("admin.agencies.validity")}
                </th>
                <th scope="col" className="hidden px-3 py-2 lg:table-cell">
                  {t("admin.agencies.successor")}
                </th>
                <th scope="col" className="hidden px-3 py-2 text-right sm:table-cell">
                  {t("admin.agencies.users")}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((agency) => (
                <tr key={agency.id} className="border-t border-gray-200 align-top">
                  <td className="px-3 py-2">
                    <Link
                      href={`/admin/agencies/${agency.id}`}
                      className="font-medium text-brand-800 underline"
                    >
                      {agency.name}
                    </Link>
                    <span className="block text-muted">
                      {agency.shortName} · {agency.code}
                      {agency.parent && ` · ${agency.parent.shortName}`}
                    </span>
                  </td>
                  <td className="hidden px-3 py-2 md:table-cell">{t(`admin.agencyTypes.${agency.type}`)}</td>
                  <td className="px-3 py-2">
                    <span className="block font-medium">{t(stateOn(agency, result.on))}</span>
                    <span className="text-muted">{validityText(agency, t)}</span>
                  </td>
                  <td className="hidden px-3 py-2 lg:table-cell">
                    {agency.successor ? (
                      <Link
                        href={`/admin/agencies/${agency.successor.id}`}
                        className="text-brand-800 underline"
                      >
                        {agency.successor.name}
                      </Link>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="hidden px-3 py-2 text-right sm:table-cell">
                    {formatNumber(agency._count.users, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
