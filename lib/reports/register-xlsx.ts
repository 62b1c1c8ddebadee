// Writes the register of proposals (sổ theo dõi) as .xlsx: Vietnamese headers, dates dd/MM/yyyy, frozen header.
import ExcelJS from "exceljs";

export type RegisterRow = {
  session: string;
  commune: string;
  field: string;
  proposal: string;
  leadAgency: string;
  deadline: Date | null;
  answer: string;
  status: string;
};

export type RegisterColumn = (typeof REGISTER_COLUMNS)[number];

export const REGISTER_COLUMNS = [
  "stt",
  "session",
  "commune",
  "field",
  "proposal",
  "leadAgency",
  "deadline",
  "answer",
  "status",
] as const;
const WIDTHS: Record<(typeof REGISTER_COLUMNS)[number], number> = {
  stt: 6,
  session: 12,
  commune: 28,
  field: 24,
  proposal: 60,
  leadAgency: 26,
  deadline: 13,
  answer: 60,
  status: 18,
};

export async function writeRegisterXlsx({
  title,
  headers,
  rows,
  author,
  columns = REGISTER_COLUMNS,
}: {
  title: string;
  /** column header per key, in Vietnamese */
  headers: Record<(typeof REGISTER_COLUMNS)[number], string>;
  rows: RegisterRow[];
  author: string;
  /** the columns to write, in order (a single session's register leaves out the session) */
  columns?: readonly RegisterColumn[];
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = author;
  workbook.title = title;
  workbook.created = new Date();
  const sheet = workbook.addWorksheet("So theo doi", {
    views: [{ state: "frozen", ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddHeader: `&C&"Times New Roman,Bold"${title.replace(/&/g, "&&")}` },
  });
  sheet.columns = columns.map((key) => ({ header: headers[key], key, width: WIDTHS[key] }));
  rows.forEach((row, index) => sheet.addRow({ stt: index + 1, ...row, deadline: row.deadline ?? undefined }));
  sheet.getColumn("deadline").numFmt = "dd/mm/yyyy";
  sheet.eachRow((row, number) => {
    row.font = { name: "Times New Roman", size: 12, bold: number === 1 };
    row.alignment = { vertical: "top", wrapText: true };
  });
  sheet.getRow(1).alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  sheet.getRow(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEFEFEF" } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  sheet.pageSetup.printTitlesRow = "1:1";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
