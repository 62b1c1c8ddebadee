"use client";
// The lead agency reports progress: percent done, the outcome so far, and what was done.
import { recordImplementationAction } from "../answer-actions";
import {
  FieldError,
  fieldAttributes,
  FormStatus,
  inputClass,
  SubmitButton,
  Target,
  TextField,
  useActionForm,
} from "./answer-form-kit";

export type ImplementationLabels = {
  percent: string;
  outcome: string;
  note: string;
  submit: string;
  submitting: string;
};

export function ImplementationForm({
  proposalId,
  version,
  current,
  outcomes,
  labels,
}: {
  proposalId: number;
  version: number;
  current: { percent: number | null; outcome: string | null };
  /** the outcomes with their translated names, in order */
  outcomes: { value: string; label: string }[];
  labels: ImplementationLabels;
}) {
  const formId = "implementation";
  const { state, pending, formRef, onSubmit } = useActionForm(recordImplementationAction);
  const outcome = fieldAttributes(formId, "outcome", state);
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-3">
      <Target proposalId={proposalId} version={version} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          formId={formId}
          name="percent"
          label={labels.percent}
          state={state}
          type="number"
          defaultValue={current.percent ?? 0}
        />
        <div>
          <label htmlFor={outcome.id} className="block text-sm font-medium">
            {labels.outcome}
          </label>
          <select
            {...outcome}
            required
            defaultValue={current.outcome ?? "IN_PROGRESS"}
            className={inputClass}
          >
            {outcomes.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          <FieldError formId={formId} name="outcome" state={state} />
        </div>
      </div>
      <TextField formId={formId} name="note" label={labels.note} state={state} rows={3} maxLength={2000} />
      <FormStatus state={state} />
      <SubmitButton label={labels.submit} pendingLabel={labels.submitting} pending={pending} />
    </form>
  );
}
