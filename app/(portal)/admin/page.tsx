// The administration index: the sections an administrator manages.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { requireAdmin } from "@/lib/data/admin-users";
import { PageHeading } from "@/components/page-heading";
import { notFoundUnlessAllowed } from "./not-found-unless-allowed";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.title") };
}

export default async function AdminPage() {
  const actor = await requireUser();
  try {
    requireAdmin(actor);
  } catch (error) {
    notFoundUnlessAllowed(error);
  }
  const { t } = await getTranslator();
  return (
    <>
      <PageHeading title={t("admin.title")} intro={t("admin.intro")} />
      <ul className="grid gap-3 md:grid-cols-2">
        <li className="rounded-lg border border-gray-200 bg-white p-4">
          <Link href="/admin/users" className="text-lg font-semibold text-brand-800 underline">
            {t("admin.usersLink")}
          </Link>
          <p className="mt-1 text-sm text-muted">{t("admin.usersLinkText")}</p>
        </li>
      </ul>
    </>
  );
}
