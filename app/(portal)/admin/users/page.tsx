// The user list: search by name or email, filter by role, page through — administrators only.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listUsers } from "@/lib/data/admin-users";
import { UserFilters } from "@/lib/schemas/admin-user";
import { Role } from "@/lib/generated/prisma/enums";
import { formatNumber } from "@/lib/format";
import { PageHeading } from "@/components/page-heading";
import { Pagination } from "@/components/pagination";
import { notFoundUnlessAllowed } from "../not-found-unless-allowed";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("admin.users.title") };
}

const input = "mt-1 block w-full rounded border border-gray-400 bg-white px-3 py-2 text-base";

export default async function AdminUsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requireUser();
  const filters = UserFilters.parse(await searchParams);
  const result = await listUsers(actor, filters).catch(notFoundUnlessAllowed);
  const { locale, t } = await getTranslator();
  return (
    <>
      <PageHeading
        title={t("admin.users.title")}
        intro={t("admin.users.intro", { count: formatNumber(result.total, locale) })}
      >
        <Link
          href="/admin/users/new"
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("admin.users.new")}
        </Link>
      </PageHeading>
      <form method="get" className="mb-4 grid gap-3 sm:grid-cols-[1fr_14rem_auto] sm:items-end">
        <div>
          <label htmlFor="q" className="text-sm font-medium">
            {t("admin.users.search")}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            maxLength={200}
            className={input}
          />
        </div>
        <div>
          <label htmlFor="role" className="text-sm font-medium">
            {t("admin.users.role")}
          </label>
          <select id="role" name="role" defaultValue={filters.role ?? ""} className={input}>
            <option value="">{t("admin.users.allRoles")}</option>
            {Object.values(Role).map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded border border-gray-400 bg-white px-4 py-2 font-semibold hover:bg-gray-50"
        >
          {t("admin.users.filter")}
        </button>
      </form>
      {result.rows.length === 0 ? (
        <p className="rounded border border-gray-200 bg-white p-4 text-muted">{t("admin.users.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t("admin.users.caption")}</caption>
            <thead className="bg-gray-50">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("admin.users.name")}
                </th>
                <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                  {t("admin.users.role")}
                </th>
                <th scope="col" className="hidden px-3 py-2 md:table-cell">
                  {t("admin.users.placement")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("admin.users.status")}
                </th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((user) => (
                <tr key={user.id} className="border-t border-gray-200 align-top">
                  <td className="px-3 py-2">
                    <Link href={`/admin/users/${user.id}`} className="font-medium text-brand-800 underline">
                      {user.name}
                    </Link>
                    <span className="block break-all text-muted">{user.email}</span>
                    <span className="block text-muted sm:hidden">{t(`roles.${user.role}`)}</span>
                  </td>
                  <td className="hidden px-3 py-2 sm:table-cell">{t(`roles.${user.role}`)}</td>
                  <td className="hidden px-3 py-2 md:table-cell">
                    {user.unit?.name ?? user.agency?.shortName ?? "—"}
                  </td>
                  <td className="px-3 py-2">
                    {t(user.active ? "admin.users.active" : "admin.users.inactive")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={result.page}
        pages={result.pages}
        params={{ q: filters.q, role: filters.role }}
        basePath="/admin/users"
        t={t}
      />
    </>
  );
}
