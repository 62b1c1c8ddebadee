// One answer template: edit its name, text and scope; deactivate or reactivate it.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { getTemplateForAdmin, listTemplateChoices } from "@/lib/data/admin-templates";
import { PageHeading } from "@/components/page-heading";
import { ActionForm } from "@/components/action-form";
import { notFoundUnlessAllowed } from "../../not-found-unless-allowed";
import { ActiveToggle, BackLink, cardClass, routeId } from "../../admin-ui";
import { setTemplateActiveAction, updateTemplateAction } from "../actions";
import { TemplateFields } from "../template-fields";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.templates.editTitle") };
}

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function TemplatePage({ params, searchParams }: Props) {
  const actor = await requireUser();
  const id = routeId((await params).id);
  if (id === null) notFound();
  const [template, choices] = await Promise.all([
    getTemplateForAdmin(actor, id),
    listTemplateChoices(actor),
  ]).catch(notFoundUnlessAllowed);
  const { done } = await searchParams;
  const { locale, t } = await getTranslator();
  const stamp = template.updatedAt.toISOString();
  // An agency that has since ended stays choosable for a template that already has it.
  const agencies =
    template.agency && template.agencyId !== null && !choices.agencies.some((a) => a.id === template.agencyId)
      ? [
          ...choices.agencies,
          { id: template.agencyId, name: template.agency.name, nameEn: template.agency.nameEn },
        ]
      : choices.agencies;
  return (
    <>
      <PageHeading
        title={template.name}
        intro={t(template.active ? "admin.common.active" : "admin.common.inactive")}
      >
        <BackLink href="/admin/templates" label={t("admin.templates.back")} />
      </PageHeading>
      {done === "created" && (
        <p
          role="status"
          className="mb-4 rounded border border-green-700 bg-green-50 p-3 font-medium text-green-900"
        >
          {t("admin.templates.created")}
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-[1fr_18rem]">
        <section className={cardClass} aria-labelledby="edit-title">
          <h2 id="edit-title" className="mb-2 text-lg font-semibold">
            {t("admin.templates.editTitle")}
          </h2>
          <ActionForm
            action={updateTemplateAction}
            hidden={{ templateId: template.id, updatedAt: stamp }}
            submitLabel={t("admin.common.save")}
            pendingLabel={t("admin.common.saving")}
          >
            <TemplateFields
              values={template}
              fields={choices.fields}
              agencies={agencies}
              editorKey={stamp}
              t={t}
              locale={locale}
            />
          </ActionForm>
        </section>
        <ActiveToggle
          title={t("admin.templates.activeTitle")}
          text={t(template.active ? "admin.templates.deactivateText" : "admin.templates.reactivateText")}
          active={template.active}
          action={setTemplateActiveAction}
          hidden={{ templateId: template.id, updatedAt: stamp }}
          historyHref={`/admin/audit?entity=AnswerTemplate&entityId=${template.id}`}
          className="self-start"
          t={t}
        />
      </div>
    </>
  );
}
