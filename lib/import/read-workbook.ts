// Reads an uploaded proposals spreadsheet into plain rows: checks the bytes really are an .xlsx (never the
// name), that it will not unpack into gigabytes, that exceljs can open it, that the header names the columns,
// and that it holds between one and IMPORT_MAX_ROWS proposals. Row contents are judged later (validate-rows).
import ExcelJS from "exceljs";
import { sniffFile, zipEntries } from "@/lib/attachments/sniff";
import {
  columnOfHeader,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ROWS,
  IMPORT_MAX_UNPACKED_BYTES,
  REQUIRED_COLUMNS,
  type ImportColumn,
} from "@/lib/import/columns";

/** One non-empty row as typed: `line` is the row number Excel shows. */
export type RawRow = {
  line: number;
  stt: string;
  commune: string;
  /** the commune cell held a number (a GSO code whose leading zeros Excel dropped) */
  communeIsNumber: boolean;
  field: string;
  title: string;
  content: string;
};

export type WorkbookProblem =
  | "empty"
  | "tooLarge"
  | "notXlsx"
  | "macro"
  | "damaged"
  | "tooBigUnpacked"
  | "noSheet"
  | "wrongColumns"
  | "noRows"
  | "tooManyRows";

export type WorkbookResult =
  | { ok: true; rows: RawRow[]; skippedEmpty: number }
  | { ok: false; problem: WorkbookProblem; missing?: ImportColumn[] };

/** The text a person sees in a cell, whatever exceljs made of it (rich text, formula result, link, number). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("formula" in value || "sharedFormula" in value) {
    return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  }
  if ("hyperlink" in value) return cellText(value.text as ExcelJS.CellValue);
  if ("error" in value) return "";
  return "";
}

/** One line of text: NFC, no control characters, runs of spaces (and line breaks) as one space. */
export function singleLine(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f\u00a0\u200b\ufeff]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Multi-line text: NFC, Windows line ends as \n, other control characters dropped, ends trimmed. */
export function multiLine(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, " ")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u200b\ufeff]/g, "")
    .replace(/[ \u00a0]+\n/g, "\n")
    .trim();
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function checkPackage(bytes: Uint8Array): WorkbookProblem | null {
  if (bytes.length === 0) return "empty";
  if (bytes.length > IMPORT_MAX_BYTES) return "tooLarge";
  // Not a zip at all (a PDF, a text file, an old .xls or a password-protected workbook renamed .xlsx).
  if (!ZIP_MAGIC.every((byte, i) => bytes[i] === byte)) return "notXlsx";
  const sniffed = sniffFile(bytes);
  if (!sniffed.ok) {
    if (sniffed.reason === "damaged") return "damaged";
    if (sniffed.reason === "macro") return "macro";
    return sniffed.reason === "empty" ? "empty" : "notXlsx";
  }
  if (sniffed.kind !== "xlsx") return "notXlsx";
  const entries = zipEntries(bytes) ?? [];
  const unpacked = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  return unpacked > IMPORT_MAX_UNPACKED_BYTES ? "tooBigUnpacked" : null;
}

function headerColumns(sheet: ExcelJS.Worksheet): Map<ImportColumn, number> | ImportColumn[] {
  const columns = new Map<ImportColumn, number>();
  sheet.getRow(1).eachCell((cell, number) => {
    const column = columnOfHeader(cellText(cell.value));
    if (column && !columns.has(column)) columns.set(column, number);
  });
  const missing = REQUIRED_COLUMNS.filter((column) => !columns.has(column));
  return missing.length > 0 ? missing : columns;
}

export async function readProposalWorkbook(bytes: Uint8Array): Promise<WorkbookResult> {
  const problem = checkPackage(bytes);
  if (problem) return { ok: false, problem };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    // A zip whose parts are not a workbook exceljs understands (truncated XML, a bad CRC, a strange writer).
    return { ok: false, problem: "damaged" };
  }
  // The proposals are on the first sheet; the template's second sheet only lists communes and fields.
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, problem: "noSheet" };
  const columns = headerColumns(sheet);
  if (Array.isArray(columns)) return { ok: false, problem: "wrongColumns", missing: columns };
  const at = (row: ExcelJS.Row, column: ImportColumn) => {
    const number = columns.get(column);
    return number === undefined ? "" : cellText(row.getCell(number).value);
  };
  const rows: RawRow[] = [];
  let skippedEmpty = 0;
  let tooMany = false;
  sheet.eachRow((row, line) => {
    if (line === 1 || tooMany) return;
    const commune = singleLine(at(row, "commune"));
    const field = singleLine(at(row, "field"));
    const title = singleLine(at(row, "title"));
    const content = multiLine(at(row, "content"));
    // A row with only its STT filled (a numbered blank template) is an empty row, not a proposal.
    if (!commune && !field && !title && !content) {
      skippedEmpty += 1;
      return;
    }
    if (rows.length === IMPORT_MAX_ROWS) {
      tooMany = true;
      return;
    }
    const communeNumber = columns.get("commune");
    rows.push({
      line,
      stt: singleLine(at(row, "stt")).slice(0, 20),
      commune,
      communeIsNumber: communeNumber !== undefined && typeof row.getCell(communeNumber).value === "number",
      field,
      title,
      content,
    });
  });
  if (tooMany) return { ok: false, problem: "tooManyRows" };
  if (rows.length === 0) return { ok: false, problem: "noRows" };
  return { ok: true, rows, skippedEmpty };
}
