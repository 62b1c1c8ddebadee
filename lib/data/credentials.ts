// Checks a sign-in attempt against the stored argon2 hash, with a temporary lockout after repeated failures.
import { hash, verify } from "@node-rs/argon2";
import type { Db } from "@/lib/prisma-client";
import type { Actor } from "@/lib/auth/actor";
import { isLocale } from "@/lib/i18n/config";
import { addressBlockedUntil, recordFailedSignIn } from "@/lib/data/login-throttle";

export const MAX_FAILED_ATTEMPTS = 5;
export const LOCKOUT_MINUTES = 15;

export type SignInResult =
  | { ok: true; actor: Actor }
  | { ok: false; reason: "invalid" | "locked"; lockedUntil?: Date }
  | { ok: false; reason: "throttled"; blockedUntil: Date };

// Verifying against a real hash when the user does not exist keeps the response time the same,
// so the form cannot be used to find out which addresses have accounts.
let dummyHash: Promise<string> | undefined;
function timingDummy(): Promise<string> {
  dummyHash ??= hash("not-a-real-password-of-anyone");
  return dummyHash;
}

/**
 * Checks a sign-in. With the client's `address`, too many failures from it (on any account, on any app instance)
 * block it for a while before any password is checked (lib/data/login-throttle.ts).
 */
export async function verifyCredentials(
  db: Db,
  email: string,
  password: string,
  now = new Date(),
  address?: string,
): Promise<SignInResult> {
  if (address !== undefined) {
    const blockedUntil = await addressBlockedUntil(db, address, now);
    if (blockedUntil) return { ok: false, reason: "throttled", blockedUntil };
  }
  const result = await checkPassword(db, email, password, now);
  if (!result.ok && address !== undefined) await recordFailedSignIn(db, address, now, email);
  return result;
}

async function checkPassword(db: Db, email: string, password: string, now: Date): Promise<SignInResult> {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user || !user.active || !user.passwordHash) {
    await verify(await timingDummy(), password).catch(() => false);
    return { ok: false, reason: "invalid" };
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    return { ok: false, reason: "locked", lockedUntil: user.lockedUntil };
  }
  const matches = await verify(user.passwordHash, password).catch(() => false);
  if (!matches) {
    // One atomic statement, so parallel wrong attempts all count.
    const updated = await db.user.update({
      where: { id: user.id },
      data: { failedLoginCount: { increment: 1 } },
      select: { failedLoginCount: true },
    });
    if (updated.failedLoginCount >= MAX_FAILED_ATTEMPTS) {
      const lockedUntil = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
      await db.user.update({ where: { id: user.id }, data: { lockedUntil, failedLoginCount: 0 } });
      await db.auditLog.create({
        data: { actorId: user.id, action: "user.locked", entity: "User", entityId: String(user.id) },
      });
      return { ok: false, reason: "locked", lockedUntil };
    }
    return { ok: false, reason: "invalid" };
  }
  await db.user.update({
    where: { id: user.id },
    data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now },
  });
  return {
    ok: true,
    actor: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      unitId: user.unitId,
      agencyId: user.agencyId,
      locale: isLocale(user.locale) ? user.locale : "vi",
    },
  };
}

/** Loads the actor behind a session token; a deactivated account counts as signed out. */
export async function loadActor(db: Db, userId: number): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      unitId: true,
      agencyId: true,
      locale: true,
      active: true,
    },
  });
  if (!user || !user.active) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    unitId: user.unitId,
    agencyId: user.agencyId,
    locale: isLocale(user.locale) ? user.locale : "vi",
  };
}
