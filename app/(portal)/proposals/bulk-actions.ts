"use server";
// The coordinator's bulk form on the list: receive, assign or send a selection; each item its own transaction.
import { performAction } from "@/lib/perform-action";
import { BulkOperation } from "@/lib/schemas/proposal";
import { runBulkOperation } from "@/lib/data/triage";
import { getTranslator } from "@/lib/i18n/server";
import type { ActionState } from "@/lib/action-state";

export async function bulkAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return performAction(
    BulkOperation,
    formData,
    async (actor, input) => {
      const { done, failed } = await runBulkOperation(actor, input);
      const { t } = await getTranslator();
      return t("workflow.bulkResult", { done, failed });
    },
    { arrays: ["selection"] },
  );
}
