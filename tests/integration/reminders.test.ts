// Deadlines that nobody touches: the daily reminders run twice send once, urging notifies and escalates, and the
// e-mail outbox retries a message a real SMTP server refused until it is accepted, then sends it no more.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";
import { db } from "@/lib/db";
import type { ProposalStatus, Role } from "@/lib/generated/prisma/enums";
import { ExpectedError } from "@/lib/errors";
import { runReminders } from "@/lib/data/reminders";
import { urgeAgency } from "@/lib/data/urges";
import { drainOutbox } from "@/lib/email/outbox";
import { fileTransport, smtpTransport } from "@/lib/email/transport";
import { actorByEmail } from "../support/actors";

// Tuesday 10/01/2023, 09:00 in Vietnam: before the demo data's first session, so only this file's proposals are due.
const NOW = new Date("2023-01-10T02:00:00.000Z");
const NEXT_DAY = new Date("2023-01-11T02:00:00.000Z");
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const tag = `T${Date.now().toString(36).slice(-5)}`;

type Fixture = { id: number; code: string };
const made: number[] = [];
let agencyId = 0;
let unitId = 0;

async function users(where: { agencyId?: number; unitId?: number; roles: Role[] }) {
  return db().user.findMany({
    where: { agencyId: where.agencyId, unitId: where.unitId, role: { in: where.roles }, active: true },
    select: { id: true, email: true },
  });
}

async function makeProposal(
  suffix: string,
  status: ProposalStatus,
  dates: { answerDueOn?: string; receiptDueOn?: string; previousDueOn?: string },
): Promise<Fixture> {
  const author = await db().user.findUniqueOrThrow({ where: { email: "thanhvinh@demo.vn" } });
  const coordinator = await db().user.findUniqueOrThrow({ where: { email: "dieuphoi@demo.vn" } });
  const session = await db().dialogueSession.findFirstOrThrow({ orderBy: { id: "asc" } });
  const code = `${tag}-${suffix}`;
  const assigned = dates.answerDueOn !== undefined;
  const proposal = await db().proposal.create({
    data: {
      code,
      sessionId: session.id,
      unitId: author.unitId!,
      authorId: author.id,
      title: `Kiến nghị thử nghiệm nhắc hạn ${code}`,
      content: "Nội dung thử nghiệm.",
      status,
      submittedAt: d("2022-12-20"),
      receiptDueOn: dates.receiptDueOn ? d(dates.receiptDueOn) : null,
      leadAgencyId: assigned ? agencyId : null,
      answerDueOn: assigned ? d(dates.answerDueOn!) : null,
    },
  });
  made.push(proposal.id);
  if (dates.previousDueOn)
    await db().assignment.create({
      data: {
        proposalId: proposal.id,
        agencyId,
        role: "LEAD",
        dueOn: d(dates.previousDueOn),
        active: false,
        assignedById: coordinator.id,
        endedAt: d("2023-01-09"),
      },
    });
  if (assigned)
    await db().assignment.create({
      data: {
        proposalId: proposal.id,
        agencyId,
        role: "LEAD",
        dueOn: d(dates.answerDueOn!),
        assignedById: coordinator.id,
      },
    });
  return { id: proposal.id, code };
}

const count = (proposalId: number, kind: string) => db().notification.count({ where: { proposalId, kind } });

let dueSoon: Fixture, overdue: Fixture, unreceived: Fixture, moved: Fixture;

beforeAll(async () => {
  agencyId = (await db().agency.findUniqueOrThrow({ where: { code: "SXD" } })).id;
  unitId = (await db().user.findUniqueOrThrow({ where: { email: "thanhvinh@demo.vn" } })).unitId!;
  dueSoon = await makeProposal("soon", "ASSIGNED", { answerDueOn: "2023-01-12" });
  overdue = await makeProposal("late", "IN_PROGRESS", { answerDueOn: "2023-01-05" });
  unreceived = await makeProposal("rcpt", "SUBMITTED", { receiptDueOn: "2023-01-06" });
  moved = await makeProposal("move", "ASSIGNED", { answerDueOn: "2023-02-20", previousDueOn: "2023-01-20" });
});

afterAll(async () => {
  // The embedded database is shared by every test file: leave no due work behind.
  const where = { proposalId: { in: made } };
  await db().notification.deleteMany({ where });
  await db().statusEvent.deleteMany({ where });
  await db().urge.deleteMany({ where: { OR: [where, { createdAt: NOW }, { createdAt: NEXT_DAY }] } });
  await db().assignment.deleteMany({ where });
  await db().emailOutbox.deleteMany({
    where: {
      OR: made.flatMap((id) => [
        { dedupeKey: { startsWith: `reminder:${id}:` } },
        { dedupeKey: { startsWith: `slipped:${id}:` } },
      ]),
    },
  });
  await db().notificationPreference.deleteMany({
    where: { kind: "reminder_due_soon", user: { email: "canbo.xd@demo.vn" } },
  });
  await db().proposal.deleteMany({ where: { id: { in: made } } });
});

