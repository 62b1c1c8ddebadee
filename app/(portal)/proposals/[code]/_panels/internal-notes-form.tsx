"use client";
// Adds a note between the agencies' staff (never shown to the commune).
import { addInternalNoteAction } from "../answer-actions";
import { FormStatus, SubmitButton, Target, TextField, useActionForm } from "./answer-form-kit";

export type InternalNoteLabels = { body: string; submit: string; submitting: string };

export function InternalNoteForm({
  proposalId,
  version,
  labels,
}: {
  proposalId: number;
  version: number;
  labels: InternalNoteLabels;
}) {
  const { state, pending, formRef, onSubmit } = useActionForm(addInternalNoteAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3">
      <Target proposalId={proposalId} version={version} />
      <TextField
        formId="internal-note"
        name="body"
        label={labels.body}
        state={state}
        rows={3}
        maxLength={5000}
      />
      <FormStatus state={state} />
      <SubmitButton
        label={labels.submit}
        pendingLabel={labels.submitting}
        pending={pending}
        tone="secondary"
      />
    </form>
  );
}
