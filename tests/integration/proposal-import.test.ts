// Importing a meeting's paper proposals from a spreadsheet: a valid file imports every row with codes, events and
// an audit row; every kind of bad file or bad row is refused with a clear reason and nothing written; the same
// file imports once, even when confirmed twice at the same moment; 10,000 rows import in one go, 10,001 do not.
// Each test works in a session of its own, so counts hold on the shared embedded database too.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import { ExpectedError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { createSession, transitionSession } from "@/lib/data/sessions";
import {
  confirmProposalImport,
  ImportFileError,
  importTemplateData,
  previewProposalImport,
  uploadProposalFile,
} from "@/lib/data/proposal-import";
import { listImportBatches } from "@/lib/data/import-batches";
import { IMPORT_NOTE } from "@/lib/data/proposal-import-write";
import { writeImportTemplate } from "@/lib/import/template-xlsx";
import { SessionInput } from "@/lib/schemas/session";
import type { SessionAction } from "@/lib/workflow/session-status";
import { actorByEmail } from "../support/actors";
import { TEST_TODAY } from "../support/test-clock";
import { proposalRow, proposalWorkbook, TEMPLATE_HEADER_ROW, type Cell } from "../support/proposal-workbooks";

const NOW = new Date(TEST_TODAY.getTime() + 3 * 3600_000);
const THANH_VINH = "16681";

async function newSession(coordinator: Actor, steps: SessionAction[] = ["open"]): Promise<number> {
  const { id } = await createSession(
    coordinator,
    SessionInput.parse({
      title: `Kỳ đối thoại nhập Excel ${randomUUID()}`,
      startsOn: "2026-12-20",
      endsOn: "2026-12-20",
      allUnits: "on",
      unitIds: [],
      coordinatingAgencyId: String(coordinator.agencyId),
      submissionOpensAt: "2026-11-20T08:00",
      submissionClosesAt: "2026-12-10T17:00",
      defaultAnswerDays: "15",
      receiptDays: "10",
    }),
  );
  for (const action of steps) {
    const { version } = await db().dialogueSession.findUniqueOrThrow({ where: { id } });
    await transitionSession(coordinator, { sessionId: id, version, action });
  }
  return id;
}

/** What an import may write, for one session and one user: compared before and after a refusal. */
async function footprint(sessionId: number, actorId: number) {
  const [proposals, batches, uploads, events, audits] = await Promise.all([
    db().proposal.count({ where: { sessionId } }),
    db().importBatch.count({ where: { sessionId } }),
    db().importUpload.count({ where: { sessionId } }),
    db().statusEvent.count({ where: { proposal: { sessionId } } }),
    db().auditLog.count({ where: { actorId, action: "proposal.import" } }),
  ]);
  return { proposals, batches, uploads, events, audits };
}

function refusedFile(problem: string) {
  return (error: unknown) => error instanceof ImportFileError && error.problem === problem;
}

function refused(code: string, messageKey: string) {
  return (error: unknown) =>
    error instanceof ExpectedError && error.code === code && error.messageKey === messageKey;
}

async function upload(actor: Actor, sessionId: number, bytes: Uint8Array, fileName = "kien-nghi.xlsx") {
  const result = await uploadProposalFile(actor, { sessionId, fileName, bytes }, NOW);
  if (!("uploadId" in result)) throw new Error("expected a new upload");
  return result.uploadId;
}

