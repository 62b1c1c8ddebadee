// Attachments of a proposal: only its commune adds or removes them, and only while the proposal may be edited;
// five at most, even under parallel uploads; the same file never twice; readers are exactly the proposal's.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { ProposalStatus } from "@/lib/generated/prisma/enums";
import {
  AttachmentError,
  addAttachment,
  listAttachments,
  readAttachment,
  removeAttachment,
} from "@/lib/data/attachments";
import { runTransition } from "@/lib/data/proposal-transition";
import { ExpectedError } from "@/lib/errors";
import { actorByEmail } from "../support/actors";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
const PDF = fixture("sample.pdf");
/** A different file each time: a PDF comment after the trailer changes the hash, not the type. */
const pdfNumber = (n: number) => new Uint8Array([...PDF, ...new TextEncoder().encode(`% ${n}\n`)]);

let owner: Actor;
let otherCommune: Actor;
let coordinator: Actor;
let officerXd: Actor;
let officerTc: Actor;
let sessionId: number;
const created: number[] = [];

beforeAll(async () => {
  [owner, otherCommune, coordinator, officerXd, officerTc] = await Promise.all([
    actorByEmail("thanhvinh@demo.vn"),
    actorByEmail("cualo@demo.vn"),
    actorByEmail("dieuphoi@demo.vn"),
    actorByEmail("canbo.xd@demo.vn"),
    actorByEmail("canbo.tc@demo.vn"),
  ]);
  sessionId = (await db().dialogueSession.findUniqueOrThrow({ where: { code: "DT-2026" } })).id;
});

// The files of this test leave no trace in a database other test files may share (the embedded one).
afterAll(async () => {
  const where = { proposalId: { in: created } };
  await db().attachment.deleteMany({ where });
  await db().auditLog.deleteMany({
    where: {
      entity: "Attachment",
      OR: created.map((id) => ({ data: { path: ["proposalId"], equals: id } })),
    },
  });
  await db().assignment.deleteMany({ where });
  await db().statusEvent.deleteMany({ where });
  await db().notification.deleteMany({ where });
  await db().proposal.deleteMany({ where: { id: { in: created } } });
});

/** A fresh proposal of Phường Thành Vinh, so each test starts with no attachments. */
async function proposalOfOwner(status: ProposalStatus = "DRAFT"): Promise<number> {
  const proposal = await db().proposal.create({
    data: {
      sessionId,
      unitId: owner.unitId!,
      authorId: owner.id,
      title: "Đề nghị hỗ trợ kinh phí sửa chữa đường liên xã",
      content: "Tuyến đường xuống cấp nghiêm trọng, đề nghị tỉnh hỗ trợ.",
      status,
      submittedAt: status === "DRAFT" ? null : new Date(),
    },
  });
  created.push(proposal.id);
  return proposal.id;
}

async function refusedWith(promise: Promise<unknown>, ...codes: ExpectedError["code"][]) {
  await expect(promise).rejects.toSatisfy(
    (error) => error instanceof ExpectedError && codes.includes(error.code),
  );
}

async function refusedAs(promise: Promise<unknown>, problem: AttachmentError["problem"]) {
  await expect(promise).rejects.toSatisfy(
    (error) => error instanceof AttachmentError && error.problem === problem,
  );
}

