// The reports made so far, each with its download link; a report just made is marked "new".
import type { Translate } from "@/lib/i18n/translate";
import type { ReportListItem } from "@/lib/data/dashboard-reports";
import { formatDateTime } from "@/lib/format";

export function ReportList({
  items,
  t,
  created,
}: {
  items: ReportListItem[];
  t: Translate;
  created?: number;
}) {
  if (items.length === 0)
    return (
      <p className="rounded border border-dashed border-gray-300 bg-white p-4 text-muted">
        {t("reports.list.none")}
      </p>
    );
  return (
    <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">{t("reports.list.title")}</caption>
        <thead className="bg-gray-50 text-xs text-muted">
          <tr>
            <th scope="col" className="px-3 py-2">
              {t("reports.list.name")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("reports.list.createdBy")}
            </th>
            <th scope="col" className="px-3 py-2">
              {t("reports.list.createdAt")}
            </th>
            <th scope="col" className="px-3 py-2">
              <span className="sr-only">{t("reports.list.download")}</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {items.map((item) => (
            <tr
              key={item.id}
              id={`report-${item.id}`}
              className={item.id === created ? "bg-brand-50" : undefined}
            >
              <th scope="row" className="px-3 py-2 font-normal">
                {item.title}
                {item.id === created && (
                  <span className="ml-2 rounded bg-brand-700 px-1.5 text-xs font-semibold text-white">
                    {t("reports.list.new")}
                  </span>
                )}
                <span className="block text-xs text-muted">
                  {t(`reports.form.kinds.${item.kind}`)} · {item.fileName}
                </span>
              </th>
              <td className="px-3 py-2">{item.createdBy}</td>
              <td className="px-3 py-2 whitespace-nowrap">{formatDateTime(item.createdAt)}</td>
              <td className="px-3 py-2">
                <a
                  href={`/api/reports/${item.id}`}
                  download={item.fileName}
                  aria-label={t("reports.list.downloadLabel", { title: item.title })}
                  className="font-medium text-brand-800 underline"
                >
                  {t("reports.list.download")}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