describe("a valid file", () => {
  it("imports every row on behalf of its commune, with codes, events, the batch and the audit row", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const sessionId = await newSession(coordinator);
    const leader = await actorByEmail("thanhvinh@demo.vn");
    const bytes = await proposalWorkbook([
      proposalRow(1, "Phường Thành Vinh", "Hạ tầng – giao thông"),
      proposalRow(2, Number(THANH_VINH), "YTE"), // the code as a number cell
      [null, null, null, null, null], // an empty row: not even written
      [4, null, null, null, null], // only STT: skipped
      proposalRow(5, "cửa lò", ""), // name without "Phường", lower case; no field
      proposalRow(6, "Xa Que Phong", "giao duc dao tao"), // without diacritics
    ]);
    const uploadId = await upload(coordinator, sessionId, bytes);

    const preview = await previewProposalImport(coordinator, { sessionId, uploadId }, NOW);
    expect(preview.invalid).toBe(0);
    expect(preview.skippedEmpty).toBe(1);
    expect(preview.rows.map((row) => [row.line, row.unit?.name, row.fieldRef?.code ?? null])).toEqual([
      [2, "Phường Thành Vinh", "HTGT"],
      [3, "Phường Thành Vinh", "YTE"],
      [6, "Phường Cửa Lò", null],
      [7, "Xã Quế Phong", "GDDT"],
    ]);
    expect(await footprint(sessionId, coordinator.id)).toMatchObject({
      proposals: 0,
      batches: 0,
      uploads: 1,
    });

    const outcome = await confirmProposalImport(coordinator, { sessionId, uploadId }, NOW);
    if (!("imported" in outcome)) throw new Error("expected an import");
    const proposals = await db().proposal.findMany({
      where: { sessionId },
      orderBy: { code: "asc" },
      include: { events: true, unit: true },
    });
    expect(proposals).toHaveLength(4);
    const numbers = proposals.map((p) => Number(p.code!.slice(-5)));
    expect(proposals[0]!.code).toMatch(/^ĐT-2026-\d{5}$/);
    expect(numbers).toEqual([numbers[0], numbers[0]! + 1, numbers[0]! + 2, numbers[0]! + 3]);
    expect(outcome.imported).toMatchObject({
      rowCount: 4,
      firstCode: proposals[0]!.code,
      lastCode: proposals[3]!.code,
      createdBy: coordinator.name,
    });
    for (const proposal of proposals) {
      expect(proposal).toMatchObject({
        status: "SUBMITTED",
        raisedAtMeeting: true,
        enteredById: coordinator.id,
        importBatchId: outcome.imported.id,
      });
      expect(proposal.receiptDueOn).not.toBeNull();
      expect(proposal.events).toHaveLength(1);
      expect(proposal.events[0]).toMatchObject({
        action: "submit",
        toStatus: "SUBMITTED",
        note: IMPORT_NOTE,
      });
    }
    // Thành Vinh's leader owns its proposals, as with the on-behalf form; rows keep the file's order.
    expect(proposals[0]!.authorId).toBe(leader.id);
    expect(proposals[0]!.title).toBe(proposalRow(1, "")[3]);
    expect(proposals[2]!.fieldId).toBeNull();
    const audit = await db().auditLog.findFirstOrThrow({
      where: { action: "proposal.import", entityId: String(outcome.imported.id) },
    });
    expect(audit).toMatchObject({ actorId: coordinator.id, entity: "ImportBatch" });
    expect(audit.data).toMatchObject({ sessionId, rowCount: 4, firstCode: proposals[0]!.code });
    expect((await listImportBatches(coordinator, sessionId)).map((b) => b.id)).toEqual([outcome.imported.id]);
  });

  it("reads back its own template, filled in", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const sessionId = await newSession(coordinator);
    const data = await importTemplateData(coordinator, sessionId);
    const template = await writeImportTemplate(data);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Kiến nghị", "Danh mục", "Hướng dẫn"]);
    const lists = workbook.getWorksheet("Danh mục")!;
    const communes = await db().sessionParticipant.count({ where: { sessionId } });
    const listed: string[] = [];
    lists.eachRow((row, n) => {
      if (n > 1 && row.getCell(2).value) listed.push(String(row.getCell(2).value));
    });
    expect(listed).toHaveLength(communes);
    expect(listed).toContain("Phường Thành Vinh");
    expect(lists.getCell("E2").value).toBe("Tổ chức – cán bộ");

    const sheet = workbook.getWorksheet("Kiến nghị")!;
    sheet.addRow(proposalRow(1, "Phường Thành Vinh", "Tổ chức – cán bộ"));
    const filled = new Uint8Array(await workbook.xlsx.writeBuffer());
    const uploadId = await upload(coordinator, sessionId, filled, "mau-da-dien.xlsx");
    const preview = await previewProposalImport(coordinator, { sessionId, uploadId }, NOW);
    expect(preview.rows).toHaveLength(1);
    expect(preview.invalid).toBe(0);
  });
});

