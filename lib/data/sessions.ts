// Dialogue sessions: the list and page every role reads, and the coordinator's create, edit and status steps —
// each write one transaction with its version check and AuditLog row.
import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/permissions";
import { ExpectedError, forbidden, notFound } from "@/lib/errors";
import type { Tx } from "@/lib/data/proposal-transition";
import { proposalScope } from "@/lib/data/proposal-scope";
import { isSessionEditable, nextSessionStatus } from "@/lib/workflow/session-status";
import type { SessionInput, SessionTransition, SessionUpdate } from "@/lib/schemas/session";
import type { ProposalStatus, SessionStatus } from "@/lib/generated/prisma/enums";

function requireManager(actor: Actor) {
  if (!can(actor.role, "session.manage")) throw forbidden();
}

/** Proposal counts per session as the caller may see them (a commune sees its own). */
async function proposalCounts(actor: Actor, sessionIds: number[]) {
  const groups = await db().proposal.groupBy({
    by: ["sessionId"],
    where: { AND: [proposalScope(actor), { sessionId: { in: sessionIds } }] },
    _count: { _all: true },
  });
  return new Map(groups.map((group) => [group.sessionId, group._count._all]));
}

/** Every session, newest first; sessions are public within the portal. */
export async function listSessions(actor: Actor) {
  const sessions = await db().dialogueSession.findMany({
    select: { id: true, code: true, title: true, startsOn: true, endsOn: true, status: true },
    orderBy: [{ startsOn: "desc" }, { id: "desc" }],
  });
  const counts = await proposalCounts(
    actor,
    sessions.map((session) => session.id),
  );
  return sessions.map((session) => ({ ...session, proposals: counts.get(session.id) ?? 0 }));
}

/** One session with its participants and the state of its proposals (as the caller may see them). */
export async function getSession(actor: Actor, sessionId: number) {
  const session = await db().dialogueSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      code: true,
      title: true,
      theme: true,
      startsOn: true,
      endsOn: true,
      venue: true,
      agenda: true,
      status: true,
      version: true,
      submissionOpensAt: true,
      submissionClosesAt: true,
      defaultAnswerDays: true,
      receiptDays: true,
      coordinatingAgencyId: true,
      coordinatingAgency: { select: { name: true, nameEn: true } },
      participants: {
        select: { unit: { select: { id: true, code: true, name: true } } },
        orderBy: { unit: { name: "asc" } },
      },
    },
  });
  if (!session) throw notFound();
  const groups = await db().proposal.groupBy({
    by: ["status"],
    where: { AND: [proposalScope(actor), { sessionId }] },
    _count: { _all: true },
  });
  const byStatus = groups
    .map((group) => ({ status: group.status as ProposalStatus, count: group._count._all }))
    .sort((a, b) => a.status.localeCompare(b.status));
  const { participants, ...rest } = session;
  return { ...rest, participants: participants.map((p) => p.unit), byStatus };
}

