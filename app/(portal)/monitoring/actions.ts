"use server";
// Urges an agency (or one of its proposals) from the monitoring board.
import { performAction } from "@/lib/perform-action";
import type { ActionState } from "@/lib/action-state";
import { urgeAgency } from "@/lib/data/urges";
import { UrgeForm } from "@/lib/schemas/urge";
import { getTranslator } from "@/lib/i18n/server";

export async function urgeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return performAction(
    UrgeForm,
    formData,
    async (actor, input) => {
      const result = await urgeAgency(actor, input);
      const { t } = await getTranslator();
      return t(result.level >= 2 ? "monitoring.urgedEscalated" : "monitoring.urged", {
        count: result.proposals,
        level: result.level,
      });
    },
    { revalidate: "/monitoring" },
  );
}
