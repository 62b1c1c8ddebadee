// Writes the rows hanging off the demo proposals: events, assignments, answers, follow-ups, updates, urges, counters.
import type { Prisma } from "../../lib/generated/prisma/client";
import type { DemoPlan } from "./demo";
import { vietnamDay } from "./timeline";

export interface Lookups {
  agencyId: (code: string) => number;
  userId: (email: string) => number;
}

export async function writeProposalRows(
  tx: Prisma.TransactionClient,
  plan: DemoPlan,
  ids: number[],
  { agencyId, userId }: Lookups,
): Promise<void> {
  const each = <T>(fn: (p: DemoPlan["proposals"][number], id: number) => T[]) =>
    plan.proposals.flatMap((p, i) => fn(p, ids[i]!));
  await tx.statusEvent.createMany({
    data: each((p, id) =>
      p.events.map((e) => ({
        proposalId: id,
        actorId: userId(e.actor),
        action: e.action,
        fromStatus: e.from,
        toStatus: e.to,
        note: e.note,
        data: e.data as Prisma.InputJsonValue | undefined,
        createdAt: e.at,
      })),
    ),
  });
  await tx.assignment.createMany({
    data: each((p, id) =>
      p.assignments.map((a) => ({
        proposalId: id,
        agencyId: agencyId(a.agency),
        role: a.role,
        dueOn: a.dueOn,
        assignedById: userId(a.assignedBy),
        assignedAt: a.assignedAt,
        contribution: a.contribution,
        contributedAt: a.contributedAt,
      })),
    ),
  });
  await tx.answer.createMany({
    data: each((p, id) =>
      p.answers.map((a) => ({
        proposalId: id,
        agencyId: agencyId(a.agency),
        versionNo: a.versionNo,
        state: a.state,
        content: a.content,
        authorId: userId(a.author),
        reviewerId: a.reviewer ? userId(a.reviewer) : null,
        reviewComment: a.reviewComment,
        documentNumber: a.documentNumber,
        documentDate: a.approvedAt ? vietnamDay(a.approvedAt) : null,
        signerName: a.signerName,
        signerTitle: a.signerTitle,
        submittedAt: a.submittedAt,
        approvedAt: a.approvedAt,
        createdAt: a.createdAt,
        updatedAt: a.updatedAt,
      })),
    ),
  });
  await tx.followUp.createMany({
    data: each((p, id) =>
      p.followUps.map((f) => ({
        proposalId: id,
        question: f.question,
        askedById: userId(f.askedBy),
        askedAt: f.askedAt,
        reply: f.reply,
        answeredById: f.answeredBy ? userId(f.answeredBy) : null,
        answeredAt: f.answeredAt,
      })),
    ),
  });
  await tx.implementationUpdate.createMany({
    data: each((p, id) =>
      p.updates.map((u) => ({
        proposalId: id,
        agencyId: agencyId(u.agency),
        authorId: userId(u.author),
        percent: u.percent,
        outcome: u.outcome,
        note: u.note,
        createdAt: u.at,
      })),
    ),
  });
  await tx.urge.createMany({
    data: each((p, id) =>
      p.urges.map((u) => ({
        proposalId: id,
        agencyId: agencyId(u.agency),
        message: u.message,
        level: u.level,
        urgedById: userId(u.by),
        createdAt: u.at,
      })),
    ),
  });
  for (const [counterKey, value] of plan.counters) {
    const existing = await tx.codeCounter.findUnique({ where: { key: counterKey } });
    if (!existing) await tx.codeCounter.create({ data: { key: counterKey, value } });
    else if (existing.value < value)
      await tx.codeCounter.update({ where: { key: counterKey }, data: { value } });
  }
}
