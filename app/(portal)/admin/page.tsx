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

const SECTIONS = [
  { href: "/admin/users", title: "admin.usersLink", text: "admin.usersLinkText" },
  { href: "/admin/agencies", title: "admin.sections.agenciesTitle", text: "admin.sections.agenciesText" },
  { href: "/admin/fields", title: "admin.sections.fieldsTitle", text: "admin.sections.fieldsText" },
  { href: "/admin/calendar", title: "admin.sections.calendarTitle", text: "admin.sections.calendarText" },
  { href: "/admin/templates", title: "admin.sections.templatesTitle", text: "admin.sections.templatesText" },
  { href: "/admin/units", title: "admin.sections.unitsTitle", text: "admin.sections.unitsText" },
  { href: "/admin/audit", title: "admin.sections.auditTitle", text: "admin.sections.auditText" },
] as const;

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
        {SECTIONS.map((section) => (
          <li key={section.href} className="rounded-lg border border-gray-200 bg-white p-4">
            <Link href={section.href} className="text-lg font-semibold text-brand-800 underline">
              {t(section.title)}
            </Link>
            <p className="mt-1 text-sm text-muted">{t(section.text)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
