// Sign-in throttling per client address, with its state in PostgreSQL: two app instances (two database
// clients here, as two `next start` processes would have) share one count, one block and one audit record.
import { afterAll, describe, expect, it } from "vitest";
import { hash } from "@node-rs/argon2";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/prisma-client";
import { verifyCredentials } from "@/lib/data/credentials";
import { authOptions } from "@/lib/auth/options";
import {
  ADDRESS_FAILURE_LIMIT,
  THROTTLE_BLOCK_MINUTES,
  recordFailedSignIn,
  throttleKey,
} from "@/lib/data/login-throttle";

// The second "instance": its own pool on the same database.
const other = createPrismaClient(process.env.DATABASE_URL!, Number(process.env.DATABASE_POOL_MAX ?? 2));
afterAll(() => other.$disconnect());

let n = 0;
const address = () => `198.51.100.${++n}`;

async function makeUser(password = "Correct horse 1") {
  return db().user.create({
    data: {
      email: `throttle-${Date.now()}-${++n}@test.vn`,
      name: "Người thử nghiệm",
      role: "COMMUNE_LEADER",
      passwordHash: await hash(password),
    },
  });
}

describe("sign-in throttling per address", () => {
  it("blocks an address after the limit, failures counted on both instances, even the right password", async () => {
    const user = await makeUser();
    const ip = address();
    const now = new Date();
    // Guessing across many addresses (most unknown) from one client: the per-account lock never fires.
    const guesses = await Promise.all(
      Array.from({ length: ADDRESS_FAILURE_LIMIT }, (_, i) =>
        verifyCredentials(i % 2 === 0 ? db() : other, `nobody-${i}@test.vn`, "guess", now, ip),
      ),
    );
    expect(new Set(guesses.map((result) => JSON.stringify(result)))).toEqual(
      new Set([JSON.stringify({ ok: false, reason: "invalid" })]),
    );
    for (const instance of [db(), other]) {
      expect(await verifyCredentials(instance, user.email, "Correct horse 1", now, ip)).toMatchObject({
        ok: false,
        reason: "throttled",
      });
    }
    // Another address is not affected, and the account itself is not locked.
    expect(await verifyCredentials(db(), user.email, "Correct horse 1", now, address())).toMatchObject({
      ok: true,
    });

    const audit = await db().auditLog.findMany({
      where: { action: "auth.address-throttled", entityId: throttleKey(ip) },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.data).toMatchObject({ address: ip, failures: ADDRESS_FAILURE_LIMIT });
    const row = await db().loginThrottle.findUniqueOrThrow({ where: { key: throttleKey(ip) } });
    expect(row.refused).toBe(2);

    const later = new Date(now.getTime() + (THROTTLE_BLOCK_MINUTES + 1) * 60_000);
    expect(await verifyCredentials(other, user.email, "Correct horse 1", later, ip)).toMatchObject({
      ok: true,
    });
  });

  it("counts failures arriving at once on two instances exactly, and blocks once", async () => {
    const ip = address();
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: ADDRESS_FAILURE_LIMIT + 6 }, (_, i) =>
        recordFailedSignIn(i % 2 ? other : db(), ip, now, `x${i}@test.vn`),
      ),
    );
    const counts = results.map((r) => r.failures).sort((a, b) => a - b);
    // Every failure got its own number up to the limit; the block then starts a fresh count.
    expect(counts.filter((c) => c <= ADDRESS_FAILURE_LIMIT).length).toBeGreaterThanOrEqual(
      ADDRESS_FAILURE_LIMIT,
    );
    expect(results.filter((r) => r.blockedUntil !== null)).toHaveLength(1);
    expect(
      await db().auditLog.count({ where: { action: "auth.address-throttled", entityId: throttleKey(ip) } }),
    ).toBe(1);
  });

  it("forgets failures older than the window", async () => {
    const ip = address();
    const start = new Date();
    for (let i = 0; i < ADDRESS_FAILURE_LIMIT - 1; i++)
      await recordFailedSignIn(db(), ip, start, "a@test.vn");
    const later = new Date(start.getTime() + 16 * 60_000);
    expect(await recordFailedSignIn(db(), ip, later, "a@test.vn")).toEqual({
      failures: 1,
      blockedUntil: null,
    });
  });

  it("without an address (scripts, tests) nothing is throttled or recorded", async () => {
    const before = await db().loginThrottle.count();
    expect(await verifyCredentials(db(), "nobody@test.vn", "x")).toEqual({ ok: false, reason: "invalid" });
    expect(await db().loginThrottle.count()).toBe(before);
  });

  it("refuses an e-mail with a NUL character as a wrong sign-in, not a database error", async () => {
    const provider = authOptions.providers[0] as unknown as {
      options: { authorize: (raw: unknown, request: unknown) => Promise<unknown> };
    };
    await expect(
      provider.options.authorize({ email: "a\u0000@test.vn", password: "x" }, { headers: {} }),
    ).rejects.toThrow(/^invalid$/);
  });
});
