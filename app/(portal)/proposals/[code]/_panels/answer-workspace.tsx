// The answering agencies' part of a proposal's page. The lead agency drafts, reviews, signs, corrects, answers the
// follow-up and reports implementation; a coordinating agency gives its input. Renders nothing for anyone else.
import type { Actor } from "@/lib/auth/actor";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { getAnswerWorkspace, type AnswerWorkspace } from "@/lib/data/answers";
import { ExpectedError } from "@/lib/errors";
import { formatDateTime, toIsoDate } from "@/lib/format";
import { IMPLEMENTATION_OUTCOMES } from "@/lib/schemas/answer";
import type { WorkflowAction } from "@/lib/workflow/proposal-workflow";
import { SafeHtml } from "@/components/safe-html";
import { AnswerDraftForm } from "./answer-draft-form";
import { AnswerReviewForms } from "./answer-review-forms";
import { AnswerCorrectionForm } from "./answer-correction-form";
import { AnswerHistory } from "./answer-history";
import { ContributionList } from "./contribution-list";
import { ContributionForm } from "./contribution-form";
import { InternalNotes } from "./internal-notes";
import { FollowUpReplyForm } from "./follow-up-reply-form";
import { ImplementationForm } from "./implementation-form";

type Props = {
  actor: Actor;
  /** the version the page was rendered with: every form sends it back for the optimistic check */
  proposal: {
    id: number;
    version: number;
    implementationPercent: number | null;
    implementationOutcome: string | null;
  };
  t: Translate;
  locale: Locale;
};

async function loadWorkspace(actor: Actor, proposalId: number): Promise<AnswerWorkspace | null> {
  try {
    return await getAnswerWorkspace(actor, proposalId);
  } catch (error) {
    if (error instanceof ExpectedError && (error.code === "forbidden" || error.code === "not-found"))
      return null;
    throw error;
  }
}

/** Translated texts for a client form: only strings cross to the browser. */
function labelsFor<K extends string>(t: Translate, namespace: string, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, t(`${namespace}.${key}`)])) as Record<K, string>;
}

const box = "space-y-4 rounded-lg border border-gray-200 bg-white p-4";

