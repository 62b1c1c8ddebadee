// The whole shape of a form action in one place: who calls, parse the form, do it, refresh the page, report.
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import type { Actor } from "@/lib/auth/actor";
import { expectedErrorState, invalidInput, type ActionState } from "@/lib/action-state";
import { getTranslator } from "@/lib/i18n/server";

/** A form value without NUL characters: no keyboard types them, and PostgreSQL text cannot store them. */
export function formText(value: FormDataEntryValue | null): FormDataEntryValue | null {
  return typeof value === "string" ? value.replaceAll("\u0000", "") : value;
}

/** Reads a FormData into a plain object; repeated names (checkbox groups) become arrays. */
export function formObject(formData: FormData, arrays: readonly string[] = []): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    object[key] = arrays.includes(key)
      ? formData.getAll(key).map((value) => String(formText(value)))
      : formText(formData.get(key));
  }
  for (const key of arrays) object[key] ??= [];
  return object;
}

export async function performAction<Schema extends z.ZodType>(
  schema: Schema,
  formData: FormData,
  run: (actor: Actor, input: z.infer<Schema>) => Promise<string | void>,
  options: { arrays?: readonly string[]; revalidate?: string; done?: string } = {},
): Promise<ActionState> {
  const actor = await requireUser();
  const parsed = schema.safeParse(formObject(formData, options.arrays));
  if (!parsed.success) return invalidInput(parsed.error);
  let message: string | void;
  try {
    message = await run(actor, parsed.data);
  } catch (error) {
    return expectedErrorState(error);
  }
  revalidatePath(options.revalidate ?? "/proposals", "layout");
  // After a workflow step the form usually disappears (the step is no longer available), so the outcome is
  // shown by the page it returns to. Only a proposal page of this portal is accepted as the place to return to.
  const returnTo = formData.get("returnTo");
  if (options.done && typeof returnTo === "string" && /^\/proposals\/[^/?#]+$/.test(returnTo)) {
    redirect(`${returnTo}?done=${encodeURIComponent(options.done)}`);
  }
  const { t } = await getTranslator();
  return { ok: true, message: message ?? t("workflow.done") };
}
