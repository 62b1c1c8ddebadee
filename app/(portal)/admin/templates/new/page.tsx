// A new answer template: name, formatted text, and optionally the field and agency it is for.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listTemplateChoices } from "@/lib/data/admin-templates";
import { PageHeading } from "@/components/page-heading";
import { ActionForm } from "@/components/action-form";
import { notFoundUnlessAllowed } from "../../not-found-unless-allowed";
import { BackLink, cardClass } from "../../admin-ui";
import { createTemplateAction } from "../actions";
import { TemplateFields } from "../template-fields";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.templates.newTitle") };
}

export default async function NewTemplatePage() {
  const actor = await requireUser();
  const choices = await listTemplateChoices(actor).catch(notFoundUnlessAllowed);
  const { locale, t } = await getTranslator();
  return (
    <>
      <PageHeading title={t("admin.templates.newTitle")} intro={t("admin.templates.intro")}>
        <BackLink href="/admin/templates" label={t("admin.templates.back")} />
      </PageHeading>
      <div className={`${cardClass} max-w-3xl`}>
        <ActionForm
          action={createTemplateAction}
          hidden={{}}
          submitLabel={t("admin.templates.create")}
          pendingLabel={t("admin.templates.creating")}
        >
          <TemplateFields
            values={{ name: "", body: "", fieldId: null, agencyId: null }}
            fields={choices.fields}
            agencies={choices.agencies}
            editorKey="new"
            t={t}
            locale={locale}
          />
        </ActionForm>
      </div>
    </>
  );
}