describe("the daily reminders", () => {
  it("run twice on the same day send one reminder per due item and person, by each person's preferences", async () => {
    const staff = await users({ agencyId, roles: ["AGENCY_OFFICER", "AGENCY_HEAD"] });
    const leaders = await users({ unitId, roles: ["COMMUNE_LEADER"] });
    const coordinators = await users({ roles: ["COORDINATOR"] });
    expect(staff.length).toBeGreaterThan(1);
    const officer = await db().user.findUniqueOrThrow({ where: { email: "canbo.xd@demo.vn" } });
    await db().notificationPreference.create({
      data: { userId: officer.id, kind: "reminder_due_soon", inApp: true, email: false },
    });

    await runReminders(NOW);
    await runReminders(NOW);

    expect(await count(dueSoon.id, "reminder_due_soon")).toBe(staff.length);
    expect(await count(overdue.id, "reminder_overdue")).toBe(staff.length);
    expect(await count(overdue.id, "deadline_slipped")).toBe(leaders.length);
    expect(await count(unreceived.id, "reminder_receipt_overdue")).toBe(coordinators.length);
    expect(await count(moved.id, "deadline_moved")).toBe(leaders.length);
    // On track and not late: nothing but the notice that its date moved.
    expect(await db().notification.count({ where: { proposalId: moved.id } })).toBe(leaders.length);
    // E-mail follows the preferences: the officer who turned the due-soon e-mail off gets the notice in the portal only.
    const mails = (prefix: string) =>
      db().emailOutbox.count({ where: { dedupeKey: { startsWith: prefix } } });
    expect(await mails(`reminder:${dueSoon.id}:`)).toBe(staff.length - 1);
    expect(await mails(`reminder:${overdue.id}:`)).toBe(staff.length);
    expect(await mails(`slipped:${overdue.id}:`)).toBe(leaders.length);
    const slipped = await db().notification.findFirstOrThrow({
      where: { proposalId: overdue.id, kind: "deadline_slipped" },
    });
    expect(slipped.params).toMatchObject({ code: overdue.code, date: "05/01/2023" });
  });

  it("remind of overdue work again the next working day, but of a due date and a slip only once", async () => {
    const staff = await users({ agencyId, roles: ["AGENCY_OFFICER", "AGENCY_HEAD"] });
    const leaders = await users({ unitId, roles: ["COMMUNE_LEADER"] });
    await runReminders(NEXT_DAY);
    expect(await count(overdue.id, "reminder_overdue")).toBe(2 * staff.length);
    expect(await count(dueSoon.id, "reminder_due_soon")).toBe(staff.length);
    expect(await count(overdue.id, "deadline_slipped")).toBe(leaders.length);
    expect(await count(moved.id, "deadline_moved")).toBe(leaders.length);
  });
});

describe("urging an agency", () => {
  const message = "Đề nghị Sở Xây dựng khẩn trương trả lời các kiến nghị quá hạn.";

  it("is refused to everyone but the coordinator, leaving no trace", async () => {
    for (const email of [
      "thanhvinh@demo.vn",
      "canbo.xd@demo.vn",
      "lanhdao.xd@demo.vn",
      "thuongvu@demo.vn",
      "admin@demo.vn",
    ]) {
      const actor = await actorByEmail(email);
      await expect(urgeAgency(actor, { agencyId, message }, NOW)).rejects.toSatisfy(
        (error) => error instanceof ExpectedError && error.code === "forbidden",
      );
    }
    expect(await db().urge.count({ where: { agencyId, createdAt: NOW } })).toBe(0);
    expect(await db().statusEvent.count({ where: { proposalId: { in: made }, action: "urge" } })).toBe(0);
  });

  it("records the urge on each late proposal's timeline and notifies the agency's officers and head", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const staff = await users({ agencyId, roles: ["AGENCY_OFFICER", "AGENCY_HEAD"] });
    const result = await urgeAgency(coordinator, { agencyId, message }, NOW);
    expect(result).toMatchObject({ level: 1, proposals: 2 });
    const urge = await db().urge.findUniqueOrThrow({ where: { id: result.urgeId } });
    expect(urge).toMatchObject({ agencyId, proposalId: null, level: 1, message, urgedById: coordinator.id });
    for (const p of [dueSoon, overdue]) {
      const events = await db().statusEvent.findMany({ where: { proposalId: p.id, action: "urge" } });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        actorId: coordinator.id,
        note: message,
        fromStatus: events[0]!.toStatus,
      });
    }
    // Work that is on track is not urged.
    expect(await db().statusEvent.count({ where: { proposalId: moved.id, action: "urge" } })).toBe(0);
    const notified = await db().notification.findMany({
      where: {
        kind: "urged",
        userId: { in: staff.map((u) => u.id) },
        createdAt: { gte: new Date(Date.now() - 60_000) },
      },
    });
    expect(notified.map((n) => n.userId).sort()).toEqual(staff.map((u) => u.id).sort());
    expect(notified[0]!.link).toBe("/proposals?deadline=overdue");
    expect(
      await db().emailOutbox.count({
        where: {
          toAddress: { in: staff.map((u) => u.email) },
          subject: { contains: "Đôn đốc" },
          createdAt: { gte: new Date(Date.now() - 60_000) },
        },
      }),
    ).toBeGreaterThanOrEqual(staff.length);
  });

  it("escalates a second urge within 30 days to the agency head", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const heads = await users({ agencyId, roles: ["AGENCY_HEAD"] });
    const officers = await users({ agencyId, roles: ["AGENCY_OFFICER"] });
    const result = await urgeAgency(
      coordinator,
      { agencyId, proposalId: overdue.id, message: "Lần hai: đề nghị trả lời ngay." },
      NEXT_DAY,
    );
    expect(result).toMatchObject({ level: 2, proposals: 1 });
    expect(await db().statusEvent.count({ where: { proposalId: overdue.id, action: "urge" } })).toBe(2);
    expect(await db().statusEvent.count({ where: { proposalId: dueSoon.id, action: "urge" } })).toBe(1);
    const escalated = await db().notification.findMany({
      where: { proposalId: overdue.id, kind: "urge_escalated" },
    });
    expect(escalated.map((n) => n.userId).sort()).toEqual(heads.map((u) => u.id).sort());
    expect(escalated[0]!.params).toMatchObject({ level: 2, code: overdue.code });
    expect(await db().notification.count({ where: { proposalId: overdue.id, kind: "urged_proposal" } })).toBe(
      officers.length,
    );
  });

  it("says so when the agency has nothing late", async () => {
    const coordinator = await actorByEmail("dieuphoi@demo.vn");
    const health = await db().agency.findUniqueOrThrow({ where: { code: "SYT" } });
    await expect(urgeAgency(coordinator, { agencyId: health.id, message }, NOW)).rejects.toSatisfy(
      (error) => error instanceof ExpectedError && error.messageKey === "monitoring.errors.nothingToUrge",
    );
  });
});

