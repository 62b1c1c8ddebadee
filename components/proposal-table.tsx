// A table of proposals: code and title first; less important columns drop out on narrow screens.
import Link from "next/link";
import type { ProposalListItem } from "@/lib/data/proposals";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { formatDate } from "@/lib/format";
import { deadlineState, receiptOverdue } from "@/lib/workflow/proposal-status";
import { StatusBadge } from "@/components/ui/status-badge";
import { DeadlineBadge } from "@/components/ui/deadline-badge";

export type DeadlineWindow = { today: Date; soonThreshold: Date };

export function proposalHref(item: { id: number; code: string | null }): string {
  return `/proposals/${encodeURIComponent(item.code ?? `draft-${item.id}`)}`;
}

export function ProposalTable({
  items,
  t,
  locale,
  window,
  caption,
  showUnit = true,
  selectForm,
}: {
  items: ProposalListItem[];
  t: Translate;
  locale: Locale;
  window: DeadlineWindow;
  caption: string;
  showUnit?: boolean;
  /** id of a bulk-action form: each row gets a checkbox belonging to it */
  selectForm?: string;
}) {
  if (items.length === 0)
    return (
      <p className="rounded border border-dashed border-gray-300 bg-white p-4 text-muted">
        {t("proposals.none")}
      </p>
    );
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-gray-50 text-xs uppercase text-muted">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("proposals.proposalTitle")}
            </th>
            {showUnit && (
              <th scope="col" className="hidden px-3 py-2 md:table-cell">
                {t("proposals.unit")}
              </th>
            )}
            <th scope="col" className="hidden px-3 py-2 lg:table-cell">
              {t("proposals.field")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("proposals.status")}
            </th>
            <th scope="col" className="hidden px-3 py-2 sm:table-cell">
              {t("proposals.deadline")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {items.map((item) => (
            <tr key={item.id} className="align-top">
              {selectForm && (
                <td className="px-3 py-2">
                  <input
                    type="checkbox"
                    name="selection"
                    value={`${item.id}:${item.version}`}
                    form={selectForm}
                    aria-label={t("workflow.bulkSelect", { code: item.code ?? item.title })}
                    className="h-5 w-5"
                  />
                </td>
              )}
              <td className="px-3 py-2">
                <Link
                  href={proposalHref(item)}
                  className="font-medium text-brand-800 underline-offset-2 hover:underline"
                >
                  {item.title}
                </Link>
                <span className="mt-0.5 block text-xs text-muted">
                  {item.code ?? t("proposals.noCode")} · {item.session.code}
                  {item.submittedAt ? ` · ${formatDate(item.submittedAt)}` : ""}
                </span>
              </td>
              {showUnit && <td className="hidden px-3 py-2 md:table-cell">{item.unitName}</td>}
              <td className="hidden px-3 py-2 lg:table-cell">
                {item.field ? (locale === "vi" ? item.field.name : item.field.nameEn) : t("common.none")}
              </td>
              <td className="px-3 py-2">
                <StatusBadge status={item.status} t={t} />
              </td>
              <td className="hidden px-3 py-2 sm:table-cell">
                {receiptOverdue(item, window.today) ? (
                  <span className="inline-flex rounded bg-red-100 px-1.5 py-0.5 text-xs font-medium text-red-900">
                    {t("deadline.receiptOverdue", { date: formatDate(item.receiptDueOn) })}
                  </span>
                ) : (
                  <DeadlineBadge
                    dueOn={item.answerDueOn}
                    state={deadlineState(item.status, item.answerDueOn, window.today, window.soonThreshold)}
                    t={t}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
