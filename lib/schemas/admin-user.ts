// Forms of user administration and of setting one's password. Messages are catalogue keys.
import { z } from "zod";
import { Role } from "@/lib/generated/prisma/enums";

const MAX_ID = 2_147_483_647;
export const MIN_PASSWORD_LENGTH = 10;

const id = z.coerce.number().int().positive().max(MAX_ID);
/** An empty select sends "", which means "none". */
const optionalId = z.preprocess(
  (value) => (value === "" || value === null ? undefined : value),
  id.optional(),
);
const role = z.enum(Role, "admin.errors.roleRequired");

/** How the new password reaches the person: a one-time link, or an initial password shown once. */
export const CredentialKind = z.enum(["link", "password"], "admin.errors.credentialRequired");
export type CredentialKind = z.infer<typeof CredentialKind>;

const AGENCY_ROLES: readonly Role[] = ["AGENCY_OFFICER", "AGENCY_HEAD", "COORDINATOR"];

/** Which of unit or agency a role needs: a commune for commune leaders, an agency for agency roles. */
export function placementOf(role: Role): "unit" | "agency" | "optional-agency" {
  if (role === "COMMUNE_LEADER") return "unit";
  if (AGENCY_ROLES.includes(role)) return "agency";
  return "optional-agency";
}

type Placement = { role: Role; unitId?: number; agencyId?: number };

/** Keeps only the placement the role uses, and requires it where the role needs it. */
function placed<T extends Placement>(schema: z.ZodType<T>) {
  return schema
    .superRefine((value, ctx) => {
      const need = placementOf(value.role);
      if (need === "unit" && value.unitId === undefined)
        ctx.addIssue({ code: "custom", path: ["unitId"], message: "admin.errors.unitRequired" });
      if (need === "agency" && value.agencyId === undefined)
        ctx.addIssue({ code: "custom", path: ["agencyId"], message: "admin.errors.agencyRequired" });
    })
    .transform(
      (value): Omit<T, "unitId" | "agencyId"> & { unitId: number | null; agencyId: number | null } => {
        const unit = placementOf(value.role) === "unit";
        return {
          ...value,
          unitId: unit ? (value.unitId ?? null) : null,
          agencyId: unit ? null : (value.agencyId ?? null),
        };
      },
    );
}

export const CreateUserForm = placed(
  z.object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .min(1, "validation.required")
      .max(200, "validation.tooLong")
      .pipe(z.email("admin.errors.emailInvalid")),
    name: z.string().trim().min(1, "validation.required").max(200, "validation.tooLong"),
    position: z
      .string()
      .trim()
      .max(200, "validation.tooLong")
      .transform((value) => value || null),
    role,
    unitId: optionalId,
    agencyId: optionalId,
    credential: CredentialKind,
  }),
);
export type CreateUserInput = z.infer<typeof CreateUserForm>;

export const ChangePlacementForm = placed(
  z.object({ userId: id, role, unitId: optionalId, agencyId: optionalId }),
);
export type ChangePlacementInput = z.infer<typeof ChangePlacementForm>;

export const SetActiveForm = z.object({
  userId: id,
  active: z.enum(["true", "false"]).transform((value) => value === "true"),
});
export type SetActiveInput = z.infer<typeof SetActiveForm>;

export const ResetPasswordForm = z.object({ userId: id, credential: CredentialKind });
export type ResetPasswordInput = z.infer<typeof ResetPasswordForm>;

export const SetPasswordForm = z
  .object({
    token: z.string().min(1).max(200),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, "admin.errors.passwordTooShort")
      .max(200, "validation.tooLong"),
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, {
    path: ["confirm"],
    message: "admin.errors.passwordMismatch",
  });
export type SetPasswordInput = z.infer<typeof SetPasswordForm>;

/** The user list's filters, from the URL: anything unreadable falls back to "no filter". */
export const UserFilters = z.object({
  // A NUL from the URL (%00) cannot go to PostgreSQL: it is dropped from the search text.
  q: z
    .string()
    .trim()
    .max(200)
    .transform((text) => text.replaceAll("\u0000", ""))
    .optional()
    .catch(undefined),
  role: role.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type UserFilters = z.infer<typeof UserFilters>;
