"use server";
// The dashboard's one action: export the register of the selected session, then show it among the reports.
// A refusal (no such session, too many rows, not allowed) comes back as a message beside the button.
import { redirect } from "next/navigation";
import { z } from "zod";
import { performAction } from "@/lib/perform-action";
import type { ActionState } from "@/lib/action-state";
import { generateReport } from "@/lib/data/dashboard-reports";
import { registerRequest } from "@/lib/schemas/report";

const RegisterExport = z.object({
  session: z.coerce.number("validation.invalid").int().positive().max(2_147_483_647),
});

export async function exportSessionRegister(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let created: number | null = null;
  const state = await performAction(
    RegisterExport,
    formData,
    async (actor, { session }) => {
      const report = await generateReport(actor, registerRequest(session));
      created = report.id;
    },
    { revalidate: "/reports" },
  );
  if (state.ok && created !== null) redirect(`/reports?created=${created}`);
  return state;
}
