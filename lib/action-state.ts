// The shape every form action returns, and the one place that turns errors into messages for the user.
import "server-only";
import type { z } from "zod";
import { ExpectedError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";

export type ActionState = {
  ok?: boolean;
  /** a message for the whole form (conflict, not allowed, done) */
  message?: string;
  /** messages per field name, already translated */
  fieldErrors?: Record<string, string[]>;
  /** the new version of the record after a successful change */
  version?: number;
};

/** zod issue messages are catalogue keys (e.g. "validation.required"); they are translated here. */
export async function invalidInput(error: z.ZodError): Promise<ActionState> {
  const { t } = await getTranslator();
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    const text =
      issue.message.includes(".") && !issue.message.includes(" ")
        ? t(issue.message)
        : t("validation.invalid");
    (fieldErrors[field] ??= []).push(text);
  }
  return { fieldErrors, message: t("validation.fixFields") };
}

/** Expected errors become a message; anything else is rethrown to the error page (and logged by Next). */
export async function expectedErrorState(error: unknown): Promise<ActionState> {
  if (!(error instanceof ExpectedError)) throw error;
  const { t } = await getTranslator();
  // Feature errors carry their full catalogue key (e.g. "answers.errors.documentNumberTaken"); core ones a short name.
  return { message: t(error.messageKey.includes(".") ? error.messageKey : `errors.${error.messageKey}`) };
}
