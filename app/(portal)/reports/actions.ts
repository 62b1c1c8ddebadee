"use server";
// Making a report: parse the form, generate and keep the file, refresh the list (thin; the work is in lib/data).
import { performAction } from "@/lib/perform-action";
import type { ActionState } from "@/lib/action-state";
import { ReportRequest } from "@/lib/schemas/report";
import { generateReport } from "@/lib/data/dashboard-reports";
import { getTranslator } from "@/lib/i18n/server";

export async function createReport(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return performAction(
    ReportRequest,
    formData,
    async (actor, input) => {
      const report = await generateReport(actor, input);
      const { t } = await getTranslator();
      return t("reports.created", { title: report.title });
    },
    { revalidate: "/reports" },
  );
}
