// The 1 July 2025 mapping from either side: what each new unit was made of, or what each old unit became.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listUnitMapping } from "@/lib/data/admin-units";
import { MappingFilters } from "@/lib/schemas/admin-unit";
import { formatNumber } from "@/lib/format";
import { PageHeading } from "@/components/page-heading";
import { notFoundUnlessAllowed } from "../../not-found-unless-allowed";
import { BackLink, buttonClass, cardClass, inputClass } from "../../admin-ui";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.mapping.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UnitMappingPage({ searchParams }: Props) {
  const actor = await requireUser();
  const filters = MappingFilters.parse(await searchParams);
  const result = await listUnitMapping(actor, filters).catch(notFoundUnlessAllowed);
  const { locale, t } = await getTranslator();
  const byNew = filters.view === "new";
  return (
    <>
      <PageHeading
        title={t("admin.mapping.title")}
        intro={t("admin.mapping.intro", { rows: formatNumber(result.rows, locale) })}
      >
        <BackLink href="/admin/units" label={t("admin.unit.back")} />
      </PageHeading>
      <form method="get" className="mb-4 grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <div>
          <label htmlFor="view" className="text-sm font-medium">
            {t("admin.mapping.view")}
          </label>
          <select id="view" name="view" defaultValue={filters.view} className={inputClass}>
            <option value="new">{t("admin.mapping.viewNew")}</option>
            <option value="old">{t("admin.mapping.viewOld")}</option>
          </select>
        </div>
        <div>
          <label htmlFor="q" className="text-sm font-medium">
            {t("admin.units.search")}
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
          {t("admin.units.show")}
        </button>
      </form>
      {result.groups.length === 0 ? (
        <p className={`${cardClass} text-muted`}>{t("admin.mapping.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("admin.mapping.caption")}</caption>
            <thead className="bg-gray-50">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t(byNew ? "admin.mapping.newUnit" : "admin.mapping.oldUnit")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t(byNew ? "admin.mapping.madeOf" : "admin.mapping.became")}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.groups.map((group) => (
                <tr key={group.unit.id} className="border-t border-gray-200 align-top">
                  <th scope="row" className="px-3 py-2 font-normal">
                    <Link
                      href={`/admin/units/${group.unit.id}`}
                      className="font-medium text-brand-800 underline"
                    >
                      {group.unit.name}
                    </Link>
                    <span className="block text-muted">
                      {group.unit.code}
                      {group.unit.district && ` · ${group.unit.district}`}
                    </span>
                  </th>
                  <td className="px-3 py-2">
                    <ul className="space-y-1">
                      {group.links.map((link) => (
                        <li key={link.id}>
                          <Link href={`/admin/units/${link.id}`} className="text-brand-800 underline">
                            {link.name}
                          </Link>{" "}
                          <span className="text-muted">
                            · {link.code}
                            {link.district && ` · ${link.district}`}
                            {byNew && link.split && ` · ${t("admin.mapping.partOf")}`}
                            {link.note && ` · ${link.note}`}
                          </span>
                        </li>
                      ))}
                    </ul>
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
