// The notices of conclusions by session, each with its tasks' progress; for every signed-in role.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { getTranslator } from "@/lib/i18n/server";
import { listNotices, listSessionsWithoutNotice } from "@/lib/data/conclusions";
import { formatDate, formatPercent } from "@/lib/format";
import { PageHeading } from "@/components/page-heading";
import { NoticeForm } from "./notice-form";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("conclusions.title") };
}

export default async function ConclusionsPage() {
  const actor = await requireUser();
  const manage = can(actor.role, "session.manage");
  const [{ locale, t }, notices, sessions] = await Promise.all([
    getTranslator(),
    listNotices(actor),
    manage ? listSessionsWithoutNotice(actor) : Promise.resolve([]),
  ]);
  return (
    <>
      <PageHeading title={t("conclusions.title")} intro={t("conclusions.intro")} />
      {notices.length === 0 ? (
        <p className="rounded border border-dashed border-gray-300 bg-white p-4 text-muted">
          {t("conclusions.none")}
        </p>
      ) : (
        <ul className="space-y-3">
          {notices.map((notice) => (
            <li key={notice.id} className="rounded border border-gray-200 bg-white p-4">
              <p className="text-sm text-muted">
                {`${t("conclusions.session")}: ${notice.session.code} · ${notice.session.title}`}
              </p>
              <h2 className="mt-1 font-semibold">
                <Link href={`/conclusions/${notice.id}`} className="text-brand-800 underline">
                  {notice.title}
                </Link>
              </h2>
              <p className="text-sm">
                {t("conclusions.numberAndDate", { number: notice.number, date: formatDate(notice.issuedOn) })}
              </p>
              <p className="mt-2 text-sm">
                {t("conclusions.progress", {
                  completed: notice.tasks.completed,
                  total: notice.tasks.total,
                  percent: formatPercent(notice.tasks.averagePercent / 100, locale),
                })}
                {notice.tasks.overdue > 0 && (
                  <span className="ml-2 font-semibold text-red-800">
                    {t("conclusions.overdueCount", { count: notice.tasks.overdue })}
                  </span>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      {manage && (
        <section aria-labelledby="create-notice" className="mt-8 rounded border border-gray-200 bg-white p-4">
          <h2 id="create-notice" className="mb-3 text-lg font-semibold">
            {t("conclusions.create")}
          </h2>
          {sessions.length === 0 ? (
            <p className="text-muted">{t("conclusions.noSessionWithout")}</p>
          ) : (
            <NoticeForm sessions={sessions} t={t} />
          )}
        </section>
      )}
    </>
  );
}
