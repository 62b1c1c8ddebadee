// The coordinator's home: what waits at intake and the state of the program's work.
import type { Actor } from "@/lib/auth/actor";
import { getCoordinatorHome } from "@/lib/data/home";
import { deadlineWindow } from "@/lib/data/calendar";
import { getTranslator } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/format";
import { PageHeading } from "@/components/page-heading";
import { StatCard } from "@/components/ui/stat-card";
import { ProposalTable } from "@/components/proposal-table";

export async function CoordinatorHome({ actor }: { actor: Actor }) {
  const [{ locale, t }, home, window] = await Promise.all([
    getTranslator(),
    getCoordinatorHome(actor),
    deadlineWindow(),
  ]);
  const n = (value: number) => formatNumber(value, locale);
  return (
    <>
      <PageHeading title={t("home.coordinatorTitle")} intro={t("home.coordinatorIntro")} />
      <section
        aria-label={t("home.byStatus")}
        className="mb-8 grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6"
      >
        <StatCard
          label={t("home.stats.waiting")}
          value={n(home.stats.waiting)}
          href="/proposals?status=SUBMITTED"
        />
        <StatCard
          label={t("home.stats.toAssign")}
          value={n(home.stats.toAssign)}
          href="/proposals?status=RECEIVED"
        />
        <StatCard label={t("home.stats.inProgress")} value={n(home.stats.inProgress)} />
        <StatCard
          label={t("home.stats.toSend")}
          value={n(home.stats.toSend)}
          href="/proposals?status=APPROVED"
        />
        <StatCard
          label={t("home.stats.overdue")}
          value={n(home.stats.overdue)}
          tone={home.stats.overdue > 0 ? "alert" : "default"}
          href="/monitoring"
        />
        <StatCard
          label={t("home.stats.receiptOverdue")}
          value={n(home.stats.receiptOverdue)}
          tone={home.stats.receiptOverdue > 0 ? "alert" : "default"}
          href="/proposals?deadline=receipt-overdue"
        />
      </section>
      <section aria-labelledby="incoming">
        <h2 id="incoming" className="mb-3 text-lg font-semibold">
          {t("home.stats.waiting")} ({n(home.incoming.total)})
        </h2>
        <ProposalTable
          items={home.incoming.items}
          t={t}
          locale={locale}
          window={window}
          caption={t("home.stats.waiting")}
        />
      </section>
    </>
  );
}
