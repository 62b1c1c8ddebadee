// One field: its names and routing rule (the lead agency triage proposes), and whether it is in use.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { getFieldForAdmin, listLeadAgencyChoices } from "@/lib/data/admin-fields";
import { PageHeading } from "@/components/page-heading";
import { ActionForm } from "@/components/action-form";
import { notFoundUnlessAllowed } from "../../not-found-unless-allowed";
import { ActiveToggle, BackLink, cardClass, inputClass, LabelledField, routeId } from "../../admin-ui";
import { setFieldActiveAction, updateFieldAction } from "../actions";
import { LeadSelect } from "../lead-select";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.fields.title") };
}

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function FieldPage({ params, searchParams }: Props) {
  const actor = await requireUser();
  const id = routeId((await params).id);
  if (id === null) notFound();
  const [field, agencies] = await Promise.all([
    getFieldForAdmin(actor, id),
    listLeadAgencyChoices(actor),
  ]).catch(notFoundUnlessAllowed);
  const { done } = await searchParams;
  const { locale, t } = await getTranslator();
  const stamp = field.updatedAt.toISOString();
  return (
    <>
      <PageHeading
        title={locale === "vi" ? field.name : field.nameEn}
        intro={`${field.code} · ${t(field.active ? "admin.common.active" : "admin.common.inactive")}`}
      >
        <BackLink href="/admin/fields" label={t("admin.fields.back")} />
      </PageHeading>
      {done === "created" && (
        <p
          role="status"
          className="mb-4 rounded border border-green-700 bg-green-50 p-3 font-medium text-green-900"
        >
          {t("admin.fields.created")}
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-2">
        <section className={cardClass} aria-labelledby="edit-title">
          <h2 id="edit-title" className="mb-2 text-lg font-semibold">
            {t("admin.fields.editTitle")}
          </h2>
          <ActionForm
            action={updateFieldAction}
            hidden={{ fieldId: field.id, updatedAt: stamp }}
            submitLabel={t("admin.common.save")}
            pendingLabel={t("admin.common.saving")}
          >
            <LabelledField id="name" label={t("admin.common.nameVi")}>
              <input
                id="name"
                name="name"
                required
                maxLength={200}
                defaultValue={field.name}
                className={inputClass}
              />
            </LabelledField>
            <LabelledField id="nameEn" label={t("admin.common.nameEn")}>
              <input
                id="nameEn"
                name="nameEn"
                required
                maxLength={200}
                lang="en"
                defaultValue={field.nameEn}
                className={inputClass}
              />
            </LabelledField>
            <LeadSelect
              id="defaultLeadAgencyId"
              value={field.defaultLeadAgency}
              agencies={agencies}
              t={t}
              locale={locale}
            />
            {field.defaultLeadAgency?.validTo && (
              <p className="text-sm font-medium text-red-800">{t("admin.fields.leadEnded")}</p>
            )}
          </ActionForm>
        </section>
        <ActiveToggle
          title={t("admin.fields.activeTitle")}
          text={t(field.active ? "admin.fields.deactivateText" : "admin.fields.reactivateText")}
          active={field.active}
          action={setFieldActiveAction}
          hidden={{ fieldId: field.id, updatedAt: stamp }}
          historyHref={`/admin/audit?entity=Field&entityId=${field.id}`}
          t={t}
        />
      </div>
    </>
  );
}