describe("files refused as a whole, nothing written", () => {
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, string][] = [
    [
      "wrong columns",
      () => proposalWorkbook([proposalRow(1, THANH_VINH)], ["STT", "Đơn vị", "Nhóm", "Kiến nghị", "Ghi chú"]),
      "wrongColumns",
    ],
    ["no header at all", () => proposalWorkbook([proposalRow(1, THANH_VINH)], []), "wrongColumns"],
    [
      "only empty rows",
      () =>
        proposalWorkbook([
          [1, null, null, null, null],
          [null, "", " ", null, null],
        ]),
      "noRows",
    ],
    [
      "a PDF renamed .xlsx",
      () => new TextEncoder().encode("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n"),
      "notXlsx",
    ],
    [
      "a text file renamed .xlsx",
      () => new TextEncoder().encode("STT,Xã,Lĩnh vực\n1,Thành Vinh,Y tế\n"),
      "notXlsx",
    ],
    ["an empty file", () => new Uint8Array(0), "empty"],
    [
      "a corrupted zip (cut short)",
      async () => {
        const whole = await proposalWorkbook([proposalRow(1, THANH_VINH)]);
        return whole.slice(0, Math.floor(whole.length * 0.6));
      },
      "damaged",
    ],
    [
      "a zip whose workbook parts are garbled",
      async () => {
        const whole = await proposalWorkbook([proposalRow(1, THANH_VINH)]);
        // Flip bytes in the middle of the compressed data: the directory is intact, the content is not.
        const broken = whole.slice();
        for (let i = 200; i < Math.min(broken.length - 400, 1200); i++) broken[i] = broken[i]! ^ 0x5a;
        return broken;
      },
      "damaged",
    ],
  ];

  it.each(cases)("%s", async (_name, make, problem) => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const sessionId = await newSession(coordinator);
    const before = await footprint(sessionId, coordinator.id);
    await expect(upload(coordinator, sessionId, await make())).rejects.toSatisfy(refusedFile(problem));
    expect(await footprint(sessionId, coordinator.id)).toEqual(before);
  });

  it("a wrong header names the missing columns", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const sessionId = await newSession(coordinator);
    const header = [...TEMPLATE_HEADER_ROW.slice(0, 3), "Tóm tắt", "Nội dung"];
    const error = await upload(
      coordinator,
      sessionId,
      await proposalWorkbook([proposalRow(1, THANH_VINH)], header),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).missing).toEqual(["title"]);
  });

  it("10,001 rows", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const sessionId = await newSession(coordinator);
    const rows = Array.from({ length: 10_001 }, (_, i) => proposalRow(i + 1, THANH_VINH));
    const before = await footprint(sessionId, coordinator.id);
    await expect(upload(coordinator, sessionId, await proposalWorkbook(rows))).rejects.toSatisfy(
      refusedFile("tooManyRows"),
    );
    expect(await footprint(sessionId, coordinator.id)).toEqual(before);
  }, 120_000);
});

