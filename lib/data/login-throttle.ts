// Sign-in throttling per client address, kept in PostgreSQL so that it holds across app instances: too many
// failed sign-ins from one address within a window block that address for a while, with an audit record.
// The per-account lockout (lib/data/credentials.ts) stays; this one stops guessing across many accounts.
import type { Db } from "@/lib/prisma-client";

export const ADDRESS_FAILURE_LIMIT = 30;
export const THROTTLE_WINDOW_MINUTES = 15;
export const THROTTLE_BLOCK_MINUTES = 15;
/** Rows untouched for this long are deleted (a new window would start anyway). */
const KEEP_HOURS = 24;

const minutes = (n: number) => n * 60_000;

export function throttleKey(address: string): string {
  return `ip:${address}`.slice(0, 300);
}

/** When the address is blocked: the end of the block (and the refused attempt is counted); otherwise null. */
export async function addressBlockedUntil(db: Db, address: string, now: Date): Promise<Date | null> {
  const rows = await db.$queryRaw<{ blockedUntil: Date }[]>`
    UPDATE "LoginThrottle" SET "refused" = "refused" + 1
     WHERE "key" = ${throttleKey(address)} AND "blockedUntil" > ${now}
     RETURNING "blockedUntil"`;
  return rows[0]?.blockedUntil ?? null;
}

/**
 * Counts one failed sign-in from the address (one atomic statement, so parallel attempts on several app
 * instances all count). The failure that reaches the limit starts the block and writes the audit record.
 */
export async function recordFailedSignIn(
  db: Db,
  address: string,
  now: Date,
  email: string,
): Promise<{ failures: number; blockedUntil: Date | null }> {
  const key = throttleKey(address);
  const windowFloor = new Date(now.getTime() - minutes(THROTTLE_WINDOW_MINUTES));
  const [row] = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO "LoginThrottle" ("key", "windowStart", "failures", "updatedAt")
    VALUES (${key}, ${now}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "LoginThrottle"."windowStart" <= ${windowFloor} THEN 1
                        ELSE "LoginThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "LoginThrottle"."windowStart" <= ${windowFloor} THEN ${now}
                           ELSE "LoginThrottle"."windowStart" END,
      "updatedAt" = ${now}
    RETURNING "failures"`;
  const failures = row?.failures ?? 1;
  if (failures === 1) {
    await db.loginThrottle.deleteMany({
      where: { updatedAt: { lt: new Date(now.getTime() - KEEP_HOURS * 3_600_000) } },
    });
  }
  if (failures !== ADDRESS_FAILURE_LIMIT) return { failures, blockedUntil: null };
  const blockedUntil = new Date(now.getTime() + minutes(THROTTLE_BLOCK_MINUTES));
  await db.$transaction([
    db.loginThrottle.update({
      where: { key },
      data: { blockedUntil, failures: 0, windowStart: now, refused: 0 },
    }),
    db.auditLog.create({
      data: {
        action: "auth.address-throttled",
        entity: "LoginThrottle",
        entityId: key.slice(0, 60),
        data: {
          address,
          failures,
          windowMinutes: THROTTLE_WINDOW_MINUTES,
          blockedUntil: blockedUntil.toISOString(),
          lastEmail: email.slice(0, 200),
        },
      },
    }),
  ]);
  return { failures, blockedUntil };
}
