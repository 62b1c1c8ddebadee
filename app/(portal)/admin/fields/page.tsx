// Fields in their order, with their routing rule (default lead agency); move up or down; add a field.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listFieldsForAdmin, listLeadAgencyChoices } from "@/lib/data/admin-fields";
import { formatNumber } from "@/lib/format";
import { PageHeading } from "@/components/page-heading";
import { ActionForm } from "@/components/action-form";
import { notFoundUnlessAllowed } from "../not-found-unless-allowed";
import { cardClass, inputClass, LabelledField } from "../admin-ui";
import { createFieldAction } from "./actions";
import { LeadSelect } from "./lead-select";
import { MoveButtons } from "./move-buttons";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.fields.title") };
}

export default async function FieldsPage() {
  const actor = await requireUser();
  const [fields, agencies] = await Promise.all([
    listFieldsForAdmin(actor),
    listLeadAgencyChoices(actor),
  ]).catch(notFoundUnlessAllowed);
  const { locale, t } = await getTranslator();
  const name = (row: { name: string; nameEn: string }) => (locale === "vi" ? row.name : row.nameEn);
  return (
    <>
      <PageHeading title={t("admin.fields.title")} intro={t("admin.fields.intro")} />
      <div className="mb-6 overflow-x-auto rounded-lg border border-gray-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("admin.fields.caption")}</caption>
          <thead className="bg-gray-50">
            <tr>
              <th scope="col" className="px-3 py-2">
                {t("admin.fields.field")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("admin.fields.lead")}
              </th>
              <th scope="col" className="hidden px-3 py-2 text-right md:table-cell">
                {t("admin.fields.proposals")}
              </th>
              <th scope="col" className="px-3 py-2">
                {t("admin.fields.order")}
              </th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field, index) => (
              <tr key={field.id} className="border-t border-gray-200 align-top">
                <td className="px-3 py-2">
                  <Link
                    href={`/admin/fields/${field.id}`}
                    aria-label={t("admin.fields.editLabel", { name: name(field) })}
                    className="font-medium text-brand-800 underline"
                  >
                    {name(field)}
                  </Link>
                  <span className="block text-muted">
                    {field.code} · {t(field.active ? "admin.common.active" : "admin.common.inactive")}
                  </span>
                </td>
                <td className="px-3 py-2">
                  {field.defaultLeadAgency ? name(field.defaultLeadAgency) : t("admin.fields.noLead")}
                  {field.defaultLeadAgency?.validTo && (
                    <span className="block font-medium text-red-800">{t("admin.fields.leadEnded")}</span>
                  )}
                </td>
                <td className="hidden px-3 py-2 text-right md:table-cell">
                  {formatNumber(field._count.proposals, locale)}
                </td>
                <td className="px-3 py-2">
                  <MoveButtons
                    fieldId={field.id}
                    updatedAt={field.updatedAt.toISOString()}
                    first={index === 0}
                    last={index === fields.length - 1}
                    labels={{
                      up: t("admin.fields.up"),
                      down: t("admin.fields.down"),
                      moveUp: t("admin.fields.moveUp", { name: name(field) }),
                      moveDown: t("admin.fields.moveDown", { name: name(field) }),
                    }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section className={`${cardClass} max-w-xl`} aria-labelledby="new-field-title">
        <h2 id="new-field-title" className="mb-2 text-lg font-semibold">
          {t("admin.fields.newTitle")}
        </h2>
        <ActionForm
          action={createFieldAction}
          hidden={{}}
          submitLabel={t("admin.fields.create")}
          pendingLabel={t("admin.fields.creating")}
          idPrefix="new-"
        >
          <LabelledField id="new-code" label={t("admin.agency.code")}>
            <input
              id="new-code"
              name="code"
              required
              maxLength={40}
              autoComplete="off"
              className={inputClass}
            />
          </LabelledField>
          <LabelledField id="new-name" label={t("admin.common.nameVi")}>
            <input id="new-name" name="name" required maxLength={200} className={inputClass} />
          </LabelledField>
          <LabelledField id="new-nameEn" label={t("admin.common.nameEn")}>
            <input id="new-nameEn" name="nameEn" required maxLength={200} lang="en" className={inputClass} />
          </LabelledField>
          <LeadSelect id="new-defaultLeadAgencyId" value={null} agencies={agencies} t={t} locale={locale} />
        </ActionForm>
      </section>
    </>
  );
}
