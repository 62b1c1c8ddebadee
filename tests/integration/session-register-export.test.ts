// A session's register as .xlsx and CSV: the files hold exactly the proposals the caller may read (all for the
// province, its own for a commune, its assignments for an agency), agree with the database and with each other,
// and no cell of the CSV can run as a formula in a spreadsheet.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import { ExpectedError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { proposalScope } from "@/lib/data/proposal-scope";
import { exportSessionRegister } from "@/lib/data/session-register";
import { enterProposalOnBehalf } from "@/lib/data/session-proposals";
import { formatDate } from "@/lib/format";
import { actorByEmail } from "../support/actors";
import { TEST_TODAY } from "../support/test-clock";

const NOW = new Date(TEST_TODAY.getTime() + 3 * 3600_000);
const HEADERS = [
  "STT",
  "Xã, phường",
  "Lĩnh vực",
  "Nội dung kiến nghị",
  "Cơ quan chủ trì",
  "Hạn trả lời",
  "Trả lời",
  "Trạng thái",
];

/** RFC 4180 as a spreadsheet reads it: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ",") {
      row.push(field);
      field = "";
    } else if (!quoted && char === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += char;
    }
  }
  expect(quoted).toBe(false);
  expect([field, row]).toEqual(["", []]);
  return rows;
}

async function xlsxRows(actor: Actor, sessionId: number): Promise<ExcelJS.CellValue[][]> {
  const file = await exportSessionRegister(actor, sessionId, "xlsx", NOW);
  expect(file.fileName).toMatch(/^so-theo-doi-kien-nghi-.*_2026-11-25\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file.bytes as never);
  const rows: ExcelJS.CellValue[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
}

async function csvRows(actor: Actor, sessionId: number): Promise<string[][]> {
  const file = await exportSessionRegister(actor, sessionId, "csv", NOW);
  expect(file.mimeType).toBe("text/csv; charset=utf-8");
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parseCsv(file.bytes.toString("utf8").slice(1));
}

/** The codes (the start of the proposal column) of a register's rows. */
function codesOf(rows: unknown[][]): string[] {
  return rows.slice(1).map((row) => String(row[3]).split(" — ")[0]!);
}

async function visibleCodes(actor: Actor, sessionId: number): Promise<string[]> {
  const rows = await db().proposal.findMany({
    where: { AND: [proposalScope(actor), { sessionId, status: { not: "DRAFT" } }] },
    select: { code: true },
  });
  return rows.map((row) => row.code!).sort();
}

async function demoSession(): Promise<number> {
  return (await db().dialogueSession.findUniqueOrThrow({ where: { code: "DT-2026" } })).id;
}

describe("the coordinator's register", () => {
  it("lists every submitted proposal of the session in .xlsx, as the database holds them", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const sessionId = await demoSession();
    const rows = await xlsxRows(coordinator, sessionId);
    expect(rows[0]).toEqual(HEADERS);
    const codes = codesOf(rows);
    expect(codes.length).toBeGreaterThan(50);
    expect([...codes].sort()).toEqual(await visibleCodes(coordinator, sessionId));
    expect(rows.slice(1).map((row) => row[0])).toEqual(codes.map((_, i) => i + 1));
    // Spot-check each row against its proposal: commune, deadline as a date, status in words.
    const proposals = await db().proposal.findMany({
      where: { code: { in: codes } },
      select: { code: true, title: true, answerDueOn: true, unit: { select: { name: true } }, status: true },
    });
    const byCode = new Map(proposals.map((p) => [p.code, p]));
    for (const row of rows.slice(1)) {
      const proposal = byCode.get(String(row[3]).split(" — ")[0]!)!;
      expect(row[1]).toContain(proposal.unit.name);
      expect(row[3]).toBe(`${proposal.code} — ${proposal.title}`);
      if (proposal.answerDueOn)
        expect((row[5] as Date).toISOString()).toBe(proposal.answerDueOn.toISOString());
      else expect(row[5] ?? null).toBeNull();
    }
  });

  it("writes the same rows as CSV", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const sessionId = await demoSession();
    const [xlsx, csv] = await Promise.all([
      xlsxRows(coordinator, sessionId),
      csvRows(coordinator, sessionId),
    ]);
    expect(csv[0]).toEqual(HEADERS);
    expect(csv).toHaveLength(xlsx.length);
    const asText = (value: ExcelJS.CellValue) =>
      value instanceof Date ? formatDate(value) : value === null || value === undefined ? "" : String(value);
    expect(csv.slice(1)).toEqual(xlsx.slice(1).map((row) => HEADERS.map((_, i) => asText(row[i] ?? null))));
  });
});

