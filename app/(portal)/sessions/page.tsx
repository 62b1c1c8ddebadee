// The list of dialogue sessions, for every signed-in role; the coordinator and administrators create new ones.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { getTranslator } from "@/lib/i18n/server";
import { listSessions } from "@/lib/data/sessions";
import { formatDate, formatNumber } from "@/lib/format";
import { PageHeading } from "@/components/page-heading";
import { SessionStatusBadge } from "./session-status-badge";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("sessions.title") };
}

export default async function SessionsPage() {
  const actor = await requireUser();
  const [{ locale, t }, sessions] = await Promise.all([getTranslator(), listSessions(actor)]);
  const cell = "px-3 py-2 align-top";
  return (
    <>
      <PageHeading title={t("sessions.title")} intro={t("sessions.intro")}>
        {can(actor.role, "session.manage") && (
          <Link
            href="/sessions/new"
            className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {t("sessions.new")}
          </Link>
        )}
      </PageHeading>
      {sessions.length === 0 ? (
        <p className="rounded border border-dashed border-gray-300 bg-white p-4 text-muted">
          {t("sessions.empty")}
        </p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-gray-50 text-xs uppercase text-muted">
              <tr>
                <th scope="col" className={cell}>
                  {t("sessions.columns.code")}
                </th>
                <th scope="col" className={cell}>
                  {t("sessions.columns.title")}
                </th>
                <th scope="col" className={cell}>
                  {t("sessions.columns.dates")}
                </th>
                <th scope="col" className={cell}>
                  {t("sessions.columns.status")}
                </th>
                <th scope="col" className={`${cell} text-right`}>
                  {t("sessions.columns.proposals")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-200">
              {sessions.map((session) => (
                <tr key={session.id}>
                  <td className={`${cell} whitespace-nowrap font-mono`}>
                    <Link href={`/sessions/${session.id}`} className="font-semibold text-brand-800 underline">
                      {session.code}
                    </Link>
                  </td>
                  <td className={`${cell} min-w-48`}>{session.title}</td>
                  <td className={`${cell} whitespace-nowrap`}>
                    {formatDate(session.startsOn)}
                    {session.endsOn.getTime() !== session.startsOn.getTime() &&
                      ` – ${formatDate(session.endsOn)}`}
                  </td>
                  <td className={cell}>
                    <SessionStatusBadge status={session.status} t={t} />
                  </td>
                  <td className={`${cell} text-right`}>
                    <Link href={`/proposals?session=${session.id}`} className="text-brand-800 underline">
                      {formatNumber(session.proposals, locale)}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