describe("the e-mail outbox", () => {
  it("retries a message the SMTP server refused and delivers it once it accepts, exactly once", async () => {
    const received: string[] = [];
    let refuse = true;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          if (refuse)
            return callback(Object.assign(new Error("Mailbox busy, try later"), { responseCode: 451 }));
          received.push(Buffer.concat(chunks).toString("utf8"));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.server.address() as AddressInfo;
    const transport = smtpTransport(`smtp://127.0.0.1:${port}`, "Cổng đối thoại <no-reply@test.local>");
    try {
      const mail = await db().emailOutbox.create({
        data: {
          toAddress: "canbo.xd@demo.vn",
          subject: `Thử outbox ${tag}`,
          textBody: "Nội dung",
          htmlBody: "<p>Nội dung</p>",
          nextAttemptAt: NOW,
        },
      });
      expect(await drainOutbox(transport, { now: NOW })).toEqual({ sent: 0, retried: 1, failed: 0 });
      const afterRefusal = await db().emailOutbox.findUniqueOrThrow({ where: { id: mail.id } });
      expect(afterRefusal).toMatchObject({ status: "PENDING", attempts: 1, sentAt: null });
      expect(afterRefusal.lastError).toMatch(/busy/i);
      expect(afterRefusal.nextAttemptAt.getTime()).toBe(NOW.getTime() + 60_000);
      // Not due again yet: nothing is sent.
      expect(await drainOutbox(transport, { now: new Date(NOW.getTime() + 30_000) })).toEqual({
        sent: 0,
        retried: 0,
        failed: 0,
      });

      refuse = false;
      const later = new Date(NOW.getTime() + 2 * 60_000);
      expect(await drainOutbox(transport, { now: later })).toEqual({ sent: 1, retried: 0, failed: 0 });
      expect(await drainOutbox(transport, { now: new Date(later.getTime() + 3_600_000) })).toEqual({
        sent: 0,
        retried: 0,
        failed: 0,
      });
      const sent = await db().emailOutbox.findUniqueOrThrow({ where: { id: mail.id } });
      expect(sent).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
      expect(received).toHaveLength(1);
      expect(received[0]).toContain(`outbox-${mail.id}@`);
      await db().emailOutbox.delete({ where: { id: mail.id } });
    } finally {
      transport.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it("writes .eml files a developer can open when no SMTP server is configured", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "portal-mail-"));
    try {
      const transport = fileTransport(dir, "Cổng đối thoại <no-reply@test.local>");
      await transport.send({
        id: 42,
        to: "canbo.xd@demo.vn",
        subject: "Kiến nghị quá hạn",
        text: "Nội dung nhắc hạn",
        html: "<p>Nội dung nhắc hạn</p>",
      });
      const files = readdirSync(dir);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/-42\.eml$/);
      const eml = readFileSync(path.join(dir, files[0]!), "utf8");
      expect(eml).toMatch(/^Subject: /m);
      expect(eml).toContain("To: canbo.xd@demo.vn");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
