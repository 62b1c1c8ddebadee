// Fuzz: administration of users, setting a password through a link, notifications, preferences and language —
// 1,000 generated forms each.
import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import { db } from "@/lib/db";
import { createUserAction } from "@/app/(portal)/admin/users/new/actions";
import {
  changePlacementAction,
  resetPasswordAction,
  setActiveAction,
} from "@/app/(portal)/admin/users/[id]/actions";
import { setPasswordAction } from "@/app/(auth)/set-password/[token]/actions";
import { openNotificationAction } from "@/app/(portal)/notifications/actions";
import { savePreferencesAction } from "@/app/(portal)/settings/notifications/actions";
import { setLocale } from "@/app/actions/locale";
import { issueSetPasswordToken } from "@/lib/data/password-tokens";
import {
  ChangePlacementForm,
  CreateUserForm,
  ResetPasswordForm,
  SetActiveForm,
  SetPasswordForm,
} from "@/lib/schemas/admin-user";
import { PreferencesForm } from "@/lib/schemas/notification-preferences";
import { notificationKinds } from "@/lib/data/preferences";
import { removeFixtures } from "../security/fixtures";
import { form, fuzzAction, ids, INITIAL, type ActionTarget } from "./support/harness";
import { fuzzWorld, someText, type FuzzWorld } from "./support/world";

let w: FuzzWorld;
beforeAll(async () => {
  w = await fuzzWorld();
});
afterAll(() => removeFixtures(db()));

const roles = fc.constantFrom(
  "COMMUNE_LEADER",
  "COORDINATOR",
  "AGENCY_OFFICER",
  "AGENCY_HEAD",
  "STANDING_COMMITTEE",
  "ADMIN",
);

/** Users of agency Y for the administrator to change, reactivated after each run. */
async function userPool() {
  const made = await Promise.all(
    Array.from({ length: 4 }, () =>
      db().user.create({
        data: {
          email: `sec-${crypto.randomUUID()}@test.vn`,
          name: "Người dùng thử",
          role: "AGENCY_OFFICER",
          agencyId: w.agencyY,
        },
        select: { id: true },
      }),
    ),
  );
  const userIds = made.map((user) => user.id);
  return {
    userId: ids(...userIds, w.users.admin.id),
    reset: async () => {
      await db().user.updateMany({
        where: { id: { in: userIds } },
        data: { active: true, role: "AGENCY_OFFICER", agencyId: w.agencyY, unitId: null },
      });
    },
  };
}

const targets: Record<string, () => Promise<ActionTarget>> = {
  "createUserAction (admin)": async () => ({
    actor: w.actors.admin,
    action: (fd) => createUserAction(INITIAL, fd),
    schema: CreateUserForm,
    form: form({
      email: fc.oneof(
        fc.uuid().map((id) => `new-${id}@test.vn`),
        fc.constant("admin@demo.vn"),
      ),
      name: someText,
      position: someText,
      role: roles,
      unitId: fc.oneof(fc.constant(""), ids(w.unitA, 1)),
      agencyId: fc.oneof(fc.constant(""), ids(w.agencyY, 1)),
      // Mostly links: an initial password costs an argon2 hash per run.
      credential: fc.constantFrom("link", "link", "link", "password"),
    }),
  }),
  "changePlacementAction (admin)": async () => {
    const users = await userPool();
    return {
      actor: w.actors.admin,
      action: (fd) => changePlacementAction(INITIAL, fd),
      schema: ChangePlacementForm,
      form: form({
        userId: users.userId,
        role: roles,
        unitId: fc.oneof(fc.constant(""), ids(w.unitA, 1)),
        agencyId: fc.oneof(fc.constant(""), ids(w.agencyY, 1)),
      }),
      reset: users.reset,
    };
  },
  "setActiveAction (admin)": async () => {
    const users = await userPool();
    return {
      actor: w.actors.admin,
      action: (fd) => setActiveAction(INITIAL, fd),
      schema: SetActiveForm,
      form: form({ userId: users.userId, active: fc.constantFrom("true", "false") }),
      reset: users.reset,
    };
  },
  "resetPasswordAction (admin)": async () => {
    const users = await userPool();
    return {
      actor: w.actors.admin,
      action: (fd) => resetPasswordAction(INITIAL, fd),
      schema: ResetPasswordForm,
      form: form({ userId: users.userId, credential: fc.constantFrom("link", "link", "link", "password") }),
      reset: users.reset,
    };
  },
  "setPasswordAction (anyone with a link)": async () => {
    const tokens: string[] = [];
    for (let i = 0; i < 3; i++) {
      const userId = await db().user.create({
        data: {
          email: `sec-${crypto.randomUUID()}@test.vn`,
          name: "Người được mời",
          role: "AGENCY_OFFICER",
          agencyId: w.agencyY,
        },
        select: { id: true },
      });
      tokens.push((await issueSetPasswordToken(db(), userId.id, new Date())).token);
    }
    const password = fc.constantFrom("Mật khẩu rất dài 2026", "short");
    return {
      actor: null,
      action: (fd) => setPasswordAction(INITIAL, fd),
      schema: SetPasswordForm,
      form: form({ token: fc.constantFrom(...tokens, "not-a-token"), password, confirm: password }),
    };
  },
  "openNotificationAction (commune)": async () => {
    const made = await Promise.all(
      Array.from({ length: 3 }, () =>
        db().notification.create({
          data: {
            userId: w.users.communeA.id,
            kind: "proposal_received",
            link: "/proposals",
            params: { fixture: "security" },
          },
          select: { id: true },
        }),
      ),
    );
    return {
      actor: w.actors.communeA,
      action: (fd) => openNotificationAction(fd),
      form: form({
        id: ids(...made.map((n) => n.id)),
        link: fc.constantFrom(
          "/proposals",
          "/notifications?x=1",
          "//evil.example",
          "/\\evil.example",
          "https://evil.example",
        ),
      }),
    };
  },
  "savePreferencesAction (officer)": async () => {
    const kinds = notificationKinds();
    return {
      actor: w.actors.officerX,
      action: (fd) => savePreferencesAction(fd),
      schema: PreferencesForm,
      arrays: ["kinds"],
      form: form({
        kinds: fc.subarray(kinds),
        [`inApp:${kinds[0]}`]: fc.constantFrom("on", ""),
        [`email:${kinds[1]}`]: fc.constantFrom("on", ""),
      }),
    };
  },
  "setLocale (anyone)": async () => ({
    actor: w.actors.committee,
    action: (fd) => setLocale(fd),
    form: form({ locale: fc.constantFrom("vi", "en", "fr") }),
  }),
};

describe("fuzz: account actions", () => {
  for (const [name, make] of Object.entries(targets)) {
    it(name, async () => fuzzAction(await make()));
  }
});
