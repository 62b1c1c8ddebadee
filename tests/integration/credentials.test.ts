// Sign-in: argon2 check, a clear refusal, and a temporary lockout after repeated wrong passwords.
import { describe, expect, it } from "vitest";
import { hash } from "@node-rs/argon2";
import { db } from "@/lib/db";
import { LOCKOUT_MINUTES, MAX_FAILED_ATTEMPTS, verifyCredentials, loadActor } from "@/lib/data/credentials";

async function makeUser(email: string, password = "Correct horse 1") {
  return db().user.create({
    data: { email, name: "Người thử nghiệm", role: "COMMUNE_LEADER", passwordHash: await hash(password) },
  });
}

describe("verifyCredentials", () => {
  it("accepts the right password and records the sign-in", async () => {
    const user = await makeUser(`ok-${Date.now()}@test.vn`);
    const result = await verifyCredentials(db(), user.email.toUpperCase(), "Correct horse 1");
    expect(result).toMatchObject({ ok: true, actor: { id: user.id, role: "COMMUNE_LEADER" } });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).lastLoginAt).not.toBeNull();
  });

  it("refuses a wrong password and an unknown address alike", async () => {
    const user = await makeUser(`wrong-${Date.now()}@test.vn`);
    expect(await verifyCredentials(db(), user.email, "nope")).toEqual({ ok: false, reason: "invalid" });
    expect(await verifyCredentials(db(), "nobody@test.vn", "nope")).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks the account after repeated failures, even against the right password, until the lock expires", async () => {
    const user = await makeUser(`lock-${Date.now()}@test.vn`);
    const now = new Date();
    for (let attempt = 1; attempt < MAX_FAILED_ATTEMPTS; attempt++) {
      expect(await verifyCredentials(db(), user.email, "bad", now)).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await verifyCredentials(db(), user.email, "bad", now)).toMatchObject({
      ok: false,
      reason: "locked",
    });
    expect(await verifyCredentials(db(), user.email, "Correct horse 1", now)).toMatchObject({
      ok: false,
      reason: "locked",
    });
    const audit = await db().auditLog.findFirst({
      where: { action: "user.locked", entityId: String(user.id) },
    });
    expect(audit).not.toBeNull();

    const later = new Date(now.getTime() + (LOCKOUT_MINUTES + 1) * 60_000);
    expect(await verifyCredentials(db(), user.email, "Correct horse 1", later)).toMatchObject({ ok: true });
  });

  it("counts failures arriving at the same moment", async () => {
    const user = await makeUser(`race-${Date.now()}@test.vn`);
    await Promise.all(
      Array.from({ length: MAX_FAILED_ATTEMPTS }, () => verifyCredentials(db(), user.email, "bad")),
    );
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.lockedUntil).not.toBeNull();
  });

  it("treats a deactivated account as unknown, for sign-in and for existing sessions", async () => {
    const user = await makeUser(`off-${Date.now()}@test.vn`);
    await db().user.update({ where: { id: user.id }, data: { active: false } });
    expect(await verifyCredentials(db(), user.email, "Correct horse 1")).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await loadActor(db(), user.id)).toBeNull();
  });
});
