"use client";
// A coordinating agency's input to the lead agency's answer (a later one replaces the earlier).
import { addContributionAction } from "../answer-actions";
import { FormStatus, SubmitButton, Target, TextField, useActionForm } from "./answer-form-kit";

export type ContributionLabels = { text: string; submit: string; submitting: string };

export function ContributionForm({
  proposalId,
  version,
  current,
  labels,
}: {
  proposalId: number;
  version: number;
  /** what the agency sent before, to edit rather than retype */
  current: string | null;
  labels: ContributionLabels;
}) {
  const { state, pending, formRef, onSubmit } = useActionForm(addContributionAction, { keep: true });
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3">
      <Target proposalId={proposalId} version={version} />
      <TextField
        formId="contribution"
        name="text"
        label={labels.text}
        state={state}
        rows={5}
        maxLength={5000}
        defaultValue={current ?? ""}
      />
      <FormStatus state={state} />
      <SubmitButton label={labels.submit} pendingLabel={labels.submitting} pending={pending} />
    </form>
  );
}