describe("the commune leader who owns the proposal", () => {
  it("adds a PDF to a draft: type, size and hash come from the content, the name is made safe", async () => {
    const id = await proposalOfOwner();
    const added = await addAttachment(owner, id, { fileName: "../../Tờ trình\u0000 số 12.pdf", bytes: PDF });
    expect(added).toMatchObject({
      created: true,
      fileName: "Tờ trình số 12.pdf",
      mimeType: "application/pdf",
      sizeBytes: PDF.length,
    });
    const row = await db().attachment.findUniqueOrThrow({ where: { id: added.id } });
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(row.uploadedById).toBe(owner.id);
    const read = await readAttachment(owner, added.id);
    expect(Buffer.from(read.data).equals(Buffer.from(PDF))).toBe(true);
    const list = await listAttachments(owner, id);
    expect(list.map((a) => a.id)).toEqual([added.id]);
    expect(list[0]).not.toHaveProperty("data");
  });

  it("gets what the file really is, not what it is called", async () => {
    const id = await proposalOfOwner();
    const docx = await addAttachment(owner, id, { fileName: "bao-cao.pdf", bytes: fixture("sample.docx") });
    expect(docx.mimeType).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(docx.fileName).toBe("bao-cao.docx");
    await refusedAs(
      addAttachment(owner, id, { fileName: "to-trinh.pdf", bytes: fixture("page-renamed.pdf") }),
      "unsupported",
    );
    await refusedAs(
      addAttachment(owner, id, { fileName: "scan.pdf", bytes: fixture("program-renamed.pdf") }),
      "unsupported",
    );
    await refusedAs(
      addAttachment(owner, id, { fileName: "trong.pdf", bytes: fixture("empty.pdf") }),
      "empty",
    );
    await refusedAs(
      addAttachment(owner, id, { fileName: "dang-do.docx", bytes: fixture("truncated.docx") }),
      "damaged",
    );
    const tooBig = new Uint8Array(10 * 1024 * 1024 + 1);
    tooBig.set(PDF);
    await refusedAs(addAttachment(owner, id, { fileName: "lon.pdf", bytes: tooBig }), "tooLarge");
    expect(await db().attachment.count({ where: { proposalId: id } })).toBe(1);
  });

  it("stores the same file once: a retried upload returns the attachment already there", async () => {
    const id = await proposalOfOwner();
    const first = await addAttachment(owner, id, { fileName: "a.pdf", bytes: PDF });
    const again = await addAttachment(owner, id, { fileName: "a (1).pdf", bytes: PDF });
    expect(again).toMatchObject({ id: first.id, fileName: "a.pdf", created: false });
    const [x, y] = await Promise.all([
      addAttachment(owner, id, { fileName: "b.pdf", bytes: pdfNumber(1) }),
      addAttachment(owner, id, { fileName: "b.pdf", bytes: pdfNumber(1) }),
    ]);
    expect(x.id).toBe(y.id);
    expect(await db().attachment.count({ where: { proposalId: id } })).toBe(2);
  });

  it("may attach five files and no sixth", async () => {
    const id = await proposalOfOwner("RETURNED");
    for (let n = 1; n <= 5; n++)
      await addAttachment(owner, id, { fileName: `tep-${n}.pdf`, bytes: pdfNumber(n) });
    await refusedAs(addAttachment(owner, id, { fileName: "tep-6.pdf", bytes: pdfNumber(6) }), "tooMany");
    // The same file as one already there is still answered: it is not a sixth.
    expect((await addAttachment(owner, id, { fileName: "x.pdf", bytes: pdfNumber(3) })).created).toBe(false);
    expect(await db().attachment.count({ where: { proposalId: id } })).toBe(5);
  });

  it("never gets more than five, however many uploads race", async () => {
    const id = await proposalOfOwner();
    const results = await Promise.allSettled(
      [1, 2, 3, 4, 5, 6].map((n) =>
        addAttachment(owner, id, { fileName: `song-song-${n}.pdf`, bytes: pdfNumber(n) }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(5);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toBeInstanceOf(AttachmentError);
    await refusedAs(addAttachment(owner, id, { fileName: "them.pdf", bytes: pdfNumber(7) }), "tooMany");
    expect(await db().attachment.count({ where: { proposalId: id } })).toBe(5);
  });

  it("removes an attachment of a draft, and the audit log keeps what it was", async () => {
    const id = await proposalOfOwner();
    const added = await addAttachment(owner, id, { fileName: "bo.pdf", bytes: PDF });
    await removeAttachment(owner, added.id);
    expect(await listAttachments(owner, id)).toEqual([]);
    const audit = await db().auditLog.findFirstOrThrow({
      where: { entity: "Attachment", entityId: String(added.id), action: "attachment.remove" },
    });
    expect(audit.actorId).toBe(owner.id);
    expect(audit.data).toMatchObject({ proposalId: id, fileName: "bo.pdf" });
    await refusedWith(removeAttachment(owner, added.id), "not-found");
  });

  it("can neither add nor remove once the coordinator has received the proposal", async () => {
    const id = await proposalOfOwner("SUBMITTED");
    const added = await addAttachment(owner, id, { fileName: "truoc.pdf", bytes: PDF });
    const { version } = await db().proposal.findUniqueOrThrow({ where: { id } });
    await runTransition({ actor: coordinator, proposalId: id, expectedVersion: version, action: "receive" });
    await refusedWith(addAttachment(owner, id, { fileName: "sau.pdf", bytes: pdfNumber(2) }), "conflict");
    await refusedWith(removeAttachment(owner, added.id), "conflict");
    expect(await listAttachments(owner, id)).toHaveLength(1);
  });
});

describe("everyone else", () => {
  it("cannot add to a commune's draft: another commune, an agency officer, the coordinator", async () => {
    const id = await proposalOfOwner();
    for (const actor of [otherCommune, officerXd, coordinator]) {
      await refusedWith(
        addAttachment(actor, id, { fileName: "x.pdf", bytes: PDF }),
        "not-found",
        "forbidden",
      );
    }
    expect(await db().attachment.count({ where: { proposalId: id } })).toBe(0);
  });

  it("cannot add to or remove from a submitted proposal they can see, or one they cannot", async () => {
    const id = await proposalOfOwner("SUBMITTED");
    const added = await addAttachment(owner, id, { fileName: "goc.pdf", bytes: PDF });
    await refusedWith(
      addAttachment(coordinator, id, { fileName: "x.pdf", bytes: pdfNumber(1) }),
      "forbidden",
    );
    await refusedWith(removeAttachment(coordinator, added.id), "forbidden");
    await refusedWith(
      addAttachment(otherCommune, id, { fileName: "x.pdf", bytes: pdfNumber(1) }),
      "not-found",
    );
    await refusedWith(removeAttachment(otherCommune, added.id), "not-found");
    await refusedWith(removeAttachment(officerXd, added.id), "not-found");
    expect(await db().attachment.count({ where: { proposalId: id } })).toBe(1);
  });
});

describe("readers", () => {
  it("are whoever may read the proposal: the coordinator and the assigned agency, not another commune", async () => {
    const id = await proposalOfOwner("SUBMITTED");
    const added = await addAttachment(owner, id, { fileName: "ban-ve.pdf", bytes: PDF });
    expect((await readAttachment(coordinator, added.id)).fileName).toBe("ban-ve.pdf");
    expect(await listAttachments(coordinator, id)).toHaveLength(1);
    await refusedWith(readAttachment(officerXd, added.id), "not-found");

    // The coordinator assigns it to Sở Xây dựng (written directly: assignment is another feature's concern).
    await db().proposal.update({
      where: { id },
      data: { status: "ASSIGNED", leadAgencyId: officerXd.agencyId },
    });
    await db().assignment.create({
      data: {
        proposalId: id,
        agencyId: officerXd.agencyId!,
        role: "LEAD",
        dueOn: new Date("2026-12-31"),
        assignedById: coordinator.id,
      },
    });
    expect(Buffer.from((await readAttachment(officerXd, added.id)).data).equals(Buffer.from(PDF))).toBe(true);
    expect(await listAttachments(officerXd, id)).toHaveLength(1);
    expect((await readAttachment(coordinator, added.id)).mimeType).toBe("application/pdf");

    await refusedWith(readAttachment(otherCommune, added.id), "not-found");
    await refusedWith(listAttachments(otherCommune, id), "not-found");
    await refusedWith(readAttachment(officerTc, added.id), "not-found");
  });

  it("do not include the province while the proposal is still a draft", async () => {
    const id = await proposalOfOwner();
    const added = await addAttachment(owner, id, { fileName: "nhap.pdf", bytes: PDF });
    await refusedWith(readAttachment(coordinator, added.id), "not-found");
    await refusedWith(listAttachments(coordinator, id), "not-found");
  });

  it("get not-found for ids that do not exist or are out of range", async () => {
    await refusedWith(readAttachment(owner, 2_147_483_647), "not-found");
    await refusedWith(readAttachment(owner, 9_999_999_999), "not-found");
    await refusedWith(addAttachment(owner, -1, { fileName: "x.pdf", bytes: PDF }), "not-found");
  });
});
