"use server";
// The coordinator's merge of duplicate proposals. Thin: parse, call the data layer, revalidate, report.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { expectedErrorState, invalidInput, type ActionState } from "@/lib/action-state";
import { ExpectedError } from "@/lib/errors";
import { getTranslator } from "@/lib/i18n/server";
import { mergeDuplicates, type MergeResult } from "@/lib/data/duplicates";
import { proposalLink } from "@/lib/data/notify";
import { MergeDuplicates, mergeFormValues } from "@/lib/schemas/duplicates";

export async function mergeDuplicatesAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await requireUser();
  const parsed = MergeDuplicates.safeParse(mergeFormValues(formData));
  if (!parsed.success) return invalidInput(parsed.error);
  let merged: MergeResult;
  try {
    merged = await mergeDuplicates(actor, parsed.data);
  } catch (error) {
    // This feature's own reasons live in its catalogue ("duplicates.errors.…"), not under "errors".
    if (error instanceof ExpectedError && error.messageKey.startsWith("duplicates.")) {
      const { t } = await getTranslator();
      return { message: t(error.messageKey) };
    }
    return expectedErrorState(error);
  }
  for (const proposal of [merged.primary, ...merged.members]) {
    revalidatePath(proposalLink(proposal.code, proposal.id));
  }
  revalidatePath("/proposals");
  // The suggestions just merged leave the form; the proposal's page confirms the step instead.
  redirect(`${proposalLink(merged.primary.code, merged.primary.id)}?done=merge`);
}
