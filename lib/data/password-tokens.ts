// Secrets that let a person set their password: one-time links (only the sha256 is stored) and initial passwords.
import "server-only";
import { createHash, randomBytes, randomInt } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { db } from "@/lib/db";
import { ExpectedError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

export const SET_PASSWORD_PURPOSE = "set-password";
export const TOKEN_TTL_HOURS = 72;

type Tx = Prisma.TransactionClient;

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/**
 * Issues a new set-password link for the user; earlier unused links of the user stop working, so only the
 * latest link an administrator handed out is valid. The token itself is returned once and never stored.
 */
export async function issueSetPasswordToken(tx: Tx, userId: number, now: Date) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + TOKEN_TTL_HOURS * 3_600_000);
  await tx.oneTimeToken.updateMany({
    where: { userId, purpose: SET_PASSWORD_PURPOSE, usedAt: null },
    data: { usedAt: now },
  });
  await tx.oneTimeToken.create({
    data: { userId, tokenHash: hashToken(token), purpose: SET_PASSWORD_PURPOSE, expiresAt },
  });
  return { token, expiresAt };
}

/** Ends every outstanding link of the user (a new initial password replaces them). */
export async function revokeSetPasswordTokens(tx: Tx, userId: number, now: Date): Promise<void> {
  await tx.oneTimeToken.updateMany({
    where: { userId, purpose: SET_PASSWORD_PURPOSE, usedAt: null },
    data: { usedAt: now },
  });
}

const LOWER = "abcdefghijkmnpqrstuvwxyz";
const UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
const DIGITS = "23456789";
const SYMBOLS = "@#$%&*+=?!";

/** A 16-character password from a CSPRNG with every character class, without look-alike characters. */
export function generateInitialPassword(length = 16): string {
  const all = LOWER + UPPER + DIGITS + SYMBOLS;
  const pick = (set: string) => set[randomInt(set.length)] ?? "";
  const chars = [pick(LOWER), pick(UPPER), pick(DIGITS), pick(SYMBOLS)];
  while (chars.length < length) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] ?? "", chars[i] ?? ""];
  }
  return chars.join("");
}

export type TokenState = "valid" | "invalid" | "used" | "expired";

async function findToken(token: string) {
  return db().oneTimeToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      purpose: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { id: true, email: true, name: true, active: true } },
    },
  });
}

function stateOf(found: Awaited<ReturnType<typeof findToken>>, now: Date): TokenState {
  if (!found || found.purpose !== SET_PASSWORD_PURPOSE || !found.user.active) return "invalid";
  if (found.usedAt) return "used";
  if (found.expiresAt <= now) return "expired";
  return "valid";
}

/** What the public set-password page shows before the form: whose link it is, or why it no longer works. */
export async function checkSetPasswordToken(
  token: string,
  now = new Date(),
): Promise<{ state: TokenState; email?: string }> {
  const found = await findToken(token);
  const state = stateOf(found, now);
  return state === "valid" && found ? { state, email: found.user.email } : { state };
}

/** Sets the password behind a link, once: the link is consumed atomically, so a second use is refused. */
export async function setPasswordWithToken(token: string, password: string, now = new Date()): Promise<void> {
  const found = await findToken(token);
  const state = stateOf(found, now);
  if (state !== "valid" || !found) throw new ExpectedError("invalid", `admin.setPassword.${state}`);
  const passwordHash = await hash(password);
  await db().$transaction(async (tx) => {
    const consumed = await tx.oneTimeToken.updateMany({
      where: { id: found.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (consumed.count !== 1) throw new ExpectedError("invalid", "admin.setPassword.used");
    await tx.user.update({
      where: { id: found.user.id },
      data: { passwordHash, failedLoginCount: 0, lockedUntil: null },
    });
    await tx.auditLog.create({
      data: {
        actorId: found.user.id,
        action: "user.password-set",
        entity: "User",
        entityId: String(found.user.id),
      },
    });
  });
}