describe("rows with errors", () => {
  it("shows each row's errors in the preview and refuses to confirm, writing nothing", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const sessionId = await newSession(coordinator);
    const good = proposalRow(1, THANH_VINH);
    const rows: Cell[][] = [
      good,
      proposalRow(2, "Xã Không Có Thật"),
      proposalRow(3, THANH_VINH, "Thiên văn học"),
      [4, THANH_VINH, "", "", "Nội dung đủ dài để không bị báo là quá ngắn trong bản xem trước."],
      [5, THANH_VINH, "", "Tiêu đề đủ dài cho kiến nghị", "Ngắn quá"],
      [6, THANH_VINH, "", "x".repeat(301), "y".repeat(20_001)],
      [7, ...good.slice(1)], // the same proposal as row 2 of the sheet
      [
        8,
        "",
        "",
        "Tiêu đề đủ dài cho kiến nghị",
        "Nội dung đủ dài để không bị báo là quá ngắn trong bản xem trước.",
      ],
    ];
    const uploadId = await upload(coordinator, sessionId, await proposalWorkbook(rows));
    const preview = await previewProposalImport(coordinator, { sessionId, uploadId }, NOW);
    expect(preview.rows.map((row) => [row.line, row.errors.map((e) => e.key)])).toEqual([
      [2, []],
      [3, ["communeUnknown"]],
      [4, ["fieldUnknown"]],
      [5, ["titleMissing"]],
      [6, ["contentTooShort"]],
      [7, ["titleTooLong", "contentTooLong"]],
      [8, ["duplicateInFile"]],
      [9, ["communeMissing"]],
    ]);
    expect(preview.rows[1]!.errors[0]!.params).toEqual({ value: "Xã Không Có Thật" });
    expect(preview.rows[6]!.errors[0]!.params).toEqual({ line: 2 });
    expect(preview.invalid).toBe(7);

    const before = await footprint(sessionId, coordinator.id);
    await expect(confirmProposalImport(coordinator, { sessionId, uploadId }, NOW)).rejects.toSatisfy(
      refused("invalid", "imports.errors.rowsHaveErrors"),
    );
    expect(await footprint(sessionId, coordinator.id)).toEqual(before);
  });

  it("flags a row the session already has (a re-saved copy of an imported file)", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const sessionId = await newSession(coordinator);
    const first = await upload(coordinator, sessionId, await proposalWorkbook([proposalRow(1, THANH_VINH)]));
    const done = await confirmProposalImport(coordinator, { sessionId, uploadId: first }, NOW);
    if (!("imported" in done)) throw new Error("expected an import");
    // Different bytes (another row added), same first proposal.
    const copy = await proposalWorkbook([proposalRow(1, THANH_VINH), proposalRow(2, THANH_VINH)]);
    const preview = await previewProposalImport(
      coordinator,
      { sessionId, uploadId: await upload(coordinator, sessionId, copy) },
      NOW,
    );
    expect(preview.rows[0]!.errors).toEqual([
      { key: "alreadyInSession", params: { code: done.imported.firstCode } },
    ]);
    expect(preview.rows[1]!.errors).toEqual([]);
  });
});

describe("the same file twice", () => {
  it("imports once; uploading or confirming it again reports the earlier import", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const sessionId = await newSession(coordinator);
    const bytes = await proposalWorkbook([proposalRow(1, THANH_VINH), proposalRow(2, "Phường Cửa Lò")]);
    const uploadId = await upload(coordinator, sessionId, bytes);
    const first = await confirmProposalImport(coordinator, { sessionId, uploadId }, NOW);
    if (!("imported" in first)) throw new Error("expected an import");
    const after = await footprint(sessionId, coordinator.id);

    const again = await confirmProposalImport(coordinator, { sessionId, uploadId }, NOW);
    expect(again).toEqual({ already: first.imported });
    const reupload = await uploadProposalFile(
      coordinator,
      { sessionId, fileName: "ban-sao.xlsx", bytes },
      NOW,
    );
    expect(reupload).toEqual({ already: first.imported });
    expect(await footprint(sessionId, coordinator.id)).toEqual(after);
    expect(after).toMatchObject({ proposals: 2, batches: 1, audits: expect.any(Number) });
  });

  it("two confirmations at the same moment import exactly once", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const sessionId = await newSession(coordinator);
    const rows = Array.from({ length: 50 }, (_, i) => proposalRow(i + 1, THANH_VINH));
    const uploadId = await upload(coordinator, sessionId, await proposalWorkbook(rows));
    const outcomes = await Promise.all([
      confirmProposalImport(coordinator, { sessionId, uploadId }, NOW),
      confirmProposalImport(coordinator, { sessionId, uploadId }, NOW),
    ]);
    expect(outcomes.filter((o) => "imported" in o)).toHaveLength(1);
    expect(outcomes.filter((o) => "already" in o)).toHaveLength(1);
    expect(await footprint(sessionId, coordinator.id)).toMatchObject({
      proposals: 50,
      batches: 1,
      events: 50,
    });
  });
});