export async function AnswerWorkspacePanel({ actor, proposal, t, locale }: Props) {
  const workspace = await loadWorkspace(actor, proposal.id);
  if (!workspace) return null;
  const has = (action: WorkflowAction) => workspace.actions.includes(action);
  const target = { proposalId: proposal.id, version: proposal.version };
  const submitting = t("answers.submitting");
  const notesForm = has("internal_note")
    ? { ...target, labels: { ...labelsFor(t, "answers.notes", ["body", "submit"] as const), submitting } }
    : null;
  const notes = <InternalNotes notes={workspace.notes} form={notesForm} t={t} />;

  if (workspace.side === "coordinating") {
    const own = workspace.contributions[0];
    return (
      <>
        <section aria-labelledby="answer-contribution" className={box}>
          <h2 id="answer-contribution" className="text-lg font-semibold">
            {t("answers.contributions.formTitle")}
          </h2>
          {own?.contributedAt && (
            <p className="text-sm text-muted">
              {t("answers.contributions.sentAt", { date: formatDateTime(own.contributedAt) })}
            </p>
          )}
          {has("contribute") ? (
            <ContributionForm
              {...target}
              current={own?.contribution ?? null}
              labels={{ ...labelsFor(t, "answers.contributions", ["text", "submit"] as const), submitting }}
            />
          ) : (
            <p className="whitespace-pre-line text-sm">
              {own?.contribution ?? t("answers.contributions.none")}
            </p>
          )}
        </section>
        {notes}
      </>
    );
  }

  const editorLabels = labelsFor(t, "answers.editor", [
    "toolbar",
    "bold",
    "italic",
    "bulletList",
    "numberedList",
    "insertTemplate",
    "chooseTemplate",
  ] as const);
  const documentLabels = labelsFor(t, "answers.document", [
    "documentNumber",
    "documentNumberHint",
    "documentDate",
    "signerName",
    "signerTitle",
  ] as const);
  const signing = {
    documentDate: toIsoDate(new Date()),
    signerName: workspace.signer.name,
    signerTitle: workspace.signer.title,
  };
  const { draft, inReview, approved, followUp } = workspace;
  return (
    <>
      <section aria-labelledby="answer-workspace" className={box}>
        <h2 id="answer-workspace" className="text-lg font-semibold">
          {t("answers.title")}
        </h2>
        {has("answer_follow_up") && followUp && !followUp.reply && (
          <div className="space-y-2">
            <h3 className="font-semibold">{t("answers.followUp.title")}</h3>
            <p className="rounded bg-amber-50 p-3 text-sm">
              <strong>{t("answers.followUp.question", { date: formatDateTime(followUp.askedAt) })}</strong>{" "}
              {followUp.question}
            </p>
            <FollowUpReplyForm
              {...target}
              labels={{ ...labelsFor(t, "answers.followUp", ["reply", "submit"] as const), submitting }}
            />
          </div>
        )}
        {(has("draft_answer") || inReview) && (
          <ContributionList contributions={workspace.contributions} t={t} locale={locale} />
        )}
        {has("draft_answer") && (
          <div className="space-y-2">
            <h3 className="font-semibold">{t("answers.draft.title")}</h3>
            {draft?.state === "CHANGES_REQUESTED" && draft.reviewComment && (
              <p role="note" className="rounded bg-amber-50 p-3 text-sm">
                <strong>{t("answers.draft.changesRequested", { name: draft.reviewer?.name ?? "" })}</strong>{" "}
                {draft.reviewComment}
              </p>
            )}
            <AnswerDraftForm
              {...target}
              answerVersion={draft?.version ?? null}
              initialHtml={draft?.content ?? ""}
              templates={workspace.templates}
              labels={labelsFor(t, "answers.draft", [
                "content",
                "save",
                "saving",
                "submitForReview",
                "submitting",
              ] as const)}
              editorLabels={editorLabels}
            />
          </div>
        )}
        {inReview && (
          <div className="space-y-3">
            <h3 className="font-semibold">{t("answers.review.title")}</h3>
            <p className="text-sm text-muted">
              {t("answers.review.submittedBy", {
                name: inReview.author.name,
                date: formatDateTime(inReview.submittedAt ?? inReview.updatedAt),
              })}
            </p>
            <SafeHtml html={inReview.content} className="rounded border border-gray-200 p-3" />
            {has("approve") ? (
              <AnswerReviewForms
                {...target}
                defaults={signing}
                labels={{
                  ...documentLabels,
                  ...labelsFor(t, "answers.review", [
                    "approveTitle",
                    "approve",
                    "changesTitle",
                    "comment",
                    "requestChanges",
                  ] as const),
                  submitting,
                }}
              />
            ) : (
              <p className="text-sm">{t("answers.review.waiting")}</p>
            )}
          </div>
        )}
        {has("correct_answer") && approved && (
          <details className="rounded border border-gray-200 p-3">
            <summary className="cursor-pointer font-semibold">{t("answers.correction.title")}</summary>
            <p className="my-2 text-sm text-muted">{t("answers.correction.intro")}</p>
            <AnswerCorrectionForm
              {...target}
              approvedId={approved.id}
              initialHtml={approved.content}
              defaults={signing}
              editorLabels={editorLabels}
              labels={{
                ...documentLabels,
                ...labelsFor(t, "answers.correction", ["content", "reason", "submit"] as const),
                submitting,
              }}
            />
          </details>
        )}
        {has("implementation") && (
          <div className="space-y-2">
            <h3 className="font-semibold">{t("answers.implementation.title")}</h3>
            <ImplementationForm
              {...target}
              current={{ percent: proposal.implementationPercent, outcome: proposal.implementationOutcome }}
              outcomes={IMPLEMENTATION_OUTCOMES.map((value) => ({ value, label: t(`outcome.${value}`) }))}
              labels={{
                ...labelsFor(t, "answers.implementation", ["percent", "outcome", "note", "submit"] as const),
                submitting,
              }}
            />
          </div>
        )}
        {workspace.history.length > 0 && <AnswerHistory versions={workspace.history} t={t} />}
      </section>
      {notes}
    </>
  );
}
