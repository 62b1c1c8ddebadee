// The administrator's home: the size of the reference data the portal runs on.
import type { Actor } from "@/lib/auth/actor";
import { getAdminHome } from "@/lib/data/home";
import { getTranslator } from "@/lib/i18n/server";
import Link from "next/link";
import { formatNumber } from "@/lib/format";
import { PageHeading } from "@/components/page-heading";
import { StatCard } from "@/components/ui/stat-card";

export async function AdminHome({ actor }: { actor: Actor }) {
  const [{ locale, t }, home] = await Promise.all([getTranslator(), getAdminHome(actor)]);
  const figures = [
    ["home.stats.users", home.users],
    ["home.stats.currentUnits", home.currentUnits],
    ["home.stats.historicUnits", home.historicUnits],
    ["home.stats.agencies", home.agencies],
    ["home.stats.fields", home.fields],
    ["home.stats.sessions", home.sessions],
  ] as const;
  return (
    <>
      <PageHeading title={t("home.adminTitle")} intro={t("home.adminIntro")} />
      <section aria-label={t("home.adminTitle")} className="grid grid-cols-2 gap-3 md:grid-cols-3">
        {figures.map(([key, value]) => (
          <StatCard key={key} label={t(key)} value={formatNumber(value, locale)} />
        ))}
      </section>
      <p className="mt-6 flex flex-wrap gap-3">
        <Link
          href="/admin/users"
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("admin.usersLink")}
        </Link>
        <Link
          href="/admin/users/new"
          className="rounded border border-gray-400 bg-white px-4 py-2 font-semibold hover:bg-gray-50"
        >
          {t("admin.users.new")}
        </Link>
      </p>
    </>
  );
}
