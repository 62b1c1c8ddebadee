"use server";
// The dashboard's one action: export the register of the selected session, then show it among the reports.
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireUser } from "@/lib/auth/session";
import { generateReport } from "@/lib/data/dashboard-reports";

const RegisterExport = z.object({ session: z.coerce.number().int().positive().max(2_147_483_647) });

export async function exportSessionRegister(formData: FormData): Promise<void> {
  const actor = await requireUser();
  const parsed = RegisterExport.safeParse({ session: formData.get("session") });
  if (!parsed.success) redirect("/dashboard");
  const report = await generateReport(actor, {
    kind: "register",
    session: parsed.data.session,
    number: "",
    introduction: "",
    conclusion: "",
    signMode: "KT_TRUONG_BAN",
    signerTitle: "",
    signerName: "",
    recipients: "",
  });
  redirect(`/reports?created=${report.id}`);
}
