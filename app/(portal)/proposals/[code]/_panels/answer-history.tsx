// The signed versions of the answer, newest first: the one in force and those it corrected (never deleted).
import type { Translate } from "@/lib/i18n/translate";
import type { WorkspaceAnswer } from "@/lib/data/answers";
import { formatDate, formatDateTime } from "@/lib/format";
import { SafeHtml } from "@/components/safe-html";

export function AnswerHistory({ versions, t }: { versions: WorkspaceAnswer[]; t: Translate }) {
  return (
    <section aria-labelledby="answer-history" className="space-y-2">
      <h3 id="answer-history" className="font-semibold">
        {t("answers.history.title")}
      </h3>
      <ol className="space-y-2">
        {versions.map((answer) => (
          <li key={answer.id} className="rounded border border-gray-200 p-3 text-sm">
            <p className="font-medium">
              {t("answers.history.version", { n: answer.versionNo })} ·{" "}
              {t(`answers.history.${answer.state === "APPROVED" ? "current" : "superseded"}`)}
            </p>
            <p className="text-muted">
              {answer.documentNumber &&
                t("answers.history.document", {
                  number: answer.documentNumber,
                  date: formatDate(answer.documentDate),
                })}
              {answer.signerName && ` · ${answer.signerName}, ${answer.signerTitle ?? ""}`}
              {answer.approvedAt &&
                ` · ${t("answers.history.approvedAt", { date: formatDateTime(answer.approvedAt) })}`}
            </p>
            {answer.correctionReason && (
              <p className="mt-1">
                <strong>{t("answers.history.correctionReason")}:</strong> {answer.correctionReason}
              </p>
            )}
            <details className="mt-1">
              <summary className="cursor-pointer text-brand-800 underline">
                {t("answers.history.showContent")}
              </summary>
              <SafeHtml html={answer.content} className="mt-2" />
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
