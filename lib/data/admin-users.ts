// User administration: list, create, change role and placement, deactivate, reset a password — administrators only.
import "server-only";
import { hash } from "@node-rs/argon2";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/permissions";
import { ExpectedError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type {
  ChangePlacementInput,
  CreateUserInput,
  CredentialKind,
  ResetPasswordInput,
  SetActiveInput,
  UserFilters,
} from "@/lib/schemas/admin-user";
import {
  generateInitialPassword,
  issueSetPasswordToken,
  revokeSetPasswordTokens,
} from "@/lib/data/password-tokens";

export const USERS_PAGE_SIZE = 25;
export const EMAIL_TAKEN = "admin.errors.emailTaken";

type Tx = Prisma.TransactionClient;
// Hashing a password (argon2) happens inside the transaction; on the embedded database that can pass 5 s.
const TX_OPTIONS = { timeout: 20_000 };

/** Administration is invisible to everyone else: "not allowed" looks like "not found". */
export function requireAdmin(actor: Actor): void {
  if (!can(actor.role, "admin.manage")) throw notFound();
}

/** Units and agencies valid today (the day of the change), not the historic ones. */
function currentOn(now: Date) {
  return { validFrom: { lte: now }, OR: [{ validTo: null }, { validTo: { gt: now } }] };
}

export async function listUsers(actor: Actor, filters: UserFilters) {
  requireAdmin(actor);
  const where: Prisma.UserWhereInput = {
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.q
      ? {
          OR: [
            { name: { contains: filters.q, mode: "insensitive" } },
            { email: { contains: filters.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const total = await db().user.count({ where });
  const pages = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
  const page = Math.min(filters.page, pages);
  const rows = await db().user.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (page - 1) * USERS_PAGE_SIZE,
    take: USERS_PAGE_SIZE,
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      unit: { select: { name: true } },
      agency: { select: { shortName: true } },
    },
  });
  return { rows, total, page, pages };
}

export async function getUserForAdmin(actor: Actor, userId: number, now = new Date()) {
  requireAdmin(actor);
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      position: true,
      role: true,
      unitId: true,
      agencyId: true,
      active: true,
      lockedUntil: true,
      lastLoginAt: true,
      createdAt: true,
      passwordHash: true,
      unit: { select: { name: true } },
      agency: { select: { name: true } },
    },
  });
  if (!user) throw notFound();
  const { passwordHash, lockedUntil, ...rest } = user;
  return { ...rest, hasPassword: passwordHash !== null, locked: lockedUntil !== null && lockedUntil > now };
}

