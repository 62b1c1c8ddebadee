// A commune leader's home: the commune's proposals and where each one stands.
import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { getCommuneHome } from "@/lib/data/home";
import { deadlineWindow } from "@/lib/data/calendar";
import { getTranslator } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/format";
import { ANSWERED_STATUSES, DEADLINE_RUNNING_STATUSES } from "@/lib/workflow/proposal-status";
import { PageHeading } from "@/components/page-heading";
import { StatCard } from "@/components/ui/stat-card";
import { ProposalTable } from "@/components/proposal-table";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";

function total(counts: Partial<Record<ProposalStatus, number>>, statuses?: readonly ProposalStatus[]) {
  return Object.entries(counts)
    .filter(([status]) => !statuses || statuses.includes(status as ProposalStatus))
    .reduce((sum, [, n]) => sum + (n ?? 0), 0);
}

export async function CommuneHome({ actor }: { actor: Actor }) {
  const [{ locale, t }, home, window] = await Promise.all([
    getTranslator(),
    getCommuneHome(actor),
    deadlineWindow(),
  ]);
  const n = (value: number) => formatNumber(value, locale);
  return (
    <>
      <PageHeading title={t("home.communeTitle", { unit: home.unitName })} intro={t("home.communeIntro")}>
        <Link
          href="/proposals/new"
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("nav.newProposal")}
        </Link>
      </PageHeading>
      <section aria-labelledby="commune-stats" className="mb-8">
        <h2 id="commune-stats" className="sr-only">
          {t("home.byStatus")}
        </h2>
        <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
          <StatCard label={t("home.stats.total")} value={n(total(home.counts))} href="/proposals" />
          <StatCard
            label={t("home.stats.waiting")}
            value={n(total(home.counts, ["SUBMITTED", "RECEIVED"]))}
            href="/proposals?status=SUBMITTED"
          />
          <StatCard
            label={t("home.stats.inProgress")}
            value={n(total(home.counts, DEADLINE_RUNNING_STATUSES))}
          />
          <StatCard
            label={t("home.stats.answered")}
            value={n(total(home.counts, ANSWERED_STATUSES))}
            href="/proposals?status=SENT"
          />
        </div>
      </section>
      <section aria-labelledby="commune-recent">
        <div className="mb-3 flex items-center justify-between">
          <h2 id="commune-recent" className="text-lg font-semibold">
            {t("proposals.title")}
          </h2>
          <Link href="/proposals" className="text-sm font-medium text-brand-800 underline">
            {t("home.viewAll")}
          </Link>
        </div>
        <ProposalTable
          items={home.recent.items}
          t={t}
          locale={locale}
          window={window}
          caption={t("proposals.title")}
          showUnit={false}
        />
      </section>
    </>
  );
}
