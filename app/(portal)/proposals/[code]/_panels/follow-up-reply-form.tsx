"use client";
// The lead agency's reply to the commune's follow-up question.
import { replyToFollowUpAction } from "../answer-actions";
import { FormStatus, SubmitButton, Target, TextField, useActionForm } from "./answer-form-kit";

export type FollowUpReplyLabels = { reply: string; submit: string; submitting: string };

export function FollowUpReplyForm({
  proposalId,
  version,
  labels,
}: {
  proposalId: number;
  version: number;
  labels: FollowUpReplyLabels;
}) {
  const { state, pending, formRef, onSubmit } = useActionForm(replyToFollowUpAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3">
      <Target proposalId={proposalId} version={version} />
      <TextField
        formId="follow-up-reply"
        name="reply"
        label={labels.reply}
        state={state}
        rows={4}
        maxLength={5000}
      />
      <FormStatus state={state} />
      <SubmitButton label={labels.submit} pendingLabel={labels.submitting} pending={pending} />
    </form>
  );
}
