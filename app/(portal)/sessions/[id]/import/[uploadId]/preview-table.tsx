// One page of the previewed rows: what each cell was read as (the commune and field it matched) and its errors,
// the errors early in the row so that a phone shows them without scrolling.
import type { Translate } from "@/lib/i18n/translate";
import type { CheckedRow } from "@/lib/import/validate-rows";

const PREVIEW_TEXT = 200;

function clip(text: string): string {
  const chars = Array.from(text);
  return chars.length > PREVIEW_TEXT ? `${chars.slice(0, PREVIEW_TEXT).join("")}…` : text;
}

export function PreviewTable({ rows, caption, t }: { rows: CheckedRow[]; caption: string; t: Translate }) {
  const cell = "px-3 py-2 align-top";
  const column = (key: string) => t(`imports.preview.columns.${key}`);
  return (
    // Focusable so that keyboard users can scroll it sideways on a phone.
    <div
      role="region"
      aria-label={caption}
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-gray-200 bg-white"
    >
      <table className="w-full text-left text-sm">
        <caption className="px-3 py-2 text-left font-medium">{caption}</caption>
        <thead className="bg-gray-50 text-xs uppercase text-muted">
          <tr>
            {["line", "stt", "result", "commune", "field", "title", "content"].map((key) => (
              <th key={key} scope="col" className={cell}>
                {column(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-200">
          {rows.map((row) => {
            const bad = row.errors.length > 0;
            return (
              <tr key={row.line} className={bad ? "bg-red-50" : undefined}>
                <th scope="row" className={`${cell} font-mono`}>
                  {row.line}
                </th>
                <td className={cell}>{row.stt}</td>
                <td className={`${cell} min-w-56`}>
                  {bad ? (
                    <ul className="list-disc pl-4 font-medium text-red-900">
                      {row.errors.map((error) => (
                        <li key={error.key}>{t(`imports.rowErrors.${error.key}`, error.params)}</li>
                      ))}
                    </ul>
                  ) : (
                    <span className="font-medium text-green-800">{t("imports.preview.ok")}</span>
                  )}
                </td>
                <td className={`${cell} min-w-40`}>
                  {row.unit ? `${row.unit.name} (${row.unit.code})` : row.commune}
                </td>
                <td className={`${cell} min-w-32`}>
                  {row.fieldRef?.name ?? (row.field || t("imports.preview.noField"))}
                </td>
                <td className={`${cell} min-w-48`}>{row.title}</td>
                <td className={`${cell} min-w-64 whitespace-pre-line`}>{clip(row.content)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
