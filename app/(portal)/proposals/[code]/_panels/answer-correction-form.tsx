"use client";
// The head corrects a signed answer: new text, the reason, and the new letter's number, date and signer.
import { RichTextEditor, type RichTextEditorLabels } from "@/components/rich-text-editor";
import { correctAnswerAction } from "../answer-actions";
import {
  DocumentFields,
  errorId,
  FieldError,
  FormStatus,
  SubmitButton,
  Target,
  TextField,
  useActionForm,
  type DocumentLabels,
} from "./answer-form-kit";

export type AnswerCorrectionLabels = DocumentLabels & {
  content: string;
  reason: string;
  submit: string;
  submitting: string;
};

export function AnswerCorrectionForm({
  proposalId,
  version,
  approvedId,
  initialHtml,
  labels,
  editorLabels,
  defaults,
}: {
  proposalId: number;
  version: number;
  /** the signed version being corrected; a new one reloads the form */
  approvedId: number;
  initialHtml: string;
  labels: AnswerCorrectionLabels;
  editorLabels: RichTextEditorLabels;
  defaults: { documentDate: string; signerName: string; signerTitle: string };
}) {
  const formId = "answer-correction";
  const { state, pending, formRef, onSubmit } = useActionForm(correctAnswerAction, { keep: true });
  const invalid = Boolean(state.fieldErrors?.content?.length);
  return (
    <form key={approvedId} id={formId} ref={formRef} onSubmit={onSubmit} className="space-y-3">
      <Target proposalId={proposalId} version={version} />
      <RichTextEditor
        id={`${formId}-content`}
        name="content"
        label={labels.content}
        initialHtml={initialHtml}
        labels={editorLabels}
        invalid={invalid}
        describedBy={invalid ? errorId(formId, "content") : undefined}
      />
      <FieldError formId={formId} name="content" state={state} />
      <TextField
        formId={formId}
        name="reason"
        label={labels.reason}
        state={state}
        rows={2}
        maxLength={2000}
      />
      <DocumentFields formId={formId} state={state} labels={labels} defaults={defaults} />
      <FormStatus state={state} />
      <SubmitButton label={labels.submit} pendingLabel={labels.submitting} pending={pending} />
    </form>
  );
}