/** The choices of the user forms: today's communes and wards, and today's agencies. */
export async function listPlacements(actor: Actor, now = new Date()) {
  requireAdmin(actor);
  const [units, agencies] = await Promise.all([
    db().administrativeUnit.findMany({
      where: { level: "COMMUNE", ...currentOn(now) },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
    db().agency.findMany({
      where: currentOn(now),
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ]);
  return { units, agencies };
}

/** A unit or agency chosen in a form must exist and be current; a stale form gets a clear message. */
async function checkPlacement(tx: Tx, input: { unitId: number | null; agencyId: number | null }, now: Date) {
  if (input.unitId !== null) {
    const unit = await tx.administrativeUnit.count({
      where: { id: input.unitId, level: "COMMUNE", ...currentOn(now) },
    });
    if (unit === 0) throw new ExpectedError("invalid", "admin.errors.unitNotCurrent");
  }
  if (input.agencyId !== null) {
    const agency = await tx.agency.count({ where: { id: input.agencyId, ...currentOn(now) } });
    if (agency === 0) throw new ExpectedError("invalid", "errors.agencyNotCurrent");
  }
}

export type IssuedCredential =
  { kind: "password"; password: string } | { kind: "link"; token: string; expiresAt: Date };

/** Gives the user a way in: an initial password (only its argon2 hash is kept) or a one-time link. */
async function issueCredential(tx: Tx, userId: number, kind: CredentialKind, now: Date) {
  if (kind === "password") {
    const password = generateInitialPassword();
    await revokeSetPasswordTokens(tx, userId, now);
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash: await hash(password), failedLoginCount: 0, lockedUntil: null },
    });
    return { kind, password } satisfies IssuedCredential;
  }
  // A reset by link ends the old password too: the account may have been reset because it was exposed.
  await tx.user.update({
    where: { id: userId },
    data: { passwordHash: null, failedLoginCount: 0, lockedUntil: null },
  });
  return { kind, ...(await issueSetPasswordToken(tx, userId, now)) } satisfies IssuedCredential;
}

function audit(tx: Tx, actor: Actor, action: string, userId: number, data: Prisma.InputJsonObject) {
  return tx.auditLog.create({
    data: { actorId: actor.id, action, entity: "User", entityId: String(userId), data },
  });
}

export async function createUser(actor: Actor, input: CreateUserInput, now = new Date()) {
  requireAdmin(actor);
  if (await db().user.count({ where: { email: input.email } }))
    throw new ExpectedError("conflict", EMAIL_TAKEN);
  try {
    return await db().$transaction(async (tx) => {
      await checkPlacement(tx, input, now);
      const user = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          position: input.position,
          role: input.role,
          unitId: input.unitId,
          agencyId: input.agencyId,
        },
        select: { id: true, email: true, name: true },
      });
      const credential = await issueCredential(tx, user.id, input.credential, now);
      await audit(tx, actor, "user.created", user.id, {
        email: user.email,
        role: input.role,
        unitId: input.unitId,
        agencyId: input.agencyId,
        credential: input.credential,
      });
      return { user, credential };
    }, TX_OPTIONS);
  } catch (error) {
    // Two administrators creating the same address at once: the unique index decides.
    if ((error as { code?: string }).code === "P2002") throw new ExpectedError("conflict", EMAIL_TAKEN);
    throw error;
  }
}

async function findUser(tx: Tx, userId: number) {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, unitId: true, agencyId: true, active: true },
  });
  if (!user) throw notFound();
  return user;
}

export async function changeUserPlacement(actor: Actor, input: ChangePlacementInput, now = new Date()) {
  requireAdmin(actor);
  if (input.userId === actor.id && input.role !== actor.role)
    throw new ExpectedError("forbidden", "admin.errors.selfDemote");
  await db().$transaction(async (tx) => {
    const before = await findUser(tx, input.userId);
    await checkPlacement(tx, input, now);
    await tx.user.update({
      where: { id: input.userId },
      data: { role: input.role, unitId: input.unitId, agencyId: input.agencyId },
    });
    await audit(tx, actor, "user.placement-changed", input.userId, {
      from: { role: before.role, unitId: before.unitId, agencyId: before.agencyId },
      to: { role: input.role, unitId: input.unitId, agencyId: input.agencyId },
    });
  });
}

/** Deactivation takes effect at once: every request reloads the user (requireUser → loadActor). */
export async function setUserActive(actor: Actor, input: SetActiveInput) {
  requireAdmin(actor);
  if (input.userId === actor.id && !input.active)
    throw new ExpectedError("forbidden", "admin.errors.selfDeactivate");
  await db().$transaction(async (tx) => {
    const before = await findUser(tx, input.userId);
    if (before.active === input.active) return;
    await tx.user.update({ where: { id: input.userId }, data: { active: input.active } });
    await audit(tx, actor, input.active ? "user.reactivated" : "user.deactivated", input.userId, {});
  });
}

/** A new way in (link or initial password), and the lockout lifted. */
export async function resetUserPassword(actor: Actor, input: ResetPasswordInput, now = new Date()) {
  requireAdmin(actor);
  return db().$transaction(async (tx) => {
    await findUser(tx, input.userId);
    const credential = await issueCredential(tx, input.userId, input.credential, now);
    await audit(tx, actor, "user.password-reset", input.userId, { credential: input.credential });
    return credential;
  }, TX_OPTIONS);
}
