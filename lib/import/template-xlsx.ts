// The blank proposals spreadsheet a coordinator downloads for one session: the columns the reader expects, a
// sheet listing the session's communes and the fields (with drop-down lists pointing at it), and a short guide.
import ExcelJS from "exceljs";
import { IMPORT_COLUMNS, IMPORT_MAX_ROWS, TEMPLATE_HEADERS, type ImportColumn } from "@/lib/import/columns";
import type { ImportField, ImportUnit } from "@/lib/import/validate-rows";
import { OnBehalfProposal } from "@/lib/schemas/session";

const WIDTHS: Record<ImportColumn, number> = { stt: 6, commune: 30, field: 34, title: 50, content: 80 };
const LISTS = "Danh mục";
const FONT = { name: "Times New Roman", size: 12 };

const { title, content } = OnBehalfProposal.shape;
const count = (value: number | null) => (value ?? 0).toLocaleString("vi-VN");

const GUIDE = [
  "HƯỚNG DẪN NHẬP KIẾN NGHỊ TỪ TỆP EXCEL",
  "1. Ghi mỗi kiến nghị trên một dòng của trang “Kiến nghị”, bắt đầu từ dòng 2; không sửa, không xóa dòng tiêu đề.",
  "2. Cột Xã/phường: ghi tên (ví dụ “Phường Thành Vinh”) hoặc mã đơn vị (ví dụ 16681) như trang “Danh mục”.",
  "3. Cột Lĩnh vực: chọn trong danh sách hoặc ghi mã lĩnh vực; có thể để trống, điều phối viên phân loại sau.",
  `4. Tiêu đề từ ${count(title.minLength)} đến ${count(title.maxLength)} ký tự; nội dung từ ${count(content.minLength)} đến ${count(content.maxLength)} ký tự.`,
  `5. Tối đa ${count(IMPORT_MAX_ROWS)} kiến nghị, tệp .xlsx không quá 5 MB. Dòng trống được bỏ qua.`,
  "6. Tải tệp lên, xem trước từng dòng; chỉ khi mọi dòng hợp lệ mới xác nhận nhập (nhập tất cả hoặc không dòng nào).",
];

type RangeValidations = { add(range: string, validation: ExcelJS.DataValidation): void };

function headerRow(sheet: ExcelJS.Worksheet) {
  const row = sheet.getRow(1);
  row.font = { ...FONT, bold: true };
  row.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  row.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEFEFEF" } };
}

export async function writeImportTemplate({
  session,
  units,
  fields,
}: {
  session: { code: string; title: string };
  units: readonly ImportUnit[];
  fields: readonly ImportField[];
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = `Mẫu nhập kiến nghị — ${session.code}`;
  workbook.created = new Date();

  const proposals = workbook.addWorksheet("Kiến nghị", { views: [{ state: "frozen", ySplit: 1 }] });
  proposals.columns = IMPORT_COLUMNS.map((key) => ({
    header: TEMPLATE_HEADERS[key],
    key,
    width: WIDTHS[key],
  }));
  headerRow(proposals);
  proposals.getCell("B1").note = "Tên hoặc mã xã/phường tham dự kỳ đối thoại (xem trang “Danh mục”).";
  proposals.getCell("C1").note = "Tên hoặc mã lĩnh vực (xem trang “Danh mục”); có thể để trống.";
  proposals.getColumn("title").alignment = { wrapText: true, vertical: "top" };
  proposals.getColumn("content").alignment = { wrapText: true, vertical: "top" };
  const last = IMPORT_MAX_ROWS + 1;
  // Drop-downs that help without forbidding: a code typed instead of a name must still be accepted.
  const list = (range: string) => ({
    type: "list" as const,
    allowBlank: true,
    showErrorMessage: false,
    formulae: [`'${LISTS}'!${range}`],
  });
  // exceljs has worksheet.dataValidations.add(range, …) (one rule for a range) but leaves it out of its typings.
  const validations = (proposals as unknown as { dataValidations: RangeValidations }).dataValidations;
  if (units.length > 0) validations.add(`B2:B${last}`, list(`$B$2:$B$${units.length + 1}`));
  if (fields.length > 0) validations.add(`C2:C${last}`, list(`$E$2:$E$${fields.length + 1}`));

  const lists = workbook.addWorksheet(LISTS, { views: [{ state: "frozen", ySplit: 1 }] });
  lists.columns = [
    { header: "Mã đơn vị", key: "unitCode", width: 12 },
    { header: "Xã/phường tham dự", key: "unitName", width: 34 },
    { header: "", key: "gap", width: 4 },
    { header: "Mã lĩnh vực", key: "fieldCode", width: 14 },
    { header: "Lĩnh vực", key: "fieldName", width: 44 },
  ];
  headerRow(lists);
  const height = Math.max(units.length, fields.length);
  for (let i = 0; i < height; i++) {
    const unit = units[i];
    const field = fields[i];
    lists.addRow({
      unitCode: unit?.code,
      unitName: unit?.name,
      fieldCode: field?.code,
      fieldName: field?.name,
    });
  }
  // Codes are text ("00004" keeps its zeros).
  lists.getColumn("unitCode").numFmt = "@";

  const guide = workbook.addWorksheet("Hướng dẫn");
  guide.getColumn(1).width = 120;
  guide.addRow([`${GUIDE[0]} — ${session.code}`]).font = { ...FONT, bold: true };
  guide.addRow([session.title]).font = { ...FONT, italic: true };
  for (const line of GUIDE.slice(1)) guide.addRow([line]).font = FONT;

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
