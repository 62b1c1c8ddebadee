// An agency's home: what it leads, what it coordinates, and (for its head) the drafts awaiting approval.
import type { Actor } from "@/lib/auth/actor";
import { getAgencyHome } from "@/lib/data/home";
import { deadlineWindow } from "@/lib/data/calendar";
import { getTranslator } from "@/lib/i18n/server";
import { formatNumber } from "@/lib/format";
import { PageHeading } from "@/components/page-heading";
import { ProposalTable } from "@/components/proposal-table";

export async function AgencyHome({ actor }: { actor: Actor }) {
  const [{ locale, t }, home, window] = await Promise.all([
    getTranslator(),
    getAgencyHome(actor),
    deadlineWindow(),
  ]);
  const sections = [
    ...(home.inReview ? [{ id: "in-review", title: t("home.headReviewTitle"), list: home.inReview }] : []),
    { id: "leading", title: t("home.leadTitle"), list: home.lead },
    { id: "coordinating", title: t("home.coordinatingTitle"), list: home.coordinating },
  ];
  return (
    <>
      <PageHeading title={t("home.agencyTitle", { agency: home.agencyName })} intro={t("home.agencyIntro")} />
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={section.id} className="mb-8">
          <h2 id={section.id} className="mb-3 text-lg font-semibold">
            {section.title} ({formatNumber(section.list.total, locale)})
          </h2>
          <ProposalTable
            items={section.list.items}
            t={t}
            locale={locale}
            window={window}
            caption={section.title}
          />
        </section>
      ))}
    </>
  );
}
