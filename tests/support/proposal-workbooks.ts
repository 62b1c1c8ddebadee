// Proposals spreadsheets made with exceljs for the import tests: the template's header and any rows.
import ExcelJS from "exceljs";
import { IMPORT_COLUMNS, TEMPLATE_HEADERS } from "@/lib/import/columns";

export type Cell = string | number | null;

export const TEMPLATE_HEADER_ROW: Cell[] = IMPORT_COLUMNS.map((column) => TEMPLATE_HEADERS[column]);

export async function proposalWorkbook(
  rows: Cell[][],
  header: Cell[] = TEMPLATE_HEADER_ROW,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Kiến nghị");
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A proposal row whose title and content are long enough and unique per `n`. */
export function proposalRow(n: number, commune: Cell, field: Cell = "", label = "Kiến nghị"): Cell[] {
  return [
    n,
    commune,
    field,
    `${label} số ${n}: sửa chữa đường giao thông liên thôn`,
    `${label} số ${n}. Tuyến đường liên thôn xuống cấp nghiêm trọng sau mùa mưa lũ, đề nghị tỉnh hỗ trợ kinh phí sửa chữa.`,
  ];
}
