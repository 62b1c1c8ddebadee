// Submit and approve through the data layer, in this process: the work the server actions do, minus the HTTP and
// React rendering around them (which the page measurements cover). Each call is a real transaction with its
// version check, audit event and summary-table update.
import { randomUUID } from "node:crypto";
import { db } from "../../lib/db";
import { loadActor } from "../../lib/data/credentials";
import { saveDraft, submitProposal } from "../../lib/data/proposal-drafts";
import { approveAnswer } from "../../lib/data/answers";
import type { Actor } from "../../lib/auth/actor";
import { measure, type Measurement } from "./measure";

async function actor(userId: number): Promise<Actor> {
  const loaded = await loadActor(db(), userId);
  if (!loaded) throw new Error(`user ${userId} is not active`);
  return loaded;
}

/** Commune leaders of today's communes submit to the open session, as many at once as `concurrency`. */
export async function benchSubmit(seconds: number, concurrency: number): Promise<Measurement> {
  const session = await db().dialogueSession.findFirst({
    where: { status: "OPEN", submissionClosesAt: { gt: new Date() }, submissionOpensAt: { lte: new Date() } },
    select: { id: true, participants: { select: { unitId: true } } },
  });
  if (!session) throw new Error("no session is open for proposals (the demo seed opens one)");
  const leaders = await db().user.findMany({
    where: {
      role: "COMMUNE_LEADER",
      active: true,
      unitId: { in: session.participants.map((p) => p.unitId) },
    },
    select: { id: true },
    take: 200,
  });
  const actors = await Promise.all(leaders.map((leader) => actor(leader.id)));
  const field = await db().field.findFirstOrThrow({ where: { active: true }, select: { id: true } });
  return measure(
    "submit a proposal (data layer)",
    async (worker, i) => {
      const who = actors[(worker * 7919 + i) % actors.length]!;
      const draft = await saveDraft(who, {
        clientToken: randomUUID(),
        sessionId: session.id,
        fieldId: field.id,
        title: `Đề nghị sửa chữa tuyến đường liên xóm số ${i} đã xuống cấp nghiêm trọng`,
        content:
          "Tuyến đường dài khoảng 2 km, mặt đường bong tróc, mùa mưa ngập sâu, người dân đi lại khó khăn.",
      });
      await submitProposal(who, { proposalId: draft.proposalId, version: draft.version });
    },
    { seconds, concurrency, warmup: 1 },
  );
}

/** Agency heads approve answers waiting in review (each approval uses up one such proposal). */
export async function benchApprove(seconds: number, concurrency: number): Promise<Measurement> {
  const waiting = await db().proposal.findMany({
    where: { status: "IN_REVIEW", answers: { some: { state: "IN_REVIEW" } } },
    select: { id: true, version: true, leadAgencyId: true },
    orderBy: { id: "desc" },
    take: 20_000,
  });
  const heads = new Map<number, Actor>();
  for (const agencyId of new Set(waiting.map((p) => p.leadAgencyId))) {
    const head = await db().user.findFirst({
      where: { role: "AGENCY_HEAD", agencyId, active: true },
      select: { id: true },
    });
    if (head && agencyId !== null) heads.set(agencyId, await actor(head.id));
  }
  const queue = waiting.filter((p) => p.leadAgencyId !== null && heads.has(p.leadAgencyId));
  let next = 0;
  return measure(
    "approve an answer (data layer)",
    async () => {
      const proposal = queue[next++];
      if (!proposal) throw new Error("no more answers in review to approve");
      await approveAnswer(heads.get(proposal.leadAgencyId!)!, {
        proposalId: proposal.id,
        version: proposal.version,
        documentNumber: `${proposal.id}/BENCH-${Date.now().toString(36)}`,
        documentDate: new Date().toISOString().slice(0, 10),
        signerName: "Nguyễn Văn A",
        signerTitle: "Giám đốc",
      });
    },
    { seconds, concurrency, warmup: 1, note: `${queue.length} answers were waiting` },
  );
}
