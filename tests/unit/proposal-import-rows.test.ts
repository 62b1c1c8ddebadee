// The pure parts of the spreadsheet import and the CSV register: header names, commune and field matching, the
// row checks, and CSV quoting and formula neutralisation.
import { describe, expect, it } from "vitest";
import { columnOfHeader, fold, IMPORT_COLUMNS, TEMPLATE_HEADERS } from "@/lib/import/columns";
import { checkRows, type ImportField, type ImportUnit } from "@/lib/import/validate-rows";
import type { RawRow } from "@/lib/import/read-workbook";
import { csvField, neutraliseFormula, writeRegisterCsv } from "@/lib/reports/register-csv";
import { REGISTER_COLUMNS, type RegisterColumn } from "@/lib/reports/register-xlsx";

const units: ImportUnit[] = [
  { id: 1, code: "16681", name: "Phường Thành Vinh" },
  { id: 2, code: "00004", name: "Xã Hưng Lộc" },
  { id: 3, code: "16999", name: "Phường Hưng Lộc" },
  { id: 4, code: "17005", name: "Xã Nghi Hoà" },
];
const fields: ImportField[] = [
  { id: 10, code: "YTE", name: "Y tế", nameEn: "Health" },
  { id: 11, code: "HTGT", name: "Hạ tầng – giao thông", nameEn: "Infrastructure and transport" },
];
const TITLE = "Sửa chữa đường giao thông liên thôn";
const CONTENT = "Tuyến đường liên thôn xuống cấp nghiêm trọng sau mùa mưa lũ, đề nghị hỗ trợ.";

function row(commune: string, extra: Partial<RawRow> = {}): RawRow {
  return {
    line: 2,
    stt: "1",
    commune,
    communeIsNumber: false,
    field: "",
    title: TITLE,
    content: CONTENT,
    ...extra,
  };
}

function check(rows: RawRow[], existing = new Map<string, string>()) {
  return checkRows(rows, { units, fields, existing });
}

describe("header names", () => {
  it("recognises the template's headers and common variants, with or without diacritics", () => {
    for (const column of IMPORT_COLUMNS) expect(columnOfHeader(TEMPLATE_HEADERS[column])).toBe(column);
    expect(columnOfHeader("  XÃ / PHƯỜNG ")).toBe("commune");
    expect(columnOfHeader("Tieu de")).toBe("title");
    expect(columnOfHeader("Nội dung kiến nghị")).toBe("content");
    expect(columnOfHeader("Field")).toBe("field");
    expect(columnOfHeader("Ghi chú")).toBeNull();
    expect(columnOfHeader("")).toBeNull();
  });

  it("folds Vietnamese to plain lower-case words", () => {
    expect(fold("Đường Hoà Bình – Xã Nghi Hòa")).toBe("duong hoa binh xa nghi hoa");
  });
});

describe("communes", () => {
  it("match by code (a number cell loses its leading zeros), exact name, name without its kind, or folded name", () => {
    const found = check([
      row("16681"),
      row("4", { communeIsNumber: true }),
      row("phường thành vinh"),
      row("Thành Vinh"),
      row("Nghi Hòa"), // the other placement of the tone mark
      row("xa nghi hoa"),
    ]).map((r) => [r.unit?.id ?? null, r.errors.map((e) => e.key)]);
    expect(found.map(([id]) => id)).toEqual([1, 2, 1, 1, 4, 4]);
  });

  it("asks for the code when a name fits several units, and reports unknown ones", () => {
    const [ambiguous, unknown, wrongCode] = check([
      row("Hưng Lộc", { line: 2 }),
      row("Xã Không Có", { line: 3, title: `${TITLE} 2` }),
      row("99999", { line: 4, title: `${TITLE} 3` }),
    ]);
    expect(ambiguous!.errors).toEqual([
      {
        key: "communeAmbiguous",
        params: { value: "Hưng Lộc", names: "Xã Hưng Lộc (00004), Phường Hưng Lộc (16999)" },
      },
    ]);
    expect(unknown!.errors[0]!.key).toBe("communeUnknown");
    expect(wrongCode!.errors[0]!.key).toBe("communeUnknown");
  });
});

