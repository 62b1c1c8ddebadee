// The receipt a commune gets on submitting: reference code, time, and by when it must hear back (11-QĐi/TW).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { getProposalByRef } from "@/lib/data/proposals";
import { ExpectedError } from "@/lib/errors";
import { formatDate, formatDateTime } from "@/lib/format";
import { PrintButton } from "@/components/print-button";
import { decodeRef } from "../decode-ref";

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("workflow.receiptTitle") };
}

export default async function ReceiptPage({ params }: Props) {
  const actor = await requireUser();
  const proposal = await getProposalByRef(actor, decodeRef((await params).code)).catch((error) => {
    if (error instanceof ExpectedError) notFound();
    throw error;
  });
  if (!proposal.code) notFound();
  const { t } = await getTranslator();
  const rows: [string, string][] = [
    [t("workflow.receiptCode"), proposal.code],
    [t("workflow.receiptTime"), formatDateTime(proposal.submittedAt)],
    [t("proposals.session"), `${proposal.session.code} — ${proposal.session.title}`],
    [t("proposals.unit"), proposal.unit.name],
    [t("proposals.proposalTitle"), proposal.title],
  ];
  return (
    <article className="mx-auto max-w-2xl rounded-lg border border-gray-200 bg-white p-6">
      <h1 className="text-2xl font-bold">{t("workflow.receiptTitle")}</h1>
      <p className="mt-2" role="status">
        {t("workflow.receiptIntro", { unit: proposal.unit.name })}
      </p>
      <dl className="mt-4 divide-y divide-gray-100">
        {rows.map(([label, value]) => (
          <div key={label} className="grid gap-1 py-2 sm:grid-cols-[12rem_1fr]">
            <dt className="font-semibold text-muted">{label}</dt>
            <dd className={label === t("workflow.receiptCode") ? "text-lg font-bold" : ""}>{value}</dd>
          </div>
        ))}
      </dl>
      {proposal.receiptDueOn && (
        <p className="mt-4 rounded bg-blue-50 p-3 text-sm">
          {t("workflow.receiptDueText", { date: formatDate(proposal.receiptDueOn) })}
        </p>
      )}
      <div className="no-print mt-6 flex flex-wrap gap-3">
        <Link
          href={`/proposals/${encodeURIComponent(proposal.code)}`}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("workflow.viewProposal")}
        </Link>
        <PrintButton label={t("workflow.print")} />
      </div>
    </article>
  );
}