describe("who and when", () => {
  it("refuses other roles, another coordinator's upload, and sessions not open or held", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const sessionId = await newSession(coordinator);
    const bytes = await proposalWorkbook([proposalRow(1, THANH_VINH)]);
    for (const email of [
      "thanhvinh@demo.vn",
      "canbo.xd@demo.vn",
      "lanhdao.xd@demo.vn",
      "thuongvu@demo.vn",
      "admin@demo.vn",
    ]) {
      const actor = await actorByEmail(email);
      await expect(
        uploadProposalFile(actor, { sessionId, fileName: "a.xlsx", bytes }, NOW),
      ).rejects.toSatisfy(refused("forbidden", "forbidden"));
    }
    const uploadId = await upload(coordinator, sessionId, bytes);
    const colleague = await db().user.create({
      data: {
        email: `dieuphoi-${randomUUID()}@demo.vn`,
        name: "Điều phối viên thứ hai",
        role: "COORDINATOR",
        agencyId: coordinator.agencyId,
      },
    });
    const other = { ...coordinator, id: colleague.id, name: colleague.name };
    await expect(previewProposalImport(other, { sessionId, uploadId }, NOW)).rejects.toSatisfy(
      refused("not-found", "imports.errors.uploadGone"),
    );
    await expect(confirmProposalImport(other, { sessionId, uploadId }, NOW)).rejects.toSatisfy(
      refused("not-found", "imports.errors.uploadGone"),
    );
    // An upload waits a day for its confirmation.
    const tomorrow = new Date(NOW.getTime() + 25 * 3600_000);
    await expect(confirmProposalImport(coordinator, { sessionId, uploadId }, tomorrow)).rejects.toSatisfy(
      refused("not-found", "imports.errors.uploadGone"),
    );

    const planned = await newSession(coordinator, []);
    const closed = await newSession(coordinator, ["open", "hold", "close"]);
    for (const id of [planned, closed]) {
      await expect(
        uploadProposalFile(coordinator, { sessionId: id, fileName: "a.xlsx", bytes }, NOW),
      ).rejects.toSatisfy(refused("invalid", "imports.errors.sessionClosed"));
    }
    const held = await newSession(coordinator, ["open", "hold"]);
    const heldUpload = await upload(coordinator, held, bytes);
    expect(
      await confirmProposalImport(coordinator, { sessionId: held, uploadId: heldUpload }, NOW),
    ).toHaveProperty("imported");
  });

  it("refuses a confirmation once the session has been closed after the preview", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const sessionId = await newSession(coordinator, ["open", "hold"]);
    const uploadId = await upload(
      coordinator,
      sessionId,
      await proposalWorkbook([proposalRow(1, THANH_VINH)]),
    );
    const { version } = await db().dialogueSession.findUniqueOrThrow({ where: { id: sessionId } });
    await transitionSession(coordinator, { sessionId, version, action: "close" });
    const before = await footprint(sessionId, coordinator.id);
    await expect(confirmProposalImport(coordinator, { sessionId, uploadId }, NOW)).rejects.toSatisfy(
      refused("invalid", "imports.errors.sessionClosed"),
    );
    expect(await footprint(sessionId, coordinator.id)).toEqual(before);
  });
});

describe("10,000 rows", () => {
  it("import in one transaction in reasonable time", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const sessionId = await newSession(coordinator);
    const communes = await db().sessionParticipant.findMany({
      where: { sessionId },
      select: { unit: { select: { code: true } } },
    });
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      proposalRow(
        i + 1,
        communes[i % communes.length]!.unit.code,
        i % 3 === 0 ? "YTE" : "Hạ tầng – giao thông",
      ),
    );
    const bytes = await proposalWorkbook(rows);
    let started = performance.now();
    const uploadId = await upload(coordinator, sessionId, bytes);
    const uploadMs = performance.now() - started;
    started = performance.now();
    const preview = await previewProposalImport(coordinator, { sessionId, uploadId }, NOW);
    const previewMs = performance.now() - started;
    expect(preview.invalid).toBe(0);
    started = performance.now();
    const outcome = await confirmProposalImport(coordinator, { sessionId, uploadId }, NOW);
    const confirmMs = performance.now() - started;
    console.info(
      `10,000 rows (${(bytes.length / 1024).toFixed(0)} KB): upload ${uploadMs.toFixed(0)} ms, preview ${previewMs.toFixed(0)} ms, confirm ${confirmMs.toFixed(0)} ms`,
    );
    expect(outcome).toHaveProperty("imported.rowCount", 10_000);
    expect(await footprint(sessionId, coordinator.id)).toMatchObject({
      proposals: 10_000,
      events: 10_000,
      batches: 1,
    });
    expect(confirmMs).toBeLessThan(60_000);
  }, 300_000);
});
