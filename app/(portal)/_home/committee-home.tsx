// The Standing Committee's home: the program in figures, session by session.
import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { getProgramSummary } from "@/lib/data/home";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate, formatNumber, formatPercent } from "@/lib/format";
import { PageHeading } from "@/components/page-heading";
import { StatCard } from "@/components/ui/stat-card";

export async function CommitteeHome({ actor }: { actor: Actor }) {
  const [{ locale, t }, summary] = await Promise.all([getTranslator(), getProgramSummary(actor)]);
  const n = (value: number) => formatNumber(value, locale);
  const rate = (part: number, whole: number) =>
    whole === 0 ? t("common.none") : formatPercent(part / whole, locale);
  return (
    <>
      <PageHeading title={t("home.committeeTitle")} intro={t("home.committeeIntro")}>
        <Link
          href="/dashboard"
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("dashboard.title")}
        </Link>
      </PageHeading>
      <section aria-label={t("home.committeeTitle")} className="mb-8 grid grid-cols-2 gap-3 md:grid-cols-5">
        <StatCard label={t("home.stats.total")} value={n(summary.totals.total)} href="/proposals" />
        <StatCard
          label={t("home.stats.answeredRate")}
          value={rate(summary.totals.answered, summary.totals.total)}
        />
        <StatCard label={t("home.stats.inProgress")} value={n(summary.totals.inProgress)} />
        <StatCard
          label={t("home.stats.overdue")}
          value={n(summary.totals.overdue)}
          tone={summary.totals.overdue > 0 ? "alert" : "default"}
        />
        <StatCard
          label={t("home.stats.urges")}
          value={`${n(summary.urges.urges)} / ${n(summary.urges.escalations)}`}
          tone={summary.urges.escalations > 0 ? "alert" : "default"}
        />
      </section>
      <section aria-labelledby="by-session">
        <h2 id="by-session" className="mb-3 text-lg font-semibold">
          {t("home.bySession")}
        </h2>
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-gray-50 text-xs uppercase text-muted">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("proposals.session")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("home.stats.total")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("home.stats.answered")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("home.stats.answeredRate")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("home.stats.overdue")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {summary.sessions.map((session) => (
                <tr key={session.id}>
                  <th scope="row" className="px-3 py-2 font-normal">
                    <Link
                      href={`/proposals?session=${session.id}`}
                      className="font-medium text-brand-800 underline"
                    >
                      {session.code}
                    </Link>
                    <span className="block text-xs text-muted">{formatDate(session.startsOn)}</span>
                  </th>
                  <td className="px-3 py-2 text-right">{n(session.total)}</td>
                  <td className="px-3 py-2 text-right">{n(session.answered)}</td>
                  <td className="px-3 py-2 text-right">{rate(session.answered, session.total)}</td>
                  <td className="px-3 py-2 text-right">{n(session.overdue)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