describe("formula injection", () => {
  it("neutralises cells starting with = + - @ in the CSV and keeps them as text in the .xlsx", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const sessionId = await demoSession();
    const unitId = (await actorByEmail("thanhvinh@demo.vn")).unitId!;
    const payload = '=HYPERLINK("http://evil.example","Bấm vào đây")';
    // A field name is the one register cell a person can start with anything: made inactive, it stays out of
    // every list the other tests read.
    const field = await db().field.create({
      data: {
        code: `X${randomUUID().slice(0, 8)}`,
        name: payload,
        nameEn: payload,
        sortOrder: 9_999,
        active: false,
      },
    });
    const { proposalId, code } = await enterProposalOnBehalf(
      coordinator,
      {
        sessionId,
        clientToken: randomUUID(),
        unitId,
        title: '+84 cần sửa, "gấp" — đường liên thôn',
        content: 'Nội dung có dấu phẩy, dấu "ngoặc kép"\r\nvà xuống dòng, đủ dài để được nhận.',
      },
      NOW,
    );
    await db().proposal.update({ where: { id: proposalId }, data: { fieldId: field.id } });

    const csv = await csvRows(coordinator, sessionId);
    const row = csv.find((cells) => cells[3]?.startsWith(code))!;
    expect(row[2]).toBe(`'${payload}`);
    expect(row[3]).toBe(`${code} — +84 cần sửa, "gấp" — đường liên thôn`);
    for (const cells of csv) for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);

    const file = await exportSessionRegister(coordinator, sessionId, "xlsx", NOW);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as never);
    let fieldCell: ExcelJS.Cell | undefined;
    workbook.worksheets[0]!.eachRow((r) => {
      if (String(r.getCell(4).value).startsWith(code)) fieldCell = r.getCell(3);
    });
    expect(fieldCell!.type).toBe(ExcelJS.ValueType.String);
    expect(fieldCell!.value).toBe(payload);
  });
});

describe("what each role may export", () => {
  it("gives a commune leader only the own commune's proposals", async () => {
    const leader = await actorByEmail("thanhvinh@demo.vn");
    const sessionId = await demoSession();
    const own = await xlsxRows(leader, sessionId);
    const unit = await db().administrativeUnit.findUniqueOrThrow({ where: { id: leader.unitId! } });
    expect([...codesOf(own)].sort()).toEqual(await visibleCodes(leader, sessionId));
    expect(codesOf(own).length).toBeGreaterThan(0);
    for (const row of own.slice(1)) expect(row[1]).toBe(unit.name);
    const others = await db().proposal.count({
      where: { sessionId, status: { not: "DRAFT" }, unitId: { not: leader.unitId! } },
    });
    expect(others).toBeGreaterThan(0);
    expect((await csvRows(leader, sessionId)).length).toBe(own.length);
  });

  it("leaves out of a commune's register a reply approved but not yet sent", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const sessionId = await demoSession();
    const unsent = await db().proposal.findFirstOrThrow({
      where: { sessionId, sentAt: null, answers: { some: { state: "APPROVED" } } },
      select: { code: true, unitId: true },
    });
    // That commune's leader (one made for the test if the demo has none there).
    const existing = await db().user.findFirst({
      where: { unitId: unsent.unitId, role: "COMMUNE_LEADER", active: true },
      select: { email: true },
    });
    const email =
      existing?.email ??
      (
        await db().user.create({
          data: {
            email: `lanhdao-${randomUUID()}@demo.vn`,
            name: "Lãnh đạo xã",
            role: "COMMUNE_LEADER",
            unitId: unsent.unitId,
          },
        })
      ).email;
    const leader = await actorByEmail(email);
    const find = (rows: ExcelJS.CellValue[][]) => rows.find((row) => String(row[3]).startsWith(unsent.code!));
    expect(find(await xlsxRows(coordinator, sessionId))?.[6]).toMatch(/^(Văn bản số|Trả lời ngày)/);
    const own = find(await xlsxRows(leader, sessionId));
    expect(own).toBeDefined();
    expect(own![6] ?? "").toBe("");
    expect(find((await csvRows(leader, sessionId)) as ExcelJS.CellValue[][])![6]).toBe("");
  });

  it("gives an agency only the proposals assigned to it", async () => {
    const officer = await actorByEmail("canbo.xd@demo.vn");
    const sessionId = await demoSession();
    const rows = await xlsxRows(officer, sessionId);
    const expected = await visibleCodes(officer, sessionId);
    expect(expected.length).toBeGreaterThan(0);
    expect([...codesOf(rows)].sort()).toEqual(expected);
    const total = await db().proposal.count({ where: { sessionId, status: { not: "DRAFT" } } });
    expect(expected.length).toBeLessThan(total);
  });

  it("answers not-found for a session that does not exist", async () => {
    const committee = await actorByEmail("thuongvu@demo.vn");
    await expect(exportSessionRegister(committee, 2_000_000_000, "csv", NOW)).rejects.toSatisfy(
      (error) => error instanceof ExpectedError && error.code === "not-found",
    );
  });
});
