// User administration: accounts created, placed, deactivated and reset by administrators alone, with an audit
// trail free of secrets; one-time set-password links that work once and expire.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadActor, MAX_FAILED_ATTEMPTS, verifyCredentials } from "@/lib/data/credentials";
import {
  changeUserPlacement,
  createUser,
  EMAIL_TAKEN,
  listPlacements,
  listUsers,
  resetUserPassword,
  setUserActive,
} from "@/lib/data/admin-users";
import {
  checkSetPasswordToken,
  hashToken,
  setPasswordWithToken,
  TOKEN_TTL_HOURS,
} from "@/lib/data/password-tokens";
import { CreateUserForm, SetPasswordForm } from "@/lib/schemas/admin-user";
import { ExpectedError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { actorByEmail } from "../support/actors";

let admin: Actor;
let coordinator: Actor;
let leader: Actor;
let communeId: number;
let agencyId: number;

beforeAll(async () => {
  [admin, coordinator, leader] = await Promise.all([
    actorByEmail("admin@demo.vn"),
    actorByEmail("dieuphoi@demo.vn"),
    actorByEmail("thanhvinh@demo.vn"),
  ]);
  const placements = await listPlacements(admin);
  communeId = placements.units[0]!.id;
  agencyId = placements.agencies[0]!.id;
});

let counter = 0;
function uniqueEmail(label: string): string {
  counter += 1;
  return `${label}-${Date.now()}-${counter}@admin-test.vn`;
}

function leaderInput(email: string, credential: "link" | "password") {
  return CreateUserForm.parse({
    email,
    name: "Nguyễn Văn Thử",
    position: "Bí thư Đảng ủy",
    role: "COMMUNE_LEADER",
    unitId: String(communeId),
    agencyId: "",
    credential,
  });
}

async function expectRefused(promise: Promise<unknown>, messageKey: string) {
  await expect(promise).rejects.toBeInstanceOf(ExpectedError);
  await expect(promise).rejects.toMatchObject({ messageKey });
}

const NEW_PASSWORD = "Mật khẩu mới 2026";

describe("creating a user with a one-time link", () => {
  it("stores only the token's hash, and the link sets the password exactly once", async () => {
    const email = uniqueEmail("link");
    const { user, credential } = await createUser(admin, leaderInput(email.toUpperCase(), "link"));
    expect(user.email).toBe(email);
    if (credential.kind !== "link") throw new Error("expected a link");
    expect(Buffer.from(credential.token, "base64url")).toHaveLength(32);

    const stored = await db().oneTimeToken.findMany({ where: { userId: user.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ purpose: "set-password", tokenHash: hashToken(credential.token) });
    expect(stored[0]!.tokenHash).not.toContain(credential.token);
    const hours = (stored[0]!.expiresAt.getTime() - stored[0]!.createdAt.getTime()) / 3_600_000;
    expect(Math.round(hours)).toBe(TOKEN_TTL_HOURS);
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();

    expect(await checkSetPasswordToken(credential.token)).toEqual({ state: "valid", email });
    await setPasswordWithToken(credential.token, NEW_PASSWORD);
    await expectRefused(
      setPasswordWithToken(credential.token, "Another password 99"),
      "admin.setPassword.used",
    );
    expect(await checkSetPasswordToken(credential.token)).toEqual({ state: "used" });

    const signIn = await verifyCredentials(db(), email, NEW_PASSWORD);
    expect(signIn).toMatchObject({
      ok: true,
      actor: { id: user.id, role: "COMMUNE_LEADER", unitId: communeId },
    });
    expect(await verifyCredentials(db(), email, "Another password 99")).toMatchObject({ ok: false });
  });

  it("refuses an expired link and an unknown one", async () => {
    const issuedAt = new Date(Date.now() - (TOKEN_TTL_HOURS + 1) * 3_600_000);
    const { credential } = await createUser(admin, leaderInput(uniqueEmail("expired"), "link"), issuedAt);
    if (credential.kind !== "link") throw new Error("expected a link");
    expect(await checkSetPasswordToken(credential.token)).toEqual({ state: "expired" });
    await expectRefused(setPasswordWithToken(credential.token, NEW_PASSWORD), "admin.setPassword.expired");
    await expectRefused(setPasswordWithToken("not-a-token", NEW_PASSWORD), "admin.setPassword.invalid");
  });

  it("asks for ten characters and the same password twice", () => {
    const short = SetPasswordForm.safeParse({ token: "t", password: "short", confirm: "short" });
    expect(short.error?.issues[0]).toMatchObject({
      path: ["password"],
      message: "admin.errors.passwordTooShort",
    });
    const differ = SetPasswordForm.safeParse({
      token: "t",
      password: NEW_PASSWORD,
      confirm: "something else",
    });
    expect(differ.error?.issues[0]).toMatchObject({
      path: ["confirm"],
      message: "admin.errors.passwordMismatch",
    });
  });
});

describe("creating a user with an initial password", () => {
  it("returns a strong password once and keeps only its hash", async () => {
    const email = uniqueEmail("initial");
    const { user, credential } = await createUser(admin, leaderInput(email, "password"));
    if (credential.kind !== "password") throw new Error("expected a password");
    expect(credential.password).toHaveLength(16);
    for (const pattern of [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/])
      expect(credential.password).toMatch(pattern);
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(credential.password);
    expect(await verifyCredentials(db(), email, credential.password)).toMatchObject({ ok: true });
  });

  it("finds the new user by part of the name or email, and by role", async () => {
    const email = uniqueEmail("findme");
    await createUser(admin, leaderInput(email, "link"));
    const byEmail = await listUsers(admin, { q: email.slice(0, 20).toUpperCase(), page: 1 });
    expect(byEmail.rows.map((row) => row.email)).toContain(email);
    const byRole = await listUsers(admin, { role: "ADMIN", page: 1 });
    expect(byRole.rows.every((row) => row.role === "ADMIN")).toBe(true);
  });
});

describe("validation", () => {
  it("refuses an address that already has an account, whatever its case", async () => {
    const email = uniqueEmail("dup");
    await createUser(admin, leaderInput(email, "link"));
    await expectRefused(createUser(admin, leaderInput(email.toUpperCase(), "password")), EMAIL_TAKEN);
    expect(await db().user.count({ where: { email } })).toBe(1);
  });

  it("requires a commune for commune leaders and an agency for agency roles and coordinators", () => {
    const base = { email: "x@y.vn", name: "A", position: "", unitId: "", agencyId: "", credential: "link" };
    const noUnit = CreateUserForm.safeParse({ ...base, role: "COMMUNE_LEADER" });
    expect(noUnit.error?.issues[0]).toMatchObject({ path: ["unitId"], message: "admin.errors.unitRequired" });
    for (const role of ["AGENCY_OFFICER", "AGENCY_HEAD", "COORDINATOR"]) {
      const noAgency = CreateUserForm.safeParse({ ...base, role });
      expect(noAgency.error?.issues[0]).toMatchObject({
        path: ["agencyId"],
        message: "admin.errors.agencyRequired",
      });
    }
    const officer = CreateUserForm.parse({ ...base, role: "AGENCY_OFFICER", agencyId: "7", unitId: "9" });
    expect(officer).toMatchObject({ agencyId: 7, unitId: null });
  });
});

describe("who may administer users", () => {
  it("refuses coordinators and commune leaders as if nothing existed, and writes nothing", async () => {
    const target = (await createUser(admin, leaderInput(uniqueEmail("target"), "password"))).user;
    const auditBefore = await db().auditLog.count({ where: { entity: "User", entityId: String(target.id) } });
    for (const caller of [coordinator, leader]) {
      const email = uniqueEmail("intruder");
      await expectRefused(createUser(caller, leaderInput(email, "password")), "not-found");
      await expectRefused(listUsers(caller, { page: 1 }), "not-found");
      await expectRefused(listPlacements(caller), "not-found");
      await expectRefused(setUserActive(caller, { userId: target.id, active: false }), "not-found");
      await expectRefused(resetUserPassword(caller, { userId: target.id, credential: "link" }), "not-found");
      await expectRefused(
        changeUserPlacement(caller, { userId: target.id, role: "ADMIN", unitId: null, agencyId: null }),
        "not-found",
      );
      expect(await db().user.count({ where: { email } })).toBe(0);
    }
    const after = await db().user.findUniqueOrThrow({ where: { id: target.id } });
    expect(after).toMatchObject({ active: true, role: "COMMUNE_LEADER" });
    expect(await db().oneTimeToken.count({ where: { userId: target.id } })).toBe(0);
    expect(await db().auditLog.count({ where: { entity: "User", entityId: String(target.id) } })).toBe(
      auditBefore,
    );
  });
});

describe("changing a user", () => {
  it("moves a user to an agency role and back", async () => {
    const { user } = await createUser(admin, leaderInput(uniqueEmail("move"), "link"));
    await changeUserPlacement(admin, { userId: user.id, role: "AGENCY_OFFICER", unitId: null, agencyId });
    expect(await loadActor(db(), user.id)).toMatchObject({ role: "AGENCY_OFFICER", agencyId, unitId: null });
  });

  it("signs a deactivated user out at once, and lets them back in when reactivated", async () => {
    const email = uniqueEmail("off");
    const { user, credential } = await createUser(admin, leaderInput(email, "password"));
    if (credential.kind !== "password") throw new Error("expected a password");
    await setUserActive(admin, { userId: user.id, active: false });
    expect(await loadActor(db(), user.id)).toBeNull();
    expect(await verifyCredentials(db(), email, credential.password)).toMatchObject({ ok: false });
    await setUserActive(admin, { userId: user.id, active: true });
    expect(await loadActor(db(), user.id)).not.toBeNull();
  });

  it("does not let an administrator deactivate or demote themselves", async () => {
    await expectRefused(
      setUserActive(admin, { userId: admin.id, active: false }),
      "admin.errors.selfDeactivate",
    );
    await expectRefused(
      changeUserPlacement(admin, { userId: admin.id, role: "COORDINATOR", unitId: null, agencyId }),
      "admin.errors.selfDemote",
    );
    expect(await loadActor(db(), admin.id)).toMatchObject({ role: "ADMIN" });
  });

  it("lifts a lockout with a password reset, and ends the old password", async () => {
    const email = uniqueEmail("locked");
    const { user, credential } = await createUser(admin, leaderInput(email, "password"));
    if (credential.kind !== "password") throw new Error("expected a password");
    for (let attempt = 0; attempt < MAX_FAILED_ATTEMPTS; attempt++)
      await verifyCredentials(db(), email, "wrong");
    expect(await verifyCredentials(db(), email, credential.password)).toMatchObject({ reason: "locked" });

    const fresh = await resetUserPassword(admin, { userId: user.id, credential: "password" });
    if (fresh.kind !== "password") throw new Error("expected a password");
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({
      lockedUntil: null,
      failedLoginCount: 0,
    });
    expect(await verifyCredentials(db(), email, fresh.password)).toMatchObject({ ok: true });
    expect(await verifyCredentials(db(), email, credential.password)).toMatchObject({ ok: false });

    const link = await resetUserPassword(admin, { userId: user.id, credential: "link" });
    if (link.kind !== "link") throw new Error("expected a link");
    expect(await verifyCredentials(db(), email, fresh.password)).toMatchObject({ ok: false });
    await setPasswordWithToken(link.token, NEW_PASSWORD);
    expect(await verifyCredentials(db(), email, NEW_PASSWORD)).toMatchObject({ ok: true });
  });

  it("keeps only the newest link of a user working", async () => {
    const { user, credential: first } = await createUser(admin, leaderInput(uniqueEmail("relink"), "link"));
    const second = await resetUserPassword(admin, { userId: user.id, credential: "link" });
    if (first.kind !== "link" || second.kind !== "link") throw new Error("expected links");
    await expectRefused(setPasswordWithToken(first.token, NEW_PASSWORD), "admin.setPassword.used");
    await setPasswordWithToken(second.token, NEW_PASSWORD);
  });
});

describe("the audit trail", () => {
  it("records every change with its actor, and never a password or token", async () => {
    const email = uniqueEmail("audit");
    const { user, credential } = await createUser(admin, leaderInput(email, "password"));
    if (credential.kind !== "password") throw new Error("expected a password");
    await changeUserPlacement(admin, { userId: user.id, role: "AGENCY_HEAD", unitId: null, agencyId });
    await setUserActive(admin, { userId: user.id, active: false });
    await setUserActive(admin, { userId: user.id, active: true });
    const link = await resetUserPassword(admin, { userId: user.id, credential: "link" });
    if (link.kind !== "link") throw new Error("expected a link");
    await setPasswordWithToken(link.token, NEW_PASSWORD);

    const rows = await db().auditLog.findMany({
      where: { entity: "User", entityId: String(user.id) },
      orderBy: { id: "asc" },
    });
    expect(rows.map((row) => row.action)).toEqual([
      "user.created",
      "user.placement-changed",
      "user.deactivated",
      "user.reactivated",
      "user.password-reset",
      "user.password-set",
    ]);
    expect(rows.slice(0, 5).every((row) => row.actorId === admin.id)).toBe(true);
    expect(rows[5]!.actorId).toBe(user.id);
    const text = JSON.stringify(rows);
    for (const secret of [credential.password, link.token, hashToken(link.token), NEW_PASSWORD])
      expect(text).not.toContain(secret);
    expect(text).not.toMatch(/argon2/);
  });
});
