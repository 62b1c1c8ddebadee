// The table alternative of a chart, folded under <details> so the numbers are one click away for every reader.
export function ChartTable({
  summary,
  caption,
  headers,
  rows,
}: {
  summary: string;
  caption: string;
  headers: string[];
  rows: { key: string; cells: React.ReactNode[] }[];
}) {
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-brand-800 underline">{summary}</summary>
      <div className="mt-2 overflow-x-auto rounded border border-gray-200 bg-white">
        <table className="w-full text-left">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-gray-50 text-xs text-muted">
            <tr>
              {headers.map((header, index) => (
                <th key={header} scope="col" className={`px-3 py-2 ${index > 0 ? "text-right" : ""}`}>
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {rows.map((row) => (
              <tr key={row.key}>
                {row.cells.map((cell, index) =>
                  index === 0 ? (
                    <th key={index} scope="row" className="px-3 py-1.5 font-normal">
                      {cell}
                    </th>
                  ) : (
                    <td key={index} className="px-3 py-1.5 text-right tabular-nums">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
