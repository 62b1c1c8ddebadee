// Writes a planned demo data set: sessions, users, proposals and everything hanging off them, in batches.
import type { Prisma } from "../../lib/generated/prisma/client";
import { writeConclusions } from "./conclusions";
import type { DemoPlan } from "./demo";
import { utcDay } from "./timeline";
import { writeProposalRows } from "./write-rows";
import { NEW_VALID_FROM, OLD_VALID_FROM } from "./units";

export function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Demo seed: ${what} not found`);
  return value;
}

export async function writeDemo(
  tx: Prisma.TransactionClient,
  plan: DemoPlan,
  passwordHash: string,
): Promise<void> {
  const agencies = new Map(
    (await tx.agency.findMany({ select: { id: true, code: true } })).map((a) => [a.code, a.id]),
  );
  const agencyId = (code: string) => must(agencies.get(code), `agency ${code}`);
  const fields = new Map(
    (await tx.field.findMany({ select: { id: true, code: true } })).map((f) => [f.code, f.id]),
  );

  const sessionIds = new Map<string, number>();
  for (const s of plan.sessions) {
    const row = await tx.dialogueSession.create({
      data: {
        code: s.code,
        title: s.title,
        theme: s.theme,
        startsOn: s.startsOn,
        endsOn: s.endsOn,
        venue: s.venue,
        agenda: s.agenda,
        submissionOpensAt: s.submissionOpensAt,
        submissionClosesAt: s.submissionClosesAt,
        coordinatingAgencyId: agencyId(s.coordinatingAgency),
        status: s.status,
        defaultAnswerDays: s.defaultAnswerDays,
        receiptDays: s.receiptDays,
        createdAt: s.submissionOpensAt,
        updatedAt: s.submissionOpensAt,
      },
      select: { id: true },
    });
    sessionIds.set(s.key, row.id);
  }
  const communes = await tx.administrativeUnit.findMany({
    where: { level: "COMMUNE", validFrom: { in: [OLD_VALID_FROM, NEW_VALID_FROM] } },
    select: { id: true, validFrom: true },
  });
  await tx.sessionParticipant.createMany({
    data: communes.map((u) => ({
      sessionId: must(
        sessionIds.get(u.validFrom.getTime() === OLD_VALID_FROM.getTime() ? "2023" : "2026"),
        "session",
      ),
      unitId: u.id,
    })),
  });

  await tx.user.createMany({
    data: plan.users.map((u) => ({
      email: u.email,
      name: u.name,
      role: u.role,
      position: u.position,
      passwordHash,
      active: u.active,
      unitId: u.unitId ?? null,
      agencyId: u.agencyCode ? agencyId(u.agencyCode) : null,
      createdAt: u.unitId && u.active ? utcDay("2025-07-01") : utcDay("2023-06-15"), // leaders of today's units since 1/7/2025
    })),
    skipDuplicates: true,
  });
  const users = new Map(
    (
      await tx.user.findMany({
        where: { email: { in: plan.users.map((u) => u.email) } },
        select: { id: true, email: true },
      })
    ).map((u) => [u.email, u.id]),
  );
  const userId = (email: string) => must(users.get(email), `user ${email}`);

  const rows = await tx.proposal.createManyAndReturn({
    data: plan.proposals.map((p, i) => ({
      code: plan.codes[i] ?? null,
      sessionId: must(sessionIds.get(p.slot.session.key), "session"),
      unitId: p.slot.unit.id,
      authorId: userId(p.authorEmail),
      enteredById: p.enteredByEmail ? userId(p.enteredByEmail) : null,
      raisedAtMeeting: p.slot.raisedAtMeeting,
      fieldId: must(fields.get(p.slot.text.field), `field ${p.slot.text.field}`),
      leadAgencyId: p.assignments.length > 0 && p.slot.lead ? agencyId(p.slot.lead) : null,
      title: p.title,
      content: p.content,
      status: p.status,
      version: p.events.length,
      answerDueOn: p.answerDueOn,
      receiptDueOn: p.receiptDueOn,
      submittedAt: p.submittedAt,
      receivedAt: p.receivedAt,
      assignedAt: p.assignedAt,
      approvedAt: p.approvedAt,
      sentAt: p.sentAt,
      acknowledgedAt: p.acknowledgedAt,
      closedAt: p.closedAt,
      returnReason: p.returnReason,
      outOfJurisdictionNote: p.outOfJurisdictionNote,
      rating: p.rating,
      ratingComment: p.ratingComment,
      implementationOutcome: p.implementationOutcome,
      implementationPercent: p.implementationPercent,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
    })),
    select: { id: true, unitId: true, sessionId: true, createdAt: true, title: true },
  });
  const key = (unitId: number, sessionId: number, createdAt: Date, title: string) =>
    `${unitId}|${sessionId}|${createdAt.getTime()}|${title}`;
  const idByKey = new Map(rows.map((r) => [key(r.unitId, r.sessionId, r.createdAt, r.title), r.id]));
  const ids = plan.proposals.map((p) =>
    must(
      idByKey.get(key(p.slot.unit.id, sessionIds.get(p.slot.session.key)!, p.createdAt, p.title)),
      "created proposal",
    ),
  );

  // Groups of duplicates: the primary carries the answer, the members are MERGED into it.
  const groups = new Map<string, number[]>();
  plan.proposals.forEach((p, i) => {
    if (p.slot.dup) groups.set(p.slot.dup.group, [...(groups.get(p.slot.dup.group) ?? []), i]);
  });
  for (const members of groups.values()) {
    const primary = must(
      members.find((i) => plan.proposals[i]!.slot.dup!.primary),
      "primary of a duplicate group",
    );
    const mergedAt = members
      .map((i) => plan.proposals[i]!.mergedAt)
      .filter((d): d is Date => d !== null)
      .sort((a, b) => a.getTime() - b.getTime())[0];
    const p = plan.proposals[primary]!;
    const group = await tx.duplicateGroup.create({
      data: {
        sessionId: must(sessionIds.get(p.slot.session.key), "session"),
        primaryProposalId: ids[primary]!,
        createdById: userId(p.events.find((e) => e.action === "receive")?.actor ?? p.authorEmail),
        createdAt: mergedAt ?? p.updatedAt,
      },
    });
    await tx.proposal.updateMany({
      where: { id: { in: members.map((i) => ids[i]!) } },
      data: { duplicateGroupId: group.id },
    });
  }

  await writeProposalRows(tx, plan, ids, { agencyId, userId });
  await writeConclusions(tx, must(sessionIds.get("2023"), "session 2023"), { agencyId, userId });
}
