// The session's earlier imports: file, number of proposals and their codes, when and by whom.
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import { formatDateTime, formatNumber } from "@/lib/format";
import type { BatchSummary } from "@/lib/data/import-batches";
import { codeRange } from "./import-messages";

export function ImportHistory({
  batches,
  t,
  locale,
}: {
  batches: BatchSummary[];
  t: Translate;
  locale: Locale;
}) {
  if (batches.length === 0) return <p className="text-muted">{t("imports.history.empty")}</p>;
  const cell = "px-3 py-2 align-top";
  return (
    <div
      role="region"
      aria-label={t("imports.history.heading")}
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-gray-200 bg-white"
    >
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("imports.history.heading")}</caption>
        <thead className="bg-gray-50 text-xs uppercase text-muted">
          <tr>
            <th scope="col" className={cell}>
              {t("imports.history.file")}
            </th>
            <th scope="col" className={`${cell} text-right`}>
              {t("imports.history.rows")}
            </th>
            <th scope="col" className={cell}>
              {t("imports.history.codes")}
            </th>
            <th scope="col" className={cell}>
              {t("imports.history.when")}
            </th>
            <th scope="col" className={cell}>
              {t("imports.history.by")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-200">
          {batches.map((batch) => (
            <tr key={batch.id}>
              <td className={`${cell} break-all`}>{batch.fileName}</td>
              <td className={`${cell} text-right`}>{formatNumber(batch.rowCount, locale)}</td>
              <td className={`${cell} whitespace-nowrap font-mono`}>{codeRange(t, batch)}</td>
              <td className={`${cell} whitespace-nowrap`}>{formatDateTime(batch.createdAt)}</td>
              <td className={cell}>{batch.createdBy}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
