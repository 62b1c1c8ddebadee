// Reports opened back: the .docx text and the .xlsx rows are checked against the database.
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { db } from "@/lib/db";
import { generateReport, listReports, readReport } from "@/lib/data/dashboard-reports";
import { ReportRequest } from "@/lib/schemas/report";
import { periodBounds } from "@/lib/schemas/dashboard";
import { ANSWERED_STATUSES } from "@/lib/workflow/proposal-status";
import { formatNumber } from "@/lib/format";
import { ExpectedError } from "@/lib/errors";
import { actorByEmail } from "../support/actors";

const BASE = {
  number: "12",
  date: "2026-11-28",
  introduction: "Thực hiện chương trình gặp mặt, đối thoại, Ban báo cáo như sau:",
  conclusion: "Đề nghị các cơ quan khẩn trương trả lời các kiến nghị quá hạn.",
  signMode: "TM_BTV" as const,
  signerTitle: "Phó Bí thư",
  signerName: "Nguyễn Văn An",
  recipients: "- Thường trực Tỉnh ủy (để báo cáo)\nLưu Văn phòng",
};

/** The paragraphs of word/document.xml as plain text (runs joined), and the raw XML. */
async function docxText(bytes: Uint8Array): Promise<{ paragraphs: string[]; xml: string; styles: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")!.async("string");
  const styles = (await zip.file("word/styles.xml")?.async("string")) ?? "";
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1]!)
      .join("")
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"'),
  );
  return { paragraphs, xml, styles };
}

describe("the annual report (.docx)", () => {
  it("has the Party heading, number, place and date, title, figures, signature and recipients", async () => {
    const committee = await actorByEmail("thuongvu@demo.vn");
    const request = ReportRequest.parse({ kind: "annual", year: "2023", ...BASE });
    const made = await generateReport(committee, request);
    expect(made.fileName).toMatch(/^bao-cao-nam-2023_2026-11-28\.docx$/);
    const saved = await db().generatedReport.findUniqueOrThrow({ where: { id: made.id } });
    expect(saved).toMatchObject({ kind: "annual", createdById: committee.id, title: "Báo cáo năm 2023" });
    expect(saved.params).toMatchObject({ year: 2023, number: "12" });

    const { paragraphs, xml, styles } = await docxText(saved.data);
    const text = paragraphs.join("\n");
    for (const expected of [
      "ĐẢNG BỘ TỈNH NGHỆ AN",
      "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY",
      "ĐẢNG CỘNG SẢN VIỆT NAM",
      "Số: 12-BC/BTGDVTU",
      "Nghệ An, ngày 28 tháng 11 năm 2026",
      "BÁO CÁO",
      "KẾT QUẢ GIẢI QUYẾT KIẾN NGHỊ CỦA CẤP XÃ QUA CHƯƠNG TRÌNH GẶP MẶT, ĐỐI THOẠI NĂM 2023",
      BASE.introduction,
      BASE.conclusion,
      "Nơi nhận:",
      "- Thường trực Tỉnh ủy (để báo cáo),",
      "- Lưu Văn phòng.",
      "T/M BAN THƯỜNG VỤ",
      "PHÓ BÍ THƯ",
      "Nguyễn Văn An",
    ])
      expect(paragraphs).toContain(expected);
    // The figures: those submitted in 2023, counted independently.
    const where = {
      status: { not: "DRAFT" as const },
      submittedAt: periodBounds("2023-01-01", "2023-12-31"),
    };
    const total = await db().proposal.count({ where });
    const answered = await db().proposal.count({
      where: { ...where, status: { in: [...ANSWERED_STATUSES] } },
    });
    expect(total).toBeGreaterThan(50);
    expect(text).toContain(
      `Tổng số kiến nghị đã tiếp nhận: ${formatNumber(total, "vi")}; đã trả lời ${formatNumber(answered, "vi")} kiến nghị`,
    );
    // The table by agency lists each lead agency of 2023 with its load.
    const agencies = await db().proposal.groupBy({
      by: ["leadAgencyId"],
      where: { ...where, leadAgencyId: { not: null } },
      _count: { _all: true },
    });
    const names = await db().agency.findMany({
      where: { id: { in: agencies.map((a) => a.leadAgencyId!) } },
      select: { id: true, name: true },
    });
    for (const name of names) expect(text).toContain(name.name);
    // Layout: A4, Times New Roman, justified body, the date line in italics.
    expect(xml).toContain('w:w="11906"');
    expect(xml).toContain('w:h="16838"');
    expect(xml).toContain('w:jc w:val="both"');
    expect(styles + xml).toContain("Times New Roman");
    expect(xml).toMatch(/<w:i\/>[\s\S]{0,400}Nghệ An, ngày 28/);
  });

  it("makes a thematic report on one agency", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const agency = await db().agency.findUniqueOrThrow({ where: { code: "SXD" } });
    const made = await generateReport(
      coordinator,
      ReportRequest.parse({
        kind: "thematic",
        theme: `agency:${agency.id}`,
        ...BASE,
        signMode: "KT_TRUONG_BAN",
        signerTitle: "Phó Trưởng Ban",
      }),
    );
    const saved = await db().generatedReport.findUniqueOrThrow({ where: { id: made.id } });
    const { paragraphs } = await docxText(saved.data);
    expect(paragraphs).toContain(`KẾT QUẢ GIẢI QUYẾT KIẾN NGHỊ DO ${agency.name.toUpperCase()} CHỦ TRÌ`);
    expect(paragraphs).toContain("K/T TRƯỞNG BAN");
    const total = await db().proposal.count({ where: { status: { not: "DRAFT" }, leadAgencyId: agency.id } });
    expect(paragraphs.join("\n")).toContain(`Tổng số kiến nghị đã tiếp nhận: ${formatNumber(total, "vi")};`);
  });
});

