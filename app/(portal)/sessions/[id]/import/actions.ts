"use server";
// Confirms a previewed import. The data layer re-reads the stored file and imports all rows or none; a file the
// session already has is reported, not imported again.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { expectedErrorState, invalidInput, type ActionState } from "@/lib/action-state";
import { formObject } from "@/lib/perform-action";
import { getTranslator } from "@/lib/i18n/server";
import { confirmProposalImport, ImportFileError, type ImportOutcome } from "@/lib/data/proposal-import";
import { batchMessage, fileErrorMessage } from "./import-messages";

const id = z.coerce.number().int().positive().max(2_147_483_647);
const ConfirmImport = z.object({ sessionId: id, uploadId: id });

export async function confirmImportAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireUser();
  const parsed = ConfirmImport.safeParse(formObject(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  let outcome: ImportOutcome;
  try {
    outcome = await confirmProposalImport(actor, parsed.data);
  } catch (error) {
    if (error instanceof ImportFileError) {
      const { locale, t } = await getTranslator();
      return {
        message: fileErrorMessage(t, locale, error.problem, error.missing.join(",")) ?? t("errors.invalid"),
      };
    }
    return expectedErrorState(error);
  }
  if ("already" in outcome) {
    const { locale, t } = await getTranslator();
    return { message: batchMessage(t, locale, "imports.already", outcome.already) };
  }
  revalidatePath("/sessions", "layout");
  revalidatePath("/proposals", "layout");
  redirect(`/sessions/${parsed.data.sessionId}?imported=${outcome.imported.id}`);
}
