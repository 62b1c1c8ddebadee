"use client";
// The lead agency's draft: the editor, "save draft" and "send for approval" (which saves first).
import { RichTextEditor, type RichTextEditorLabels } from "@/components/rich-text-editor";
import { saveAnswerDraftAction } from "../answer-actions";
import { errorId, FieldError, FormStatus, SubmitButton, Target, useActionForm } from "./answer-form-kit";

export type AnswerDraftLabels = {
  content: string;
  save: string;
  saving: string;
  submitForReview: string;
  submitting: string;
};

export function AnswerDraftForm({
  proposalId,
  version,
  answerVersion,
  initialHtml,
  templates,
  labels,
  editorLabels,
}: {
  proposalId: number;
  version: number;
  /** the stored draft's own version; absent before the first save */
  answerVersion: number | null;
  initialHtml: string;
  templates: { id: number; name: string; body: string }[];
  labels: AnswerDraftLabels;
  editorLabels: RichTextEditorLabels;
}) {
  const formId = "answer-draft";
  const { state, pending, formRef, onSubmit } = useActionForm(saveAnswerDraftAction, { keep: true });
  const invalid = Boolean(state.fieldErrors?.content?.length);
  return (
    <form id={formId} ref={formRef} onSubmit={onSubmit} className="space-y-3">
      <Target proposalId={proposalId} version={version} />
      <input type="hidden" name="answerVersion" value={answerVersion ?? ""} />
      {/* A new stored version (ours after saving, or a colleague's) reloads the editor with the text as stored. */}
      <RichTextEditor
        key={answerVersion ?? "new"}
        id={`${formId}-content`}
        name="content"
        label={labels.content}
        initialHtml={initialHtml}
        templates={templates}
        labels={editorLabels}
        invalid={invalid}
        describedBy={invalid ? errorId(formId, "content") : undefined}
      />
      <FieldError formId={formId} name="content" state={state} />
      <FormStatus state={state} />
      <div className="flex flex-wrap gap-2">
        <SubmitButton
          label={labels.save}
          pendingLabel={labels.saving}
          pending={pending}
          tone="secondary"
          name="intent"
          value="save"
        />
        <SubmitButton
          label={labels.submitForReview}
          pendingLabel={labels.submitting}
          pending={pending}
          name="intent"
          value="submit"
        />
      </div>
    </form>
  );
}
