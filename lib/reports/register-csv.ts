// Writes the register of proposals as CSV for Excel and other tools: UTF-8 with a byte-order mark (without it
// Excel reads Vietnamese as Windows-1252), RFC 4180 quoting and CRLF line ends, dates dd/MM/yyyy, and no cell
// that a spreadsheet would run as a formula.
import { formatDate } from "@/lib/format";
import type { RegisterColumn, RegisterRow } from "@/lib/reports/register-xlsx";

const BOM = "\uFEFF";

/**
 * A cell a spreadsheet would read as a formula (= + - @, or a tab or carriage return before one) gets a leading
 * apostrophe, as OWASP advises against CSV injection: "=HYPERLINK(…)" in a proposal stays text.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cellOf(row: RegisterRow, index: number, column: RegisterColumn): string {
  if (column === "stt") return String(index + 1);
  if (column === "deadline") return formatDate(row.deadline);
  return neutraliseFormula(row[column]);
}

export function writeRegisterCsv({
  headers,
  rows,
  columns,
}: {
  headers: Record<RegisterColumn, string>;
  rows: readonly RegisterRow[];
  columns: readonly RegisterColumn[];
}): Buffer {
  const lines = [
    columns.map((column) => csvField(headers[column])).join(","),
    ...rows.map((row, index) => columns.map((column) => csvField(cellOf(row, index, column))).join(",")),
  ];
  return Buffer.from(`${BOM}${lines.join("\r\n")}\r\n`, "utf8");
}