describe("fields and texts", () => {
  it("match a field by code, Vietnamese or English name; an empty field is allowed", () => {
    const rows = check([
      row("16681", { field: "yte", title: `${TITLE} 1` }),
      row("16681", { field: "ha tang giao thong", title: `${TITLE} 2` }),
      row("16681", { field: "Health", title: `${TITLE} 3` }),
      row("16681", { field: "", title: `${TITLE} 4` }),
      row("16681", { field: "Thiên văn", title: `${TITLE} 5` }),
    ]);
    expect(rows.map((r) => r.fieldRef?.id ?? null)).toEqual([10, 11, 10, null, null]);
    expect(rows[4]!.errors).toEqual([{ key: "fieldUnknown", params: { value: "Thiên văn" } }]);
  });

  it("applies the on-behalf form's limits to title and content", () => {
    const [short, long, missing] = check([
      row("16681", { title: "Ngắn", content: "Cũng ngắn" }),
      row("16681", { title: "t".repeat(301), content: "c".repeat(20_001) }),
      row("16681", { title: "", content: "" }),
    ]);
    expect(short!.errors).toEqual([
      { key: "titleTooShort", params: { min: 10 } },
      { key: "contentTooShort", params: { min: 30 } },
    ]);
    expect(long!.errors).toEqual([
      { key: "titleTooLong", params: { max: 300 } },
      { key: "contentTooLong", params: { max: 20_000 } },
    ]);
    expect(missing!.errors.map((e) => e.key)).toEqual(["titleMissing", "contentMissing"]);
  });

  it("flags a repeated row (case and spacing aside) and a proposal the session already has", () => {
    const existing = new Map<string, string>();
    const [first] = check([row("16681")]);
    expect(first!.errors).toEqual([]);
    const rows = check(
      [row("16681", { line: 2 }), row("Thành Vinh", { line: 5, title: `  ${TITLE.toUpperCase()} ` })],
      existing,
    );
    expect(rows[1]!.errors).toEqual([{ key: "duplicateInFile", params: { line: 2 } }]);
    const known = new Map([[`1\u0000${TITLE.toLowerCase()}\u0000${CONTENT.toLowerCase()}`, "ĐT-2026-00001"]]);
    expect(check([row("16681")], known)[0]!.errors).toEqual([
      { key: "alreadyInSession", params: { code: "ĐT-2026-00001" } },
    ]);
  });
});

describe("CSV", () => {
  it("quotes per RFC 4180 and neutralises cells a spreadsheet would run", () => {
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("dòng 1\r\ndòng 2")).toBe('"dòng 1\r\ndòng 2"');
    expect(csvField("plain")).toBe("plain");
    for (const text of ["=1+1", "+84 912", "-2", "@SUM(A1)", "\t=1", "\r=1"])
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    expect(neutraliseFormula("Đường 1=2")).toBe("Đường 1=2");
  });

  it("writes a BOM, CRLF lines and the chosen columns", () => {
    const headers = Object.fromEntries(REGISTER_COLUMNS.map((c) => [c, c.toUpperCase()])) as Record<
      RegisterColumn,
      string
    >;
    const csv = writeRegisterCsv({
      headers,
      columns: ["stt", "commune", "proposal", "deadline"],
      rows: [
        {
          session: "DT-2026",
          commune: "Phường Thành Vinh",
          field: "",
          proposal: '=HYPERLINK("http://x","bấm")',
          leadAgency: "",
          deadline: new Date("2026-12-03T00:00:00Z"),
          answer: "",
          status: "Đã gửi",
        },
      ],
    }).toString("utf8");
    expect(csv).toBe(
      '\uFEFFSTT,COMMUNE,PROPOSAL,DEADLINE\r\n1,Phường Thành Vinh,"\'=HYPERLINK(""http://x"",""bấm"")",03/12/2026\r\n',
    );
  });
});
