// Answer templates: in use, not in use, or all; each with the field and agency it is offered for.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listTemplatesForAdmin } from "@/lib/data/admin-templates";
import { TemplateFilters } from "@/lib/schemas/admin-template";
import { PageHeading } from "@/components/page-heading";
import { notFoundUnlessAllowed } from "../not-found-unless-allowed";
import { buttonClass, cardClass, inputClass, primaryLinkClass } from "../admin-ui";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.templates.title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TemplatesPage({ searchParams }: Props) {
  const actor = await requireUser();
  const filters = TemplateFilters.parse(await searchParams);
  const rows = await listTemplatesForAdmin(actor, filters).catch(notFoundUnlessAllowed);
  const { locale, t } = await getTranslator();
  const name = (row: { name: string; nameEn: string }) => (locale === "vi" ? row.name : row.nameEn);
  return (
    <>
      <PageHeading title={t("admin.templates.title")} intro={t("admin.templates.intro")}>
        <Link href="/admin/templates/new" className={primaryLinkClass}>
          {t("admin.templates.new")}
        </Link>
      </PageHeading>
      <form method="get" className="mb-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="status" className="text-sm font-medium">
            {t("admin.templates.status")}
          </label>
          <select id="status" name="status" defaultValue={filters.status} className={inputClass}>
            {(["active", "inactive", "all"] as const).map((status) => (
              <option key={status} value={status}>
                {t(`admin.templates.statuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass}>
          {t("admin.templates.filter")}
        </button>
      </form>
      {rows.length === 0 ? (
        <p className={`${cardClass} text-muted`}>{t("admin.templates.empty")}</p>
      ) : (
        <ul className="space-y-2" aria-label={t("admin.templates.caption")}>
          {rows.map((row) => (
            <li key={row.id} className={`${cardClass} p-3`}>
              <Link href={`/admin/templates/${row.id}`} className="font-medium text-brand-800 underline">
                {row.name}
              </Link>
              <span className="ml-2 text-sm text-muted">
                {t(row.active ? "admin.common.active" : "admin.common.inactive")}
              </span>
              <p className="text-sm">
                <span className="text-muted">{t("admin.templates.scope")}: </span>
                {row.field || row.agency
                  ? [
                      row.field &&
                        `${name(row.field)}${row.field.active ? "" : ` (${t("admin.templates.fieldInactive")})`}`,
                      row.agency &&
                        `${name(row.agency)}${row.agency.validTo ? ` (${t("admin.templates.agencyEnded")})` : ""}`,
                    ]
                      .filter(Boolean)
                      .join(" · ")
                  : t("admin.templates.general")}
              </p>
              <p className="mt-1 text-sm text-muted">{row.excerpt}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
