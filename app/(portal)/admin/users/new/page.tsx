// Creating a user: the form, with today's communes and agencies to choose from.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { messagesFor } from "@/lib/i18n/translate";
import { listPlacements } from "@/lib/data/admin-users";
import { Role } from "@/lib/generated/prisma/enums";
import { PageHeading } from "@/components/page-heading";
import { notFoundUnlessAllowed } from "../../not-found-unless-allowed";
import { NewUserForm } from "./new-user-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.form.newTitle") };
}

export default async function NewUserPage() {
  const actor = await requireUser();
  const { units, agencies } = await listPlacements(actor).catch(notFoundUnlessAllowed);
  const { locale, t } = await getTranslator();
  return (
    <>
      <PageHeading title={t("admin.form.newTitle")} intro={t("admin.form.newIntro")}>
        <Link href="/admin/users" className="text-brand-800 underline">
          {t("admin.form.cancel")}
        </Link>
      </PageHeading>
      <div className="max-w-xl rounded-lg border border-gray-200 bg-white p-4">
        <NewUserForm
          labels={messagesFor(locale, "admin.form")}
          resultLabels={messagesFor(locale, "admin.result")}
          roles={Object.values(Role).map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          units={units}
          agencies={agencies}
        />
      </div>
    </>
  );
}
