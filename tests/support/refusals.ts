// Expecting an ExpectedError with a given code (and message key), and the callers who must never reach administration.
import { expect } from "vitest";
import { ExpectedError, type ExpectedErrorCode } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { actorByEmail } from "./actors";

export async function expectRefused(promise: Promise<unknown>, code: ExpectedErrorCode, messageKey?: string) {
  await expect(promise).rejects.toSatisfy(
    (error) =>
      error instanceof ExpectedError &&
      error.code === code &&
      (messageKey === undefined || error.messageKey === messageKey),
  );
}

/** One caller of every role but the administrator. */
export async function nonAdmins(): Promise<Actor[]> {
  return Promise.all(
    [
      "dieuphoi@demo.vn",
      "canbo.xd@demo.vn",
      "lanhdao.xd@demo.vn",
      "thuongvu@demo.vn",
      "thanhvinh@demo.vn",
    ].map((email) => actorByEmail(email)),
  );
}

/** The zod issue messages (catalogue keys) of a form that must not parse, by field. */
export function formErrors(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  expect(result.success).toBe(false);
  const errors: Record<string, string[]> = {};
  for (const issue of result.error?.issues ?? [])
    (errors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return errors;
}
