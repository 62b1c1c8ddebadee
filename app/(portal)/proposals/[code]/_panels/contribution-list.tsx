// The coordinating agencies' input, shown to the lead agency while it drafts and reviews the answer.
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { AnswerWorkspace } from "@/lib/data/answers";
import { formatDateTime } from "@/lib/format";

export function ContributionList({
  contributions,
  t,
  locale,
}: {
  contributions: AnswerWorkspace["contributions"];
  t: Translate;
  locale: Locale;
}) {
  if (contributions.length === 0) return null;
  return (
    <section aria-labelledby="answer-contributions" className="space-y-2">
      <h3 id="answer-contributions" className="font-semibold">
        {t("answers.contributions.title")}
      </h3>
      <ul className="space-y-2">
        {contributions.map((item) => (
          <li key={item.id} className="rounded bg-gray-50 p-3 text-sm">
            <p className="font-medium">
              {locale === "vi" ? item.agency.name : item.agency.nameEn}
              {item.contributedAt && (
                <span className="font-normal text-muted"> · {formatDateTime(item.contributedAt)}</span>
              )}
            </p>
            <p className="mt-1 whitespace-pre-line">{item.contribution ?? t("answers.contributions.none")}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
