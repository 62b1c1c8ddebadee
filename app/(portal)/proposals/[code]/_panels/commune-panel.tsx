// The commune's actions on its proposal: edit, withdraw, confirm receipt of the reply with a rating, ask once more.
import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import type { WorkflowAction } from "@/lib/workflow/proposal-workflow";
import { ActionForm } from "@/components/action-form";
import { ReasonForm } from "@/components/reason-form";
import { acknowledgeAction, followUpAction } from "../triage-actions";
import { withdrawProposalAction } from "../../actions";

type Props = {
  proposal: { id: number; version: number; code: string | null };
  actions: WorkflowAction[];
  t: Translate;
  followUpUsed: boolean;
};

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
        <Link
          href={`/proposals/${ref}/edit`}
          className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("workflow.edit")}
        </Link>
      )}
      {has("acknowledge") && (
        <ActionForm
          action={acknowledgeAction}
          hidden={hidden}
          submitLabel={t("workflow.acknowledge")}
          pendingLabel={pending}
          idPrefix="ack-"
        >
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
            <label htmlFor="ack-comment" className="text-sm font-medium">
              {t("workflow.ratingComment")}
            </label>
            <textarea id="ack-comment" name="comment" rows={2} maxLength={2000} className={input} />
          </div>
        </ActionForm>
      )}
      {has("follow_up") && !followUpUsed && (
        <ReasonForm
          summary={t("workflow.followUp")}
          action={followUpAction}
          hidden={hidden}
          pendingLabel={pending}
          idPrefix="fu-"
          name="question"
          label={t("workflow.followUpQuestion")}
          required
        >
          <p className="text-xs text-muted">{t("workflow.followUpHint")}</p>
        </ReasonForm>
      )}
      {has("withdraw") && (
        <ReasonForm
          summary={t("workflow.withdraw")}
          action={withdrawProposalAction}
          hidden={hidden}
          pendingLabel={pending}
          tone="danger"
          idPrefix="wd-"
          name="reason"
          label={t("workflow.withdrawReason")}
          rows={2}
        >
          <label className="flex items-center gap-2 text-sm">
            <input id="wd-confirm" type="checkbox" name="confirm" /> {t("workflow.withdrawConfirm")}
          </label>
        </ReasonForm>
      )}
    </div>
  );
}