describe("the register (.xlsx)", () => {
  it("lists every proposal of the session with Vietnamese headers and real dates", async () => {
    const committee = await actorByEmail("thuongvu@demo.vn");
    const session = await db().dialogueSession.findUniqueOrThrow({ where: { code: "DT-2023" } });
    const made = await generateReport(
      committee,
      ReportRequest.parse({ kind: "register", session: String(session.id), ...BASE }),
    );
    const file = await readReport(committee, made.id);
    expect(file.mimeType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.data) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      "STT",
      "Kỳ đối thoại",
      "Xã, phường",
      "Lĩnh vực",
      "Nội dung kiến nghị",
      "Cơ quan chủ trì",
      "Hạn trả lời",
      "Trả lời",
      "Trạng thái",
    ]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const proposals = await db().proposal.findMany({
      where: { sessionId: session.id, status: { not: "DRAFT" } },
      select: { code: true, title: true, answerDueOn: true, status: true },
    });
    expect(sheet.rowCount - 1).toBe(proposals.length);
    const byCode = new Map(proposals.map((p) => [p.code, p]));
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      expect(row.getCell(1).value).toBe(r - 1);
      expect(row.getCell(2).value).toBe("DT-2023");
      const code = String(row.getCell(5).value).split(" — ")[0]!;
      const proposal = byCode.get(code);
      expect(proposal, code).toBeDefined();
      expect(String(row.getCell(5).value)).toBe(`${code} — ${proposal!.title}`);
      const deadline = row.getCell(7).value;
      if (proposal!.answerDueOn)
        expect((deadline as Date).toISOString()).toBe(proposal!.answerDueOn.toISOString());
      else expect(deadline ?? null).toBeNull();
    }
    expect(sheet.getColumn(7).numFmt).toBe("dd/mm/yyyy");
    // A 2023 commune is shown with the unit it belongs to today.
    const communes = sheet.getColumn(3).values.slice(2).map(String);
    expect(communes.some((c) => /\(nay là .+\)$/.test(c))).toBe(true);
  });
});

describe("who may make and read reports", () => {
  it("refuses commune leaders and agency officers, and hides files from those without the capability", async () => {
    const committee = await actorByEmail("thuongvu@demo.vn");
    const made = await generateReport(
      committee,
      ReportRequest.parse({ kind: "annual", year: "2026", ...BASE }),
    );
    for (const email of ["thanhvinh@demo.vn", "canbo.xd@demo.vn"]) {
      const actor = await actorByEmail(email);
      await expect(
        generateReport(actor, ReportRequest.parse({ kind: "annual", year: "2026", ...BASE })),
      ).rejects.toSatisfy((error) => error instanceof ExpectedError && error.code === "forbidden");
      await expect(listReports(actor)).rejects.toBeInstanceOf(ExpectedError);
    }
    for (const email of ["thanhvinh@demo.vn", "canbo.xd@demo.vn", "admin@demo.vn"]) {
      await expect(readReport(await actorByEmail(email), made.id)).rejects.toSatisfy(
        (error) => error instanceof ExpectedError && error.code === "not-found",
      );
    }
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    expect((await listReports(coordinator)).map((r) => r.id)).toContain(made.id);
  });

  it("validates the form: a year for the annual report, digits only in the number", () => {
    const missing = ReportRequest.safeParse({ kind: "annual", ...BASE, year: "" });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((i) => i.path[0])).toContain("year");
    const number = ReportRequest.safeParse({ kind: "annual", year: "2026", ...BASE, number: "12a" });
    expect(number.error?.issues.map((i) => i.path[0])).toContain("number");
    const theme = ReportRequest.safeParse({ kind: "thematic", ...BASE, theme: "agency:abc" });
    expect(theme.error?.issues.map((i) => i.path[0])).toContain("theme");
  });
});
