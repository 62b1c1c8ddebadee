// The administrators' audit trail: every change with who, when, and the data before and after; by entity, paged.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listAuditEntities, listAuditLog } from "@/lib/data/admin-audit";
import { AuditFilters } from "@/lib/schemas/admin-common";
import { formatDateTime, formatNumber } from "@/lib/format";
import { PageHeading } from "@/components/page-heading";
import { Pagination } from "@/components/pagination";
import { notFoundUnlessAllowed } from "../not-found-unless-allowed";
import { buttonClass, cardClass, inputClass } from "../admin-ui";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.audit.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const actor = await requireUser();
  const filters = AuditFilters.parse(await searchParams);
  const [entities, result] = await Promise.all([
    listAuditEntities(actor),
    listAuditLog(actor, filters),
  ]).catch(notFoundUnlessAllowed);
  const { locale, t } = await getTranslator();
  return (
    <>
      <PageHeading
        title={t("admin.audit.title")}
        intro={t("admin.audit.intro", { count: formatNumber(result.total, locale) })}
      />
      <form method="get" className="mb-4 grid gap-3 sm:grid-cols-[14rem_10rem_auto] sm:items-end">
        <div>
          <label htmlFor="entity" className="text-sm font-medium">
            {t("admin.audit.entity")}
          </label>
          <select id="entity" name="entity" defaultValue={filters.entity ?? ""} className={inputClass}>
            <option value="">{t("admin.audit.allEntities")}</option>
            {entities.map((entity) => (
              <option key={entity} value={entity}>
                {entity}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="entityId" className="text-sm font-medium">
            {t("admin.audit.entityId")}
          </label>
          <input
            id="entityId"
            name="entityId"
            maxLength={60}
            defaultValue={filters.entityId ?? ""}
            className={inputClass}
          />
        </div>
        <button type="submit" className={buttonClass}>
          {t("admin.audit.filter")}
        </button>
      </form>
      {result.rows.length === 0 ? (
        <p className={`${cardClass} text-muted`}>{t("admin.audit.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("admin.audit.caption")}</caption>
            <thead className="bg-gray-50">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("admin.audit.when")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("admin.audit.action")}
                </th>
                <th scope="col" className="hidden px-3 py-2 md:table-cell">
                  {t("admin.audit.who")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("admin.audit.data")}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((row) => (
                <tr key={row.id} className="border-t border-gray-200 align-top">
                  <td className="whitespace-nowrap px-3 py-2">{formatDateTime(row.createdAt)}</td>
                  <td className="px-3 py-2">
                    <span className="block font-medium">{row.action}</span>
                    <span className="text-muted">
                      {row.entity} #{row.entityId ?? "—"}
                    </span>
                    <span className="block text-muted md:hidden">
                      {row.actor?.name ?? t("admin.audit.system")}
                    </span>
                  </td>
                  <td className="hidden px-3 py-2 md:table-cell">
                    {row.actor ? (
                      <>
                        {row.actor.name}
                        <span className="block break-all text-muted">{row.actor.email}</span>
                      </>
                    ) : (
                      t("admin.audit.system")
                    )}
                  </td>
                  <td className="px-3 py-2">
                    {row.data !== null && (
                      <details>
                        <summary className="cursor-pointer text-brand-800 underline">
                          {t("admin.audit.showData")}
                        </summary>
                        <pre className="mt-1 max-w-[60ch] overflow-x-auto whitespace-pre-wrap break-words rounded bg-gray-50 p-2 text-xs">
                          {JSON.stringify(row.data, null, 2)}
                        </pre>
                      </details>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={result.page}
        pages={result.pages}
        params={{ entity: filters.entity, entityId: filters.entityId }}
        basePath="/admin/audit"
        t={t}
      />
    </>
  );
}
