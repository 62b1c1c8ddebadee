// The commune's actions on its proposal: edit, withdraw, confirm receipt of the reply with a rating, ask once more.
import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import type { WorkflowAction } from "@/lib/workflow/proposal-workflow";
import { ActionForm } from "@/components/action-form";
import { acknowledgeAction, followUpAction } from "../triage-actions";
import { withdrawProposalAction } from "../../actions";

type Props = { proposal: { id: number; version: number; code: string | null }; actions: WorkflowAction[]; t: Translate; followUpUsed: boolean };

const input = "mt-1 block w-full rounded border border-gray-400 bg-white px-3 py-2 text-base";
const RATINGS = ["SATISFIED", "PARTLY_SATISFIED", "NOT_SATISFIED"] as const;

export function CommunePanel({ proposal, actions, t, followUpUsed }: Props) {
  const has = (action: WorkflowAction) => actions.includes(action);
  const ref = encodeURIComponent(proposal.code ?? `draft-${proposal.id}`);
  const hidden = { proposalId: proposal.id, version: proposal.version, returnTo: `/proposals/${ref}` };
  const pending = t("workflow.submitting");
  return (
    <div className="space-y-5">
      {has("edit") && (
        <Link href={`/proposals/${ref}/edit`} className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("workflow.edit")}
        </Link>
      )}
      {has("acknowledge") && (
        <ActionForm action={acknowledgeAction} hidden={hidden} submitLabel={t("workflow.acknowledge")} pendingLabel={pending} idPrefix="ack-">
          <fieldset id="ack-rating">
            <legend className="text-sm font-medium">{t("workflow.rating")}</legend>
            <div className="mt-1 space-y-1">
              {RATINGS.map((rating) => (
                <label key={rating} className="flex items-center gap-2">
                  <input type="radio" name="rating" value={rating} required /> {t(`rating.${rating}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <div>
            <label htmlFor="ack-comment" className="text-sm font-medium">{t("workflow.ratingComment")}</label>
            <textarea id="ack-comment" name="comment" rows={2} maxLength={2000} className={input} />
          </div>
        </ActionForm>
      )}
      {has("follow_up") && !followUpUsed && (
        <details className="rounded border border-gray-200 p-3">
          <summary className="cursor-pointer font-semibold">{t("workflow.followUp")}</summary>
          <ActionForm action={followUpAction} hidden={hidden} submitLabel={t("workflow.followUp")} pendingLabel={pending} tone="secondary" idPrefix="fu-" className="mt-3">
            <p className="text-xs text-muted">{t("workflow.followUpHint")}</p>
            <label htmlFor="fu-question" className="text-sm font-medium">{t("workflow.followUpQuestion")}</label>
            <textarea id="fu-question" name="question" rows={3} required maxLength={2000} className={input} />
          </ActionForm>
        </details>
      )}
      {has("withdraw") && (
        <details className="rounded border border-gray-200 p-3">
          <summary className="cursor-pointer font-semibold">{t("workflow.withdraw")}</summary>
          <ActionForm action={withdrawProposalAction} hidden={hidden} submitLabel={t("workflow.withdraw")} pendingLabel={pending} tone="danger" idPrefix="wd-" className="mt-3">
            <label htmlFor="wd-reason" className="text-sm font-medium">{t("workflow.withdrawReason")}</label>
            <textarea id="wd-reason" name="reason" rows={2} maxLength={2000} className={input} />
            <label className="flex items-center gap-2 text-sm">
              <input id="wd-confirm" type="checkbox" name="confirm" /> {t("workflow.withdrawConfirm")}
            </label>
          </ActionForm>
        </details>
      )}
    </div>
  );
}
