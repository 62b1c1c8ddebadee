// A new agency: code, names, type, parent and the date it is in force from.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listAgencyChoices } from "@/lib/data/admin-agencies";
import { todayInVietnam } from "@/lib/calendar/today";
import { toIsoDate } from "@/lib/format";
import { PageHeading } from "@/components/page-heading";
import { ActionForm } from "@/components/action-form";
import { notFoundUnlessAllowed } from "../../not-found-unless-allowed";
import { BackLink, cardClass, inputClass, LabelledField } from "../../admin-ui";
import { AgencyFields } from "../agency-fields";
import { createAgencyAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.agency.newTitle") };
}

export default async function NewAgencyPage() {
  const actor = await requireUser();
  const agencies = await listAgencyChoices(actor).catch(notFoundUnlessAllowed);
  const { t } = await getTranslator();
  const today = toIsoDate(todayInVietnam());
  return (
    <>
      <PageHeading title={t("admin.agency.newTitle")} intro={t("admin.agency.newIntro")}>
        <BackLink href="/admin/agencies" label={t("admin.agency.back")} />
      </PageHeading>
      <div className={`${cardClass} max-w-xl`}>
        <ActionForm
          action={createAgencyAction}
          hidden={{}}
          submitLabel={t("admin.agency.create")}
          pendingLabel={t("admin.agency.creating")}
        >
          <LabelledField id="code" label={t("admin.agency.code")}>
            <input id="code" name="code" required maxLength={40} autoComplete="off" className={inputClass} />
          </LabelledField>
          <AgencyFields
            values={{ name: "", nameEn: "", shortName: "", type: "", parentId: null }}
            parents={agencies}
            t={t}
          />
          <LabelledField id="validFrom" label={t("admin.agency.validFrom")}>
            <input
              id="validFrom"
              name="validFrom"
              type="date"
              required
              max={today}
              defaultValue={today}
              className={inputClass}
            />
          </LabelledField>
        </ActionForm>
      </div>
    </>
  );
}
