"use client";
// The agency head's decision on a draft: send it back with a comment, or approve and sign it.
import { approveAnswerAction, requestAnswerChangesAction } from "../answer-actions";
import {
  DocumentFields,
  FormStatus,
  SubmitButton,
  Target,
  TextField,
  useActionForm,
  type DocumentLabels,
} from "./answer-form-kit";

export type AnswerReviewLabels = DocumentLabels & {
  approveTitle: string;
  approve: string;
  changesTitle: string;
  comment: string;
  requestChanges: string;
  submitting: string;
};

type Props = {
  proposalId: number;
  version: number;
  labels: AnswerReviewLabels;
  defaults: { documentDate: string; signerName: string; signerTitle: string };
};

export function AnswerReviewForms(props: Props) {
  return (
    <div className="grid gap-4">
      <ApproveForm {...props} />
      <ChangesForm {...props} />
    </div>
  );
}

function ApproveForm({ proposalId, version, labels, defaults }: Props) {
  const { state, pending, formRef, onSubmit } = useActionForm(approveAnswerAction);
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      aria-labelledby="answer-approve-title"
      className="space-y-3 rounded border border-gray-200 p-3"
    >
      <h3 id="answer-approve-title" className="font-semibold">
        {labels.approveTitle}
      </h3>
      <Target proposalId={proposalId} version={version} />
      <DocumentFields formId="answer-approve" state={state} labels={labels} defaults={defaults} />
      <FormStatus state={state} />
      <SubmitButton label={labels.approve} pendingLabel={labels.submitting} pending={pending} />
    </form>
  );
}

function ChangesForm({ proposalId, version, labels }: Props) {
  const { state, pending, formRef, onSubmit } = useActionForm(requestAnswerChangesAction);
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      aria-labelledby="answer-changes-title"
      className="space-y-3 rounded border border-gray-200 p-3"
    >
      <h3 id="answer-changes-title" className="font-semibold">
        {labels.changesTitle}
      </h3>
      <Target proposalId={proposalId} version={version} />
      <TextField
        formId="answer-changes"
        name="comment"
        label={labels.comment}
        state={state}
        rows={4}
        maxLength={2000}
      />
      <FormStatus state={state} />
      <SubmitButton
        label={labels.requestChanges}
        pendingLabel={labels.submitting}
        pending={pending}
        tone="secondary"
      />
    </form>
  );
}