/** The current communes and agencies the session form chooses among. */
export async function getSessionFormOptions(actor: Actor) {
  requireManager(actor);
  const [units, agencies] = await Promise.all([
    db().administrativeUnit.findMany({
      where: { level: "COMMUNE", validTo: null },
      select: { id: true, code: true, name: true },
      orderBy: { name: "asc" },
    }),
    db().agency.findMany({
      where: { validTo: null },
      select: { id: true, name: true, nameEn: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { units, agencies };
}

async function currentCommuneIds(tx: Tx): Promise<number[]> {
  const units = await tx.administrativeUnit.findMany({
    where: { level: "COMMUNE", validTo: null },
    select: { id: true },
  });
  return units.map((unit) => unit.id);
}

/** The participating units the form asked for: all current communes, or the chosen current communes. */
async function resolveUnits(tx: Tx, input: SessionInput): Promise<number[]> {
  if (input.allUnits) return currentCommuneIds(tx);
  // Any commune-level unit, not only current ones: an old session keeps the units of its own time.
  const chosen = [...new Set(input.unitIds)];
  const known = await tx.administrativeUnit.count({ where: { id: { in: chosen }, level: "COMMUNE" } });
  if (chosen.length === 0 || known !== chosen.length) {
    throw new ExpectedError("invalid", "sessions.errors.unknownUnit");
  }
  return chosen;
}

async function assertCurrentAgency(tx: Tx, agencyId: number) {
  const agency = await tx.agency.findFirst({ where: { id: agencyId, validTo: null }, select: { id: true } });
  if (!agency) throw new ExpectedError("invalid", "sessions.errors.unknownAgency");
}

/** DT-2027, then DT-2027-2, … for a second session in the same year. */
async function nextSessionCode(tx: Tx, startsOn: Date): Promise<string> {
  const base = `DT-${startsOn.getUTCFullYear()}`;
  const taken = new Set(
    (
      await tx.dialogueSession.findMany({ where: { code: { startsWith: base } }, select: { code: true } })
    ).map((session) => session.code),
  );
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

function sessionData(input: SessionInput) {
  return {
    title: input.title,
    theme: input.theme,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    venue: input.venue,
    agenda: input.agenda,
    coordinatingAgencyId: input.coordinatingAgencyId,
    submissionOpensAt: input.submissionOpensAt,
    submissionClosesAt: input.submissionClosesAt,
    defaultAnswerDays: input.defaultAnswerDays,
    receiptDays: input.receiptDays,
  };
}

/** What the audit row keeps: the fields as saved and how many units take part (not the whole list). */
function auditData(input: SessionInput, unitIds: number[]) {
  return { ...sessionData(input), allUnits: input.allUnits, participants: unitIds.length };
}

export async function createSession(
  actor: Actor,
  input: SessionInput,
): Promise<{ id: number; code: string }> {
  requireManager(actor);
  return db().$transaction(async (tx) => {
    await assertCurrentAgency(tx, input.coordinatingAgencyId);
    const unitIds = await resolveUnits(tx, input);
    const code = await nextSessionCode(tx, input.startsOn);
    const session = await tx.dialogueSession.create({
      data: {
        ...sessionData(input),
        code,
        participants: { createMany: { data: unitIds.map((unitId) => ({ unitId })) } },
      },
      select: { id: true, code: true },
    });
    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        action: "session.create",
        entity: "DialogueSession",
        entityId: String(session.id),
        data: JSON.parse(JSON.stringify({ code, ...auditData(input, unitIds) })),
      },
    });
    return session;
  });
}

/** Changes the session if nobody changed it since the form was loaded (version check). */
export async function updateSession(actor: Actor, input: SessionUpdate): Promise<{ version: number }> {
  requireManager(actor);
  return db().$transaction(async (tx) => {
    const current = await tx.dialogueSession.findUnique({
      where: { id: input.sessionId },
      select: { status: true },
    });
    if (!current) throw notFound();
    if (!isSessionEditable(current.status)) throw new ExpectedError("invalid", "sessions.errors.closed");
    await assertCurrentAgency(tx, input.coordinatingAgencyId);
    const unitIds = await resolveUnits(tx, input);
    const updated = await tx.dialogueSession.updateMany({
      where: { id: input.sessionId, version: input.version },
      data: { ...sessionData(input), version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ExpectedError("conflict");
    await tx.sessionParticipant.deleteMany({
      where: { sessionId: input.sessionId, unitId: { notIn: unitIds } },
    });
    await tx.sessionParticipant.createMany({
      data: unitIds.map((unitId) => ({ sessionId: input.sessionId, unitId })),
      skipDuplicates: true,
    });
    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        action: "session.update",
        entity: "DialogueSession",
        entityId: String(input.sessionId),
        data: JSON.parse(JSON.stringify({ version: input.version + 1, ...auditData(input, unitIds) })),
      },
    });
    return { version: input.version + 1 };
  });
}

/** One explicit status step (open, hold, close), as lib/workflow/session-status.ts allows. */
export async function transitionSession(
  actor: Actor,
  input: SessionTransition,
): Promise<{ status: SessionStatus; version: number }> {
  requireManager(actor);
  return db().$transaction(async (tx) => {
    const current = await tx.dialogueSession.findUnique({
      where: { id: input.sessionId },
      select: { status: true, version: true },
    });
    if (!current) throw notFound();
    if (current.version !== input.version) throw new ExpectedError("conflict");
    const to = nextSessionStatus(input.action, current.status);
    if (!to) throw new ExpectedError("invalid", "sessions.errors.transitionNotAllowed");
    const updated = await tx.dialogueSession.updateMany({
      where: { id: input.sessionId, version: input.version, status: current.status },
      data: { status: to, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new ExpectedError("conflict");
    await tx.auditLog.create({
      data: {
        actorId: actor.id,
        action: `session.${input.action}`,
        entity: "DialogueSession",
        entityId: String(input.sessionId),
        data: { from: current.status, to },
      },
    });
    return { status: to, version: input.version + 1 };
  });
}
