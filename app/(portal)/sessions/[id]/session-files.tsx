// The session page's file sections: the register download for whoever reads proposals, and for the coordinator
// the way to the spreadsheet import with the latest import.
import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { formatDateTime, formatNumber } from "@/lib/format";
import type { BatchSummary } from "@/lib/data/import-batches";

const button =
  "inline-block rounded border border-gray-400 bg-white px-4 py-2 font-semibold hover:bg-gray-50";

export function RegisterDownloads({ sessionId, t }: { sessionId: number; t: Translate }) {
  return (
    <section
      aria-labelledby="register"
      className="mb-6 max-w-3xl rounded-lg border border-gray-200 bg-white p-4"
    >
      <h2 id="register" className="mb-2 text-lg font-semibold">
        {t("imports.export.heading")}
      </h2>
      <p className="mb-3 text-sm">{t("imports.export.text")}</p>
      <div className="flex flex-wrap gap-3">
        <a href={`/api/sessions/${sessionId}/register?format=xlsx`} download className={button}>
          {t("imports.export.xlsx")}
        </a>
        <a href={`/api/sessions/${sessionId}/register?format=csv`} download className={button}>
          {t("imports.export.csv")}
        </a>
      </div>
    </section>
  );
}

export function ImportEntry({
  sessionId,
  latest,
  t,
  locale,
}: {
  sessionId: number;
  latest: BatchSummary | undefined;
  t: Translate;
  locale: Locale;
}) {
  return (
    <section
      aria-labelledby="import"
      className="mb-6 max-w-3xl rounded-lg border border-gray-200 bg-white p-4"
    >
      <h2 id="import" className="mb-2 text-lg font-semibold">
        {t("imports.session.heading")}
      </h2>
      <p className="mb-3 text-sm">{t("imports.session.text")}</p>
      {latest && (
        <p className="mb-3 text-sm text-muted">
          {t("imports.session.lastImports", {
            file: latest.fileName,
            count: formatNumber(latest.rowCount, locale),
            when: formatDateTime(latest.createdAt),
          })}
        </p>
      )}
      <Link
        href={`/sessions/${sessionId}/import`}
        className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
      >
        {t("imports.session.link")}
      </Link>
    </section>
  );
}
