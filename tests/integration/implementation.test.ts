// After the reply is sent: the lead agency answers the follow-up and reports implementation; nobody else may.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { ExpectedError, type ExpectedErrorCode } from "@/lib/errors";
import { recordImplementation, replyToFollowUp } from "@/lib/data/implementation";
import { getProposalByRef } from "@/lib/data/proposals";
import { actorByEmail } from "../support/actors";

const used = new Set<number>();

async function pick(where: Prisma.ProposalWhereInput) {
  const proposal = await db().proposal.findFirstOrThrow({
    where: { AND: [where, { id: { notIn: [...used] }, code: { not: null } }] },
    orderBy: { id: "asc" },
  });
  used.add(proposal.id);
  return proposal;
}

async function member(agencyId: number | null, role: Role): Promise<Actor> {
  const user = await db().user.findFirstOrThrow({
    where: { agencyId, role, active: true },
    orderBy: { id: "asc" },
  });
  return actorByEmail(user.email);
}

/** A commune leader, an officer of an uninvolved agency, and the coordinator. */
async function outsiders(proposal: { id: number; unitId: number }): Promise<Actor[]> {
  const leader = await db().user.findFirst({
    where: { unitId: proposal.unitId, role: "COMMUNE_LEADER", active: true },
  });
  const other = await db().user.findFirstOrThrow({
    where: {
      role: "AGENCY_OFFICER",
      active: true,
      agency: { assignments: { none: { proposalId: proposal.id } } },
    },
  });
  return Promise.all([
    actorByEmail(leader?.email ?? "thanhvinh@demo.vn"),
    actorByEmail(other.email),
    actorByEmail("dieuphoi@demo.vn"),
  ]);
}

async function footprint(proposalId: number) {
  const where = { proposalId };
  return {
    proposal: await db().proposal.findUniqueOrThrow({
      where: { id: proposalId },
      select: { version: true, status: true, implementationOutcome: true, implementationPercent: true },
    }),
    followUps: await db().followUp.findMany({ where, orderBy: { id: "asc" } }),
    updates: await db().implementationUpdate.count({ where }),
    events: await db().statusEvent.count({ where }),
    notifications: await db().notification.count({ where }),
  };
}

async function expectRefused(
  proposalId: number,
  attempt: () => Promise<unknown>,
  codes: ExpectedErrorCode[] = ["forbidden", "not-found"],
) {
  const before = await footprint(proposalId);
  await expect(attempt()).rejects.toSatisfy(
    (error) => error instanceof ExpectedError && codes.includes(error.code),
  );
  expect(await footprint(proposalId)).toEqual(before);
}

describe("replying to a follow-up question", () => {
  it("lets the lead agency answer it, acknowledging the proposal again, and tells the commune", async () => {
    const p = await pick({ status: "FOLLOW_UP", followUps: { some: { reply: null } } });
    const officer = await member(p.leadAgencyId, "AGENCY_OFFICER");
    const input = {
      proposalId: p.id,
      version: p.version,
      reply: "Nguồn vốn đã bố trí; khởi công trong quý I/2027.",
    };
    for (const caller of await outsiders(p)) await expectRefused(p.id, () => replyToFollowUp(caller, input));
    await expectRefused(p.id, () => replyToFollowUp(officer, { ...input, version: p.version - 1 }), [
      "conflict",
    ]);
    await expectRefused(p.id, () => replyToFollowUp(officer, { ...input, reply: "   " }), ["invalid"]);

    await replyToFollowUp(officer, input);
    const followUp = await db().followUp.findFirstOrThrow({
      where: { proposalId: p.id },
      orderBy: { askedAt: "desc" },
    });
    expect(followUp).toMatchObject({ reply: input.reply, answeredById: officer.id });
    expect(followUp.answeredAt).not.toBeNull();
    expect((await db().proposal.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("ACKNOWLEDGED");
    expect(
      await db().notification.count({
        where: { proposalId: p.id, kind: "follow_up_answered", user: { unitId: p.unitId } },
      }),
    ).toBe(await db().user.count({ where: { unitId: p.unitId, role: "COMMUNE_LEADER", active: true } }));
    // Answered once: a second reply finds the proposal already moved on.
    await expectRefused(p.id, () => replyToFollowUp(officer, { ...input, version: p.version + 1 }), [
      "conflict",
    ]);
  });
});

describe("recording implementation", () => {
  it("keeps each report, copies the latest onto the proposal, and tells the commune and the coordinators", async () => {
    const p = await pick({
      status: { in: ["SENT", "ACKNOWLEDGED"] },
      unit: { users: { some: { role: "COMMUNE_LEADER", active: true } } },
    });
    const officer = await member(p.leadAgencyId, "AGENCY_OFFICER");
    const input = {
      proposalId: p.id,
      version: p.version,
      percent: 60,
      outcome: "IN_PROGRESS" as const,
      note: "Đã thi công xong phần nền đường, đang rải mặt.",
    };
    for (const caller of await outsiders(p))
      await expectRefused(p.id, () => recordImplementation(caller, input));
    await expectRefused(p.id, () => recordImplementation(officer, { ...input, percent: 101 }), ["invalid"]);
    await expectRefused(p.id, () => recordImplementation(officer, { ...input, version: p.version + 5 }), [
      "conflict",
    ]);

    const first = await recordImplementation(officer, input);
    await recordImplementation(officer, {
      ...input,
      version: first.version,
      percent: 100,
      outcome: "RESOLVED",
      note: "Hoàn thành.",
    });
    const proposal = await db().proposal.findUniqueOrThrow({ where: { id: p.id } });
    expect(proposal).toMatchObject({
      implementationPercent: 100,
      implementationOutcome: "RESOLVED",
      status: p.status,
    });
    const updates = (
      await db().implementationUpdate.findMany({ where: { proposalId: p.id }, orderBy: { id: "asc" } })
    ).slice(-2);
    expect(updates.map((u) => [u.percent, u.outcome])).toEqual([
      [60, "IN_PROGRESS"],
      [100, "RESOLVED"],
    ]);
    expect(updates[0]).toMatchObject({ agencyId: p.leadAgencyId, authorId: officer.id });
    const notified = (role: Role) =>
      db().notification.count({
        where: { proposalId: p.id, kind: "implementation_updated", user: { role } },
      });
    expect(await notified("COMMUNE_LEADER")).toBeGreaterThan(0);
    expect(await notified("COORDINATOR")).toBeGreaterThan(0);

    const leader = await db().user.findFirstOrThrow({
      where: { unitId: p.unitId, role: "COMMUNE_LEADER", active: true },
    });
    const detail = await getProposalByRef(await actorByEmail(leader.email), p.code!);
    expect(detail.implementation[0]).toMatchObject({
      percent: 100,
      outcome: "RESOLVED",
      note: "Hoàn thành.",
    });
  });

  it("is not open before the reply is sent", async () => {
    const p = await pick({ status: "IN_PROGRESS" });
    const officer = await member(p.leadAgencyId, "AGENCY_OFFICER");
    await expectRefused(
      p.id,
      () =>
        recordImplementation(officer, {
          proposalId: p.id,
          version: p.version,
          percent: 10,
          outcome: "IN_PROGRESS",
          note: "Quá sớm.",
        }),
      ["conflict"],
    );
  });
});
